// The one phrase matcher: the longest lexicon phrase ("according to", "secretary of state", "a-t-il")
// starting at a word of the text, over words or over tokens. Phrases are indexed by their first word, so
// a look-up costs a few comparisons per word; a list given as a function is indexed on its first look-up
// (a lexicon holds lists that many texts never consult, and a page's first analysis should not pay them).
import { isTightGap, Kind, type Token, type Word } from './tokens';

type Index = Map<string, (readonly string[])[]>;

/** Phrases, each a list of lower-case words as the tokenizer splits them. */
export type Phrases = Iterable<readonly string[]>;

export class PhraseSet {
  private index: Index | undefined;
  private readonly pending: (() => Phrases) | undefined;

  /**
   * `phrases`, or a function giving them on the first look-up. `prefixes`: prefixes that a first token
   * may carry and still match as the bare word ("ex-" in "ex-député").
   */
  constructor(
    phrases: Phrases | (() => Phrases),
    private readonly prefixes: readonly string[] = [],
  ) {
    if (typeof phrases === 'function') this.pending = phrases;
    else this.index = indexOf(phrases);
  }

  private build(): Index {
    this.index = indexOf(this.pending!());
    return this.index;
  }

  /** The first words of the phrases (a phrase can start only at one of them). */
  firstWords(): Iterable<string> {
    return (this.index ?? this.build()).keys();
  }

  hasFirst(word: string): boolean {
    return (this.index ?? this.build()).has(word);
  }

  /** Every word of every phrase ("is this token part of some title?"). */
  words(): Set<string> {
    const out = new Set<string>();
    for (const entries of (this.index ?? this.build()).values()) for (const words of entries) for (const w of words) out.add(w);
    return out;
  }

  /** The number of words of the longest phrase starting at words[i], its words only spaces, hyphens or apostrophes apart (0 when none). */
  matchWords(text: string, words: readonly Word[], i: number): number {
    // No getter on this hot path: a cold start runs it in the interpreter, where every call counts.
    const candidates = (this.index ?? this.build()).get(words[i]!.lower);
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

  /** The number of tokens of the longest phrase starting at tokens[i] and ending before `limit`, with no line break inside (0 when none). */
  matchTokens(tokens: readonly Token[], i: number, limit = tokens.length): number {
    const first = tokens[i];
    if (!first || first.kind !== Kind.Word) return 0;
    const index = this.index ?? this.build();
    const entries = index.get(first.lower) ?? this.unprefixed(index, first.lower);
    if (!entries) return 0;
    for (const words of entries) {
      if (i + words.length > limit) continue;
      let ok = true;
      for (let k = 1; k < words.length; k++) {
        const t = tokens[i + k]!;
        if (t.lower !== words[k] || t.breaks > 0) {
          ok = false;
          break;
        }
      }
      if (ok) return words.length;
    }
    return 0;
  }

  /**
   * Asked of every token that starts no phrase: an indexed loop over the (few) prefixes, each first
   * ruled out by its last character ("-" in "ex-"), which nearly every word lacks at that place.
   */
  private unprefixed(index: Index, lower: string): (readonly string[])[] | undefined {
    const prefixes = this.prefixes;
    for (let k = 0; k < prefixes.length; k++) {
      const prefix = prefixes[k]!;
      const n = prefix.length;
      if (n > 0 && lower.charCodeAt(n - 1) !== prefix.charCodeAt(n - 1)) continue;
      if (lower.startsWith(prefix)) return index.get(lower.slice(n));
    }
    return undefined;
  }
}

/** Phrases by first word, the longest first (a stable sort: phrases of one length keep their order). */
function indexOf(phrases: Phrases): Index {
  const index: Index = new Map();
  for (const words of phrases) {
    if (words.length === 0) continue;
    const list = index.get(words[0]!);
    if (list) list.push(words);
    else index.set(words[0]!, [words]);
  }
  for (const list of index.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
  return index;
}

/** A set of words to look words up in, built from its list on the first look-up. */
export class WordSet {
  private cache: Set<string> | undefined;

  constructor(private readonly words: () => Iterable<string>) {}

  has(word: string): boolean {
    this.cache ??= new Set(this.words());
    return this.cache.has(word);
  }
}
