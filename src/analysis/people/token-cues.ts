// Which of the rarer cue lists may start at each token (a nickname cue, an "as", a copula, "among"),
// found with one Map look-up per token: the passes that look for these cues (markNicknames, clauseRoles,
// groupRoles) then ask their own lists only where one may start, not at every token of the text.
import { Kind, type Token } from '../text/tokens';
import type { CompiledPeople } from './lexicon';

/** Bits of tokenCues(): the lists that may start at a token. */
export enum TokenCue {
  Nickname = 1,
  As = 2,
  Copula = 4,
  Among = 8,
}

const cueWordsOf = new WeakMap<CompiledPeople, Map<string, number>>();

/** The first words of the cue lists, each with the TokenCue bits of the lists it may start (once per language). */
function cueWords(lex: CompiledPeople): Map<string, number> {
  let words = cueWordsOf.get(lex);
  if (words) return words;
  const found = new Map<string, number>();
  const add = (list: Iterable<string>, bit: TokenCue) => {
    for (const w of list) found.set(w, (found.get(w) ?? 0) | bit);
  };
  add(lex.nicknameCues.firstWords(), TokenCue.Nickname);
  add(lex.asCues.firstWords(), TokenCue.As);
  add(lex.copulas.firstWords(), TokenCue.Copula);
  add(lex.among, TokenCue.Among);
  cueWordsOf.set(lex, found);
  words = found;
  return words;
}

/**
 * For each token, the cue lists that may start at it (TokenCue bits). It may say more than the lists
 * match, never less: a list's own matcher still decides where a bit is set. A word with a title prefix
 * ("ex-…") may start what its bare word starts, as PhraseSet.matchTokens reads it.
 */
export function tokenCues(tokens: readonly Token[], lex: CompiledPeople): Uint8Array {
  const words = cueWords(lex);
  const prefixes = lex.titlePrefixes;
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== Kind.Word) continue;
    const lower = t.lower;
    let bits = words.get(lower) ?? 0;
    for (let k = 0; k < prefixes.length; k++) {
      const prefix = prefixes[k]!;
      // The prefix's last character ("-") rules out nearly every word before any comparison.
      if (lower.charCodeAt(prefix.length - 1) === prefix.charCodeAt(prefix.length - 1) && lower.startsWith(prefix)) {
        bits |= words.get(lower.slice(prefix.length)) ?? 0;
      }
    }
    out[i] = bits;
  }
  return out;
}
