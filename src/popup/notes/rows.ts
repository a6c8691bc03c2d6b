// Turns notes into the rows of the "All notes" list: newest first, each run of notes from the same
// page headed by its page title. Runs, not whole groups, so that a page of notes loaded later only
// adds rows at the end and never moves the rows the reader is looking at.
import type { Annotation } from '../../lib/annotation';

export type Row =
  | { kind: 'page'; key: string; source: string; title: string; url: string; count: number }
  | { kind: 'note'; key: string; note: Annotation };

/** Newest first by creation time; among notes of the same millisecond, the larger id first (the
 * store's order, see src/store/search-cache.ts). */
export function newestFirst(a: Annotation, b: Annotation): number {
  if (a.created !== b.created) return a.created < b.created ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Rows for notes in list order. */
export function groupRows(notes: Annotation[]): Row[] {
  const rows: Row[] = [];
  let header = null as Extract<Row, { kind: 'page' }> | null;
  for (const note of notes) {
    const { source, title, url } = note.target;
    if (header?.source !== source) {
      header = { kind: 'page', key: `page:${source}:${note.id}`, source, title, url, count: 0 };
      rows.push(header);
    }
    header.count++;
    rows.push({ kind: 'note', key: note.id, note });
  }
  return rows;
}
