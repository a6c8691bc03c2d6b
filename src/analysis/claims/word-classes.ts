// What a word or a phrase is to the claims half: a function word, a word with one of a list's endings, a
// phrase that may name a source.
import { isCapitalised } from '../text/tokens';
import type { CompiledClaimLexicon } from './lexicon';
import type { SentenceView } from './subject';

export function isFunctionWord(lex: CompiledClaimLexicon, w: string): boolean {
  return lex.prepositions.has(w) || lex.boundaries.has(w) || lex.auxiliaries.has(w) || lex.finiteVerbs.has(w) || lex.reportingVerbs.has(w);
}

/** Whether a word ends with one of the endings. */
export function endsWithAny(endings: Iterable<string>, word: string): boolean {
  for (const e of endings) if (word.endsWith(e)) return true;
  return false;
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
