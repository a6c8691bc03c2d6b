// CSV export (RFC 4180): one row per note, for spreadsheets. It starts with a UTF-8 byte order mark,
// without which Excel reads the file as the system's legacy code page and garbles accents.
import { type Annotation, quoteOf } from '../lib/annotation';

export const BOM = '\uFEFF';

const COLUMNS = [
  'id',
  'created',
  'modified',
  'page_title',
  'page_url',
  'url_seen',
  'quote',
  'note',
  'tags',
  'color',
  'motivation',
  'anchor_status',
] as const;

/** Quotes a cell; a leading = + - @ is neutralised so a spreadsheet never runs page text as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRows(annotations: readonly Annotation[]): string {
  return annotations
    .map(
      (a) =>
        `${[
          a.id,
          a.created,
          a.modified,
          a.target.title,
          a.target.source,
          a.target.url,
          quoteOf(a),
          a.body,
          a.tags.join('; '),
          a.color,
          a.motivation,
          a.anchor?.status ?? '',
        ]
          .map(csvCell)
          .join(',')}\r\n`,
    )
    .join('');
}

export const csvHeader = () => `${BOM}${COLUMNS.join(',')}\r\n`;

export function exportCsv(annotations: readonly Annotation[]): string {
  return csvHeader() + csvRows(annotations);
}
