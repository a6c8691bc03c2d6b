// Which language a text is in, from the text: each recognised language's function words are counted in
// it, a word shared by several languages counting for each a share. The page's declared language only
// breaks ties: it wins when, of the words only one of the two has, it has nearly as many as the best
// language, or when the text says too little.
import { expandPlain } from '../lexicon/notation';
import { languagePack, languageProfiles } from '../lexicon/registry';
import type { LanguageProfile } from '../lexicon/schema';
import { isLetterAt, isLowerCode, isWordCharAt } from '../text/chars';
import { wordsIn } from '../text/tokens';

/** How much of the text is read at most: function words are frequent, the first pages of words decide. */
const SAMPLE_LENGTH = 20_000;
/** Function words enough to decide: the scan stops there (about a hundred words of an article). */
const ENOUGH_EVIDENCE = 40;
/** Characters read at a time. */
const STRETCH = 500;
/** Fewer function words than this say nothing: the declared language, else the default, is taken. */
const MIN_EVIDENCE = 3;
/** The declared language wins while the words only it has (of the two) are at least this share of the best one's. */
const TIE = 0.85;
/**
 * Words read before the share of function words among them can say "none of ours". In the languages
 * recognised, the listed function words are a third of an article's words (a fifth in a results table);
 * in a language not recognised they are a few words its spelling shares by chance.
 */
const MIN_WORDS = 20;
/** Below this share of function words among the words read, the text is in a language not recognised. */
const MIN_SHARE = 0.12;
/** Above this share of words in a script other than Latin (Cyrillic, Greek, CJK…), no recognised language. */
const OTHER_SCRIPT_SHARE = 0.3;
/** analyze()'s language for a text that says too little and declares nothing. */
const DEFAULT_LANGUAGE = 'en';
/** A text in no language recognised, none declared (BCP 47 "undetermined"). */
export const UNDETERMINED = 'und';

/** For each function word, the languages it belongs to (it counts 1/n for each of n). */
type Owners = Map<string, string[]>;
/** The owners, and the length of the longest function word: a longer word is none, and is not looked up. */
interface FunctionWords {
  owners: Owners;
  longest: number;
}
const compiled = new WeakMap<readonly LanguageProfile[], FunctionWords>();

function functionWordsOf(profiles: readonly LanguageProfile[]): FunctionWords {
  const cached = compiled.get(profiles);
  if (cached) return cached;
  const owners: Owners = new Map();
  let longest = 0;
  for (const p of profiles) {
    for (const word of expandPlain(p.functionWords)) {
      longest = Math.max(longest, word.length);
      const langs = owners.get(word);
      if (!langs) owners.set(word, [p.code]);
      else if (!langs.includes(p.code)) langs.push(p.code);
    }
  }
  const result = { owners, longest };
  compiled.set(profiles, result);
  return result;
}

/** The primary subtag of a declared language ("fr-CA" → "fr"), or undefined when it is not one. */
export function primaryTag(declared: string | null | undefined): string | undefined {
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/**
 * How a declared language fares against the best one on the words read: the words only it has, of the
 * two, over the words only the best one has. The words both have say nothing between them: a mixed
 * text's French half counts whole against its English half, and a French text declaring Spanish
 * loses none of its own words to the Spanish they share.
 */
function headToHead(read: readonly string[][], tag: string, best: string): number {
  let tagOnly = 0;
  let bestOnly = 0;
  for (const langs of read) {
    const hasTag = langs.includes(tag);
    if (hasTag !== langs.includes(best)) {
      if (hasTag) tagOnly++;
      else bestOnly++;
    }
  }
  return bestOnly === 0 ? 1 : tagOnly / bestOnly;
}

/** Latin letters: Basic Latin to Latin Extended-B, and Latin Extended Additional (Vietnamese). */
function isLatinCode(code: number): boolean {
  return code < 0x250 || (code >= 0x1e00 && code <= 0x1eff);
}

/**
 * The language of a text: an ISO 639-1 code, "und" for a language no profile describes (none declared),
 * or English when a text in Latin letters says too little and declares nothing (a headline, a label).
 */
export function detectLanguage(text: string, declared?: string | null): string {
  return decideLanguage(text, declared) ?? DEFAULT_LANGUAGE;
}

/** As detectLanguage(), but undefined when the text says too little and declares nothing. */
export function decideLanguage(text: string, declared?: string | null): string | undefined {
  const tag = primaryTag(declared);
  const { owners, longest } = functionWordsOf(languageProfiles());
  const scores = new Map<string, number>();
  /** The owners of each function word read, for the declared language's head-to-head with the best. */
  const read: string[][] = [];
  let evidence = 0;
  let words = 0;
  let otherScript = 0;
  const end = Math.min(text.length, SAMPLE_LENGTH);
  // Read in stretches, cut between words, until the evidence is enough.
  for (let from = 0, to = 0; from < end && evidence < ENOUGH_EVIDENCE; from = to) {
    to = Math.min(end, from + STRETCH);
    while (to < end && isWordCharAt(text, to)) to++;
    for (const w of wordsIn(text, from, to)) {
      if (!isLetterAt(text, w.start)) continue;
      words++;
      // A capital letter alone is an initial or a label ("U.S.", "E. Smith", "Group A"), not the word "a", "i", "u".
      const langs =
        (w.end - w.start === 1 && !isLowerCode(text.charCodeAt(w.start))) || w.lower.length > longest ? undefined : owners.get(w.lower);
      if (langs) {
        evidence++;
        read.push(langs);
        for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + 1 / langs.length);
      } else if (!isLatinCode(text.charCodeAt(w.start))) otherScript++;
    }
  }
  // Not a language Newsmark reads: the declared one names it, unless it claims one Newsmark reads.
  const foreign = () => (tag !== undefined && !languagePack(tag) ? tag : UNDETERMINED);
  if (otherScript > words * OTHER_SCRIPT_SHARE) return foreign();
  if (words >= MIN_WORDS && evidence < words * MIN_SHARE) return foreign();
  let best: string | undefined;
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  if (evidence < MIN_EVIDENCE || best === undefined) return tag;
  if (tag !== undefined && tag !== best && headToHead(read, tag, best) >= TIE) return tag;
  return best;
}
