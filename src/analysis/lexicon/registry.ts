// Chooses each language's data. Adding a language is adding its two data files here.
// The side-effect import of ../people comes first so that bundlers place the engine code before
// the word lists: gzip's 32 KB window then keeps the claims code next to the people code it
// resembles, instead of 48 KB of word lists between them (−0.45 KB gzipped; results unchanged).
import '../people/find-people';
import type { ClaimLexicon } from '../claims/find-claims';
import type { PeopleLexicon } from '../people/find-people';
import { englishClaims } from './en/claims';
import { enPeople } from './en/people';
import { frenchClaims } from './fr/claims';
import { frPeople } from './fr/people';

export interface Lexicon {
  lang: string;
  people: PeopleLexicon;
  claims: ClaimLexicon;
}

/** Each language's people data and a builder of its claim data (built once, on first use). */
const LANGUAGES: Record<string, { people: PeopleLexicon; claims: () => ClaimLexicon }> = {
  en: { people: enPeople, claims: englishClaims },
  fr: { people: frPeople, claims: frenchClaims },
};

const built = new Map<string, Lexicon>();

/** The data for a language. Other languages get English data, so names and quotes are still found. */
export function lexiconFor(lang: string): Lexicon {
  const known = LANGUAGES[lang] ? lang : 'en';
  let lexicon = built.get(known);
  if (!lexicon) {
    const data = LANGUAGES[known]!;
    // The same objects on every call: the engine caches its compiled tables by them.
    lexicon = { lang: known, people: data.people, claims: data.claims() };
    built.set(known, lexicon);
  }
  return known === lang ? lexicon : { ...lexicon, lang };
}
