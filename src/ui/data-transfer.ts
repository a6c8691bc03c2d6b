// Export and import for the popup and the options page. Export writes the notes given, batch by
// batch, into a file (100,000 notes never make one string); import stages the file for the
// background, which checks all of it before writing anything, and reports progress.
import type { Annotation } from '../lib/annotation';
import { t } from '../lib/i18n';
import { type ExportFormat, exportWriter } from '../store/export';
import type { ImportResult } from '../store/import-job';
import { downloadBlob } from './download';
import { countOf, formatNumber } from './format';

export type { ExportFormat, ImportResult };
export const EXPORT_FORMATS: ExportFormat[] = ['jsonld', 'markdown', 'csv', 'claimreview'];

/** Writes the notes (in batches) as a file of the format and offers it for download. */
export async function exportNotes(format: ExportFormat, batches: AsyncIterable<Annotation[]>): Promise<void> {
  const writer = exportWriter(format);
  const type = `${writer.mimeType};charset=utf-8`;
  const parts: Blob[] = [new Blob([writer.begin()], { type })];
  for await (const batch of batches) parts.push(new Blob([writer.add(batch)], { type }));
  parts.push(new Blob([writer.end()], { type }));
  downloadBlob(writer.filename, new Blob(parts, { type }));
}

/** What the reader is told after an import: the counts, then what was left out and why. */
export function importSummary(result: ImportResult): string {
  const counts = t('commonImported', [formatNumber(result.added), formatNumber(result.updated), formatNumber(result.unchanged)]);
  if (result.skipped.length === 0) return counts;
  const skipped = result.skipped.map((s) =>
    countOf(`commonImportSkipped_${s.kind}`, s.count, s.where.join(', ') + (s.count > s.where.length ? ', …' : '')),
  );
  const count = result.skipped.reduce((sum, s) => sum + s.count, 0);
  return `${counts} ${t('commonImportSkipped', [formatNumber(count), formatNumber(result.entries)])} ${skipped.join(' ')}`;
}
