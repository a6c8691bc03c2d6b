// The export formats (notes as JSON-LD, Markdown or CSV; verdicts as ClaimReview) as writers that take the notes in batches, so an export of 100,000
// notes is built into a file piece by piece, never as one string: the file name, its MIME type,
// and the pieces. (Markdown groups notes by page, so it renders once every batch is in.)
import type { Annotation } from '../lib/annotation';
import { claimReviewWriter } from './claimreview';
import { csvHeader, csvRows } from './csv';
import { jsonLdWriter } from './jsonld';
import { exportMarkdown } from './markdown';

export type ExportFormat = 'jsonld' | 'markdown' | 'csv' | 'claimreview';

export interface ExportWriter {
  filename: string;
  mimeType: string;
  begin(): string;
  add(notes: readonly Annotation[]): string;
  end(): string;
}

export function exportWriter(format: ExportFormat, now = new Date()): ExportWriter {
  const stamp = now.toISOString().slice(0, 10);
  switch (format) {
    case 'jsonld':
      return { filename: `newsmark-notes-${stamp}.jsonld`, mimeType: 'application/ld+json', ...jsonLdWriter(now) };
    case 'claimreview':
      return { filename: `newsmark-claimreview-${stamp}.jsonld`, mimeType: 'application/ld+json', ...claimReviewWriter() };
    case 'csv':
      return { filename: `newsmark-notes-${stamp}.csv`, mimeType: 'text/csv', begin: csvHeader, add: csvRows, end: () => '' };
    case 'markdown': {
      const notes: Annotation[] = [];
      return {
        filename: `newsmark-notes-${stamp}.md`,
        mimeType: 'text/markdown',
        begin: () => '',
        add(batch) {
          notes.push(...batch);
          return '';
        },
        end: () => exportMarkdown(notes, now),
      };
    }
  }
}

/** The whole file as one string (tests, small exports). */
export function exportAs(format: ExportFormat, annotations: readonly Annotation[], now = new Date()) {
  const writer = exportWriter(format, now);
  return { text: writer.begin() + writer.add(annotations) + writer.end(), mimeType: writer.mimeType, filename: writer.filename };
}
