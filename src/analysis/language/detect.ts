// Which language a text is in, from the text: each recognised language's function words are counted in
// it, a word shared by several languages counting for each a share. The page's declared language only
// breaks ties: it wins when its count is close to the best one, or when the text says too little.
import { expandPlain } from '../lexicon/notation';
import { languageProfiles } from '../lexicon/registry';
import type { LanguageProfile } from '../lexicon/schema';
import { isLetterAt, isWordCharAt } from '../text/chars';
import { wordsIn } from '../text/tokens';

/** How much of the text is read at most: function words are frequent, the first pages of words decide. */
const SAMPLE_LENGTH = 20_000;
/** Function words enough to decide: the scan stops there (about a hundred words of an article). */
const ENOUGH_EVIDENCE = 40;
/** Characters read at a time. */
const STRETCH = 500;
/** Fewer function words than this say nothing: the declared language, else the default, is taken. */
const MIN_EVIDENCE = 3;
/** The declared language wins while its count is at least this share of the best count. */
const TIE = 0.85;
/** A text with no evidence and no declared language, written in Latin letters. */
const DEFAULT_LANGUAGE = 'en';
/** A text with no evidence and no declared language, not in Latin letters (BCP 47 "undetermined"). */
const UNDETERMINED = 'und';

/** For each function word, the languages it belongs to (it counts 1/n for each of n). */
type Owners = Map<string, string[]>;
const compiled = new WeakMap<readonly LanguageProfile[], Owners>();

function ownersOf(profiles: readonly LanguageProfile[]): Owners {
  let owners = compiled.get(profiles);
  if (owners) return owners;
  owners = new Map();
  for (const p of profiles) {
    for (const word of expandPlain(p.functionWords)) {
      const langs = owners.get(word);
      if (!langs) owners.set(word, [p.code]);
      else if (!langs.includes(p.code)) langs.push(p.code);
    }
  }
  compiled.set(profiles, owners);
  return owners;
}

/** The primary subtag of a declared language ("fr-CA" → "fr"), or undefined when it is not one. */
export function primaryTag(declared: string | undefined): string | undefined {
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** The language of a text (an ISO 639-1 code where one is known; "und" when nothing tells). */
export function detectLanguage(text: string, declared?: string): string {
  const tag = primaryTag(declared);
  const owners = ownersOf(languageProfiles());
  const scores = new Map<string, number>();
  let evidence = 0;
  let letters = 0;
  let latin = 0;
  const end = Math.min(text.length, SAMPLE_LENGTH);
  // Read in stretches, cut between words, until the evidence is enough.
  for (let from = 0, to = 0; from < end && evidence < ENOUGH_EVIDENCE; from = to) {
    to = Math.min(end, from + STRETCH);
    while (to < end && isWordCharAt(text, to)) to++;
    for (const w of wordsIn(text, from, to)) {
      const langs = owners.get(w.lower);
      if (langs) {
        evidence++;
        for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + 1 / langs.length);
      } else if (evidence < MIN_EVIDENCE && isLetterAt(text, w.start)) {
        letters++;
        if (text.charCodeAt(w.start) < 0x250) latin++;
      }
    }
  }
  let best: string | undefined;
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  if (evidence < MIN_EVIDENCE || best === undefined) return tag ?? (latin * 2 >= letters ? DEFAULT_LANGUAGE : UNDETERMINED);
  if (tag !== undefined && (scores.get(tag) ?? 0) >= bestScore * TIE) return tag;
  return best;
}
