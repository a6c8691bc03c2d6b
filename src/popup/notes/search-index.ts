// The popup's in-memory search over every note: each note is folded once into one haystack (note,
// quote, tags, page title, address), so a keystroke is a scan of plain strings, not an IndexedDB query.
import type { Annotation } from '../../lib/annotation';
import { fold, queryTerms } from '../../ui/fold';

export interface SearchIndex {
  /** Notes in the order they were given (newest first, as the list shows them). */
  notes: Annotation[];
  haystacks: string[];
}

/** Notes are immutable records, so a note's haystack is folded once however often the list changes. */
const cache = new WeakMap<Annotation, string>();

export function haystackOf(note: Annotation): string {
  const cached = cache.get(note);
  if (cached !== undefined) return cached;
  const haystack = foldNote(note);
  cache.set(note, haystack);
  return haystack;
}

function foldNote(note: Annotation): string {
  const quote = note.target.selector[0]?.exact ?? '';
  return fold([note.body, quote, note.tags.join(' '), note.target.title, note.target.url].join('\n'));
}

export function buildIndex(notes: Annotation[]): SearchIndex {
  return { notes, haystacks: notes.map(haystackOf) };
}

/** The notes whose text holds every word of the query (accents and case ignored), in index order. */
export function search(index: SearchIndex, query: string): Annotation[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return index.notes;
  const found: Annotation[] = [];
  const { haystacks, notes } = index;
  for (let i = 0; i < notes.length; i++) {
    const haystack = haystacks[i]!;
    if (terms.every((term) => haystack.includes(term))) found.push(notes[i]!);
  }
  return found;
}
