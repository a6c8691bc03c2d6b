// Search as the reader types, without a word index in the database: each context that searches keeps
// the folded text of every note in memory, newest first, and scans it (10,000 notes take a few ms).
// The copy is reloaded only when the database's generation record changed, which every write that
// changes a note's text does in the same transaction, so a search never sees stale text. The context
// that writes (the background) patches its own copy instead of reloading it.
import type { Annotation } from '../lib/annotation';
import { searchTerms } from './fold';

/** The words search looks at, folded, each preceded by a space so " term" finds a word start. */
export function searchText(annotation: Annotation): string {
  const words = searchTerms(annotation.target.selector[0].exact, annotation.body, annotation.target.title, ...annotation.tags);
  return ` ${words.join(' ')}`;
}

const newestFirst = (a: Annotation, b: Annotation) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0);

export class SearchCache {
  private generation: unknown;
  private ids: string[] = [];
  private created: string[] = [];
  private texts: string[] = [];

  /** True when the copy was loaded at `generation` (an unknown generation is never current). */
  isCurrent(generation: unknown): boolean {
    return generation !== undefined && generation === this.generation;
  }

  load(annotations: Annotation[], generation: unknown): void {
    const sorted = [...annotations].sort(newestFirst);
    this.ids = sorted.map((a) => a.id);
    this.created = sorted.map((a) => a.created);
    this.texts = sorted.map(searchText);
    this.generation = generation;
  }

  /** The copy now matches `generation` (after a write whose change was patched in). */
  advance(generation: unknown): void {
    this.generation = generation;
  }

  /** Adds or replaces one note, where a reload would have put it (newest first, then by id). */
  put(annotation: Annotation): boolean {
    this.remove(annotation.id);
    const { id, created } = annotation;
    let lo = 0;
    let hi = this.ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.created[mid]!;
      if (c > created || (c === created && this.ids[mid]! < id)) lo = mid + 1;
      else hi = mid;
    }
    this.ids.splice(lo, 0, id);
    this.created.splice(lo, 0, created);
    this.texts.splice(lo, 0, searchText(annotation));
    return true;
  }

  remove(id: string): boolean {
    const at = this.ids.indexOf(id);
    if (at >= 0) {
      this.ids.splice(at, 1);
      this.created.splice(at, 1);
      this.texts.splice(at, 1);
    }
    return true;
  }

  empty(): boolean {
    this.ids = [];
    this.created = [];
    this.texts = [];
    return true;
  }

  /** Ids of the newest `limit` notes in which every term starts a word (terms come folded). */
  match(terms: readonly string[], limit: number): string[] {
    const needles = terms.map((t) => ` ${t}`);
    const found: string[] = [];
    for (let i = 0; i < this.texts.length && found.length < limit; i++) {
      const text = this.texts[i]!;
      if (needles.every((n) => text.includes(n))) found.push(this.ids[i]!);
    }
    return found;
  }
}
