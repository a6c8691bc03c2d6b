// Turns notes into the rows of the "All notes" list: newest first, grouped by page, each group
// headed by its page title. A group sits where its newest note falls.
import type { Annotation } from '../../lib/annotation';

export type Row =
  | { kind: 'page'; key: string; source: string; title: string; url: string; count: number }
  | { kind: 'note'; key: string; note: Annotation };

/** Newest first by creation time; ties broken by id so the order is stable. */
export function newestFirst(a: Annotation, b: Annotation): number {
  if (a.created !== b.created) return a.created < b.created ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Rows for notes already sorted newest first. */
export function groupRows(notes: Annotation[]): Row[] {
  const groups = new Map<string, Annotation[]>();
  for (const note of notes) {
    const group = groups.get(note.target.source);
    if (group) group.push(note);
    else groups.set(note.target.source, [note]);
  }
  const rows: Row[] = [];
  for (const [source, group] of groups) {
    const first = group[0]!;
    rows.push({ kind: 'page', key: `page:${source}`, source, title: first.target.title, url: first.target.url, count: group.length });
    for (const note of group) rows.push({ kind: 'note', key: note.id, note });
  }
  return rows;
}
