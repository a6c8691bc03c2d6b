// The filters of "All notes" (colour, tag, site, date, author) and the store query they make with
// the words typed; the choices each filter offers, sorted for the menus.
import type { NoteColor } from '../../lib/annotation';
import type { AuthorQuery, NoteQuery } from '../../store/search-cache';

export type DateRange = 'any' | 'today' | 'week' | 'month' | 'year';
export const DATE_RANGES: DateRange[] = ['any', 'today', 'week', 'month', 'year'];

export interface NoteFilters {
  color: NoteColor | null;
  tag: string | null;
  site: string | null;
  date: DateRange;
  /** Teams: the reader's own notes, one teammate's, or everyone's (null). */
  author: AuthorChoice | null;
}

export type AuthorChoice = { mine: true } | { teammate: string };

export const NO_FILTERS: NoteFilters = { color: null, tag: null, site: null, date: 'any', author: null };

export function isFiltering(filters: NoteFilters): boolean {
  return filters.color !== null || filters.tag !== null || filters.site !== null || filters.date !== 'any' || filters.author !== null;
}

/** The author filter as the store reads it; `me`: the sync user name (null when sync is off). */
export function authorQuery(choice: AuthorChoice | null, me: string | null): AuthorQuery | null {
  if (choice === null) return null;
  return 'mine' in choice ? { name: me, mine: true } : { name: choice.teammate, mine: false };
}

/** The teammates to offer in the author menu: every author but the reader. */
export function teammates(authors: readonly string[], me: string | null): string[] {
  return authors.filter((author) => author !== me);
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

/** What the store is asked for: the words typed and the filters set (`me`: the sync user name). */
export function noteQuery(text: string, filters: NoteFilters, now = new Date(), me: string | null = null): NoteQuery {
  const since = rangeStart(filters.date, now);
  return {
    text,
    color: filters.color,
    tag: filters.tag,
    site: filters.site,
    since: since === 0 ? null : new Date(since).toISOString(),
    author: authorQuery(filters.author, me),
  };
}

export interface FilterChoices {
  tags: string[];
  sites: string[];
  authors: string[];
}

/** Tags, sites and authors sorted as the reader's language sorts them. */
export function sortChoices(choices: FilterChoices, locale: string): FilterChoices {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const sorted = (list: readonly string[]) => [...list].sort(collator.compare);
  return { tags: sorted(choices.tags), sites: sorted(choices.sites), authors: sorted(choices.authors) };
}
