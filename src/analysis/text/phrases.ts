// Word and multi-word phrase look-up over word spans: "according to", "a-t-il", "is said to".
// Phrases are indexed by their first word, so a look-up costs a few comparisons per word. Both kinds
// of list are indexed on their first look-up: a lexicon holds lists that many texts never consult,
// and the first analysis of a page should not pay for them.
import { isWordCharAt } from './chars';
import { isTightGap, type Word } from './tokens';

// Lower-case Latin words separated by spaces (every one of these characters is a word character).
const PLAIN = /^[a-z0-9\u00e0-\u00f6\u00f8-\u00ff\u0153 ]*$/;

/** The runs of letters, marks and digits of a phrase (what /[\p{L}\p{M}\p{N}]+/gu matches, without compiling it). */
function wordRuns(phrase: string): string[] {
  // Most phrases are plain words and spaces: split those without a per-character scan.
  if (PLAIN.test(phrase)) return phrase.split(' ').filter(Boolean);
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i <= phrase.length; i++) {
    const inWord = i < phrase.length && isWordCharAt(phrase, i);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      parts.push(phrase.slice(start, i));
      start = -1;
    }
  }
  return parts;
}

/** A whitespace-separated word list as a set to look words up in (lower-cased when asked), built on first use. */
export class WordSet {
  private cache: Set<string> | undefined;

  constructor(
    private readonly list: string,
    private readonly lowerCase: boolean,
  ) {}

  has(word: string): boolean {
    if (!this.cache) {
      // Dropping the empty word afterwards is cheaper than filtering the array on a cold start.
      this.cache = new Set((this.lowerCase ? this.list.toLowerCase() : this.list).split(/\s+/));
      this.cache.delete('');
    }
    return this.cache.has(word);
  }
}

export class PhraseSet {
  private byFirstCache: Map<string, string[][]> | undefined;

  constructor(private readonly phrases: Iterable<string>) {}

  private build(): Map<string, string[][]> {
    const byFirst = new Map<string, string[][]>();
    for (const phrase of this.phrases) {
      const parts = wordRuns(phrase.toLowerCase());
      if (parts.length === 0) continue;
      const list = byFirst.get(parts[0]!);
      if (list) list.push(parts);
      else byFirst.set(parts[0]!, [parts]);
    }
    // Longest first; the sort is stable, so phrases of one length keep their order.
    for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.byFirstCache = byFirst;
    return byFirst;
  }

  /** The first words of the phrases (a phrase can start only at one of them). */
  firstWords(): Iterable<string> {
    return (this.byFirstCache ?? this.build()).keys();
  }

  /** The number of words of the longest phrase starting at words[i] (0 when none). */
  matchAt(text: string, words: readonly Word[], i: number): number {
    // No getter on this hot path: a cold start runs it in the interpreter, where every call counts.
    const candidates = (this.byFirstCache ?? this.build()).get(words[i]!.lower);
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
