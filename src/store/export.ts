// One entry point for the three export formats: the file text, its MIME type and a file name.
import type { Annotation } from '../lib/annotation';
import { exportCsv } from './csv';
import { exportJsonLd } from './jsonld';
import { exportMarkdown } from './markdown';

export type ExportFormat = 'jsonld' | 'markdown' | 'csv';

export function exportAs(
  format: ExportFormat,
  annotations: readonly Annotation[],
  now = new Date(),
): { text: string; mimeType: string; filename: string } {
  const stamp = now.toISOString().slice(0, 10);
  switch (format) {
    case 'jsonld':
      return { text: exportJsonLd(annotations, now), mimeType: 'application/ld+json', filename: `newsmark-notes-${stamp}.jsonld` };
    case 'markdown':
      return { text: exportMarkdown(annotations, now), mimeType: 'text/markdown', filename: `newsmark-notes-${stamp}.md` };
    case 'csv':
      return { text: exportCsv(annotations), mimeType: 'text/csv', filename: `newsmark-notes-${stamp}.csv` };
  }
}
