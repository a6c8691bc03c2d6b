// Narrowing the note list by colour, tag, site and date; and the choices each filter offers.
import type { Annotation, NoteColor } from '../../lib/annotation';

export type DateRange = 'any' | 'today' | 'week' | 'month' | 'year';
export const DATE_RANGES: DateRange[] = ['any', 'today', 'week', 'month', 'year'];

export interface NoteFilters {
  color: NoteColor | null;
  tag: string | null;
  site: string | null;
  date: DateRange;
}

export const NO_FILTERS: NoteFilters = { color: null, tag: null, site: null, date: 'any' };

export function isFiltering(filters: NoteFilters): boolean {
  return filters.color !== null || filters.tag !== null || filters.site !== null || filters.date !== 'any';
}

/** The host a note was taken on, without "www.". */
export function siteOf(note: Annotation): string {
  try {
    return new URL(note.target.source).hostname.replace(/^www\./, '');
  } catch {
    return note.target.source;
  }
}

/** The earliest creation time a date range lets through, in ms; 0 for 'any'. */
export function rangeStart(range: DateRange, now: Date): number {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  switch (range) {
    case 'any':
      return 0;
    case 'today':
      return start.getTime();
    case 'week':
      return start.getTime() - 6 * 86_400_000;
    case 'month':
      return start.getTime() - 29 * 86_400_000;
    case 'year':
      return start.getTime() - 364 * 86_400_000;
  }
}

export function applyFilters(notes: Annotation[], filters: NoteFilters, now = new Date()): Annotation[] {
  if (!isFiltering(filters)) return notes;
  const since = rangeStart(filters.date, now);
  return notes.filter(
    (note) =>
      (filters.color === null || note.color === filters.color) &&
      (filters.tag === null || note.tags.includes(filters.tag)) &&
      (filters.site === null || siteOf(note) === filters.site) &&
      (since === 0 || Date.parse(note.created) >= since),
  );
}

/** Every tag and site in use, sorted for display in the filter menus. */
export function filterChoices(notes: Annotation[], locale: string): { tags: string[]; sites: string[] } {
  const tags = new Set<string>();
  const sites = new Set<string>();
  for (const note of notes) {
    for (const tag of note.tags) tags.add(tag);
    sites.add(siteOf(note));
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return { tags: [...tags].sort(collator.compare), sites: [...sites].sort(collator.compare) };
}
