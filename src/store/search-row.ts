// What search and the list filters need of a note, kept in a small row of its own beside the note
// (schema.ts, SEARCH), so that the background loads the search text of 100,000 notes without
// reading every note whole.
import { type Annotation, type NoteColor, quoteOf } from '../lib/annotation';
import { searchTerms } from './fold';

export interface SearchRow {
  id: string;
  created: string;
  /** The folded words of the quote, the note, the page title and the tags, each after a space,
   * so " term" finds a word that starts with term. */
  text: string;
  color: NoteColor;
  /** The page's host without "www." (the site filter). */
  site: string;
  tags: string[];
  /** Who wrote the note, when it says (teams, sync); absent on the reader's own from before sync. */
  author?: string;
}

/** The host a note was taken on, without "www.". */
export function siteOf(source: string): string {
  try {
    return new URL(source).hostname.replace(/^www\./, '');
  } catch {
    return source;
  }
}

export function searchRowOf(annotation: Annotation): SearchRow {
  const { target } = annotation;
  const words = searchTerms(quoteOf(annotation), annotation.body, target.title, ...annotation.tags);
  return {
    id: annotation.id,
    created: annotation.created,
    text: ` ${words.join(' ')}`,
    color: annotation.color,
    site: siteOf(target.source),
    tags: annotation.tags,
    ...(annotation.creator ? { author: annotation.creator } : {}),
  };
}
