// The languages the engine reads, one line per language pack, and the languages it only recognises, one
// line per profile. Adding a language is adding its folder (lexicon/xx/: profile, morphology, people and
// claims words, an index.ts exporting the pack) and its line here.
import { catalanProfile } from './ca/profile';
import { czechProfile } from './cs/profile';
import { danishProfile } from './da/profile';
import { germanProfile } from './de/profile';
import { english } from './en';
import { spanishProfile } from './es/profile';
import { finnishProfile } from './fi/profile';
import { french } from './fr';
import { croatianProfile } from './hr/profile';
import { hungarianProfile } from './hu/profile';
import { indonesianProfile } from './id/profile';
import { italianProfile } from './it/profile';
import { dutchProfile } from './nl/profile';
import { norwegianProfile } from './no/profile';
import { polishProfile } from './pl/profile';
import { portugueseProfile } from './pt/profile';
import { romanianProfile } from './ro/profile';
import type { LanguagePack, LanguageProfile } from './schema';
import { slovakProfile } from './sk/profile';
import { swedishProfile } from './sv/profile';
import { turkishProfile } from './tr/profile';

const PACKS = new Map<string, LanguagePack>([
  ['en', english],
  ['fr', french],
]);

/** Languages recognised but not read: a page in one of them is named, and gets no people and no claims. */
const RECOGNISED_ONLY: readonly LanguageProfile[] = [
  catalanProfile,
  czechProfile,
  danishProfile,
  germanProfile,
  spanishProfile,
  finnishProfile,
  croatianProfile,
  hungarianProfile,
  indonesianProfile,
  italianProfile,
  dutchProfile,
  norwegianProfile,
  polishProfile,
  portugueseProfile,
  romanianProfile,
  slovakProfile,
  swedishProfile,
  turkishProfile,
];

let profiles: readonly LanguageProfile[] | undefined;

/** The profile of every language recognised, read or not (one array until a pack is added). */
export function languageProfiles(): readonly LanguageProfile[] {
  profiles ??= [...[...PACKS.values()].map((pack) => pack.profile), ...RECOGNISED_ONLY.filter((p) => !PACKS.has(p.code))];
  return profiles;
}

/** The pack of a language (ISO 639-1 code), or undefined when Newsmark does not read it. */
export function languagePack(code: string): LanguagePack | undefined {
  return PACKS.get(code);
}

/** The codes of the languages Newsmark reads. */
export function supportedLanguages(): string[] {
  return [...PACKS.keys()];
}

/** Adds a pack at run time, as a line above does at build time (tests add a small language of their own). */
export function registerLanguagePack(pack: LanguagePack): void {
  PACKS.set(pack.code, pack);
  profiles = undefined;
}
