// What a word or a phrase is to the claims half: a function word, a word with one of a list's endings, a
// phrase that may name a source.
import { isCapitalised } from '../text/tokens';
import type { CompiledClaimLexicon } from './lexicon';
import type { SentenceView } from './subject';

export function isFunctionWord(lex: CompiledClaimLexicon, w: string): boolean {
  return lex.prepositions.has(w) || lex.boundaries.has(w) || lex.auxiliaries.has(w) || lex.finiteVerbs.has(w) || lex.reportingVerbs.has(w);
}

/**
 * A list of word endings ("erait", "s"), grouped by their last character: asked of nearly every word
 * of a sentence (the French conditional has twenty endings), and most words end in a character that no
 * ending ends in, so one Map look-up decides.
 */
export class Endings {
  private readonly byLast = new Map<number, string[]>();
  /** An empty ending, which every word has. */
  private readonly empty: boolean = false;
  readonly size: number;

  constructor(endings: Iterable<string>) {
    let size = 0;
    for (const e of endings) {
      size++;
      if (e === '') {
        this.empty = true;
        continue;
      }
      const last = e.charCodeAt(e.length - 1);
      const list = this.byLast.get(last);
      if (list) list.push(e);
      else this.byLast.set(last, [e]);
    }
    this.size = size;
  }

  /** Whether the word ends with one of the endings. */
  matches(word: string): boolean {
    const list = this.byLast.get(word.charCodeAt(word.length - 1));
    if (list) for (let k = 0; k < list.length; k++) if (word.endsWith(list[k]!)) return true;
    return this.empty;
  }
}

/** Whether words[first..last] may name a source: no time, ordinal, year or example ("la deuxième fois", "2011"). */
export function isEntity(v: SentenceView, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = v.words[k]!.lower;
    const timeWord = v.lex.nonSources.has(w) && !isCapitalised(v.text, v.words[k]!);
    if (timeWord || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) return false;
  }
  return true;
}
