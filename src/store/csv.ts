// CSV export (RFC 4180): one row per note, for spreadsheets.
import type { Annotation } from '../lib/annotation';

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

export function exportCsv(annotations: readonly Annotation[]): string {
  const rows = annotations.map((a) =>
    [
      a.id,
      a.created,
      a.modified,
      a.target.title,
      a.target.source,
      a.target.url,
      a.target.selector[0].exact,
      a.body,
      a.tags.join('; '),
      a.color,
      a.motivation,
      a.anchor?.status ?? '',
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
