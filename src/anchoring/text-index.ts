// Per-text data built once and shared by every note anchored on that text: the whitespace-insensitive
// view (for exact search) and a trigram index (to find the few places a fuzzy match could be).
import { normalizeSpace, type SpaceNormalized } from './normalize-space';

export const GRAM = 3;

/** A trigram as one number: three UTF-16 code units fit exactly in a double (48 bits). */
export function gramKey(s: string, i: number): number {
  return s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);
}

export class TextIndex {
  private spaced?: SpaceNormalized;
  private grams?: Map<number, number[]>;

  constructor(readonly text: string) {}

  get normalized(): SpaceNormalized {
    this.spaced ??= normalizeSpace(this.text);
    return this.spaced;
  }

  /** Positions in `text` of every trigram. */
  get trigrams(): Map<number, number[]> {
    if (!this.grams) {
      const grams = new Map<number, number[]>();
      const { text } = this;
      for (let i = 0; i + GRAM <= text.length; i++) {
        const key = gramKey(text, i);
        const list = grams.get(key);
        if (list) list.push(i);
        else grams.set(key, [i]);
      }
      this.grams = grams;
    }
    return this.grams;
  }
}

/** Accepts a text or a prepared index, so single calls stay simple and batches share the work. */
export function toIndex(text: string | TextIndex): TextIndex {
  return typeof text === 'string' ? new TextIndex(text) : text;
}
