// The filters of "All notes" (colour, tag, site, date) and the store query they make with the words
// typed; the choices each filter offers, sorted for the menus.
import type { NoteColor } from '../../lib/annotation';
import type { NoteQuery } from '../../store/search-cache';

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

/** What the store is asked for: the words typed and the filters set. */
export function noteQuery(text: string, filters: NoteFilters, now = new Date()): NoteQuery {
  const since = rangeStart(filters.date, now);
  return {
    text,
    color: filters.color,
    tag: filters.tag,
    site: filters.site,
    since: since === 0 ? null : new Date(since).toISOString(),
  };
}

/** Tags and sites sorted as the reader's language sorts them. */
export function sortChoices(choices: { tags: string[]; sites: string[] }, locale: string): { tags: string[]; sites: string[] } {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return { tags: [...choices.tags].sort(collator.compare), sites: [...choices.sites].sort(collator.compare) };
}
