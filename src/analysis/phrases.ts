// Multi-word phrase look-up over word spans: "according to", "a-t-il", "is said to".
// Phrases are indexed by their first word, so a look-up costs a few comparisons per word.
import { isTightGap, type Word } from './words';

const SPLIT = /[\p{L}\p{M}\p{N}]+/gu;

export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const parts = phrase.toLowerCase().match(SPLIT);
      if (!parts) continue;
      const list = this.byFirst.get(parts[0]!) ?? [];
      list.push(parts);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(parts[0]!, list);
    }
  }

  /** The number of words of the longest phrase starting at words[i] (0 when none). */
  matchAt(text: string, words: readonly Word[], i: number): number {
    const candidates = this.byFirst.get(words[i]!.lower);
    if (!candidates) return 0;
    for (const parts of candidates) {
      if (i + parts.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < parts.length && ok; k++) {
        const w = words[i + k]!;
        ok = w.lower === parts[k] && isTightGap(text, words[i + k - 1]!.end, w.start);
      }
      if (ok) return parts.length;
    }
    return 0;
  }
}
