// The languages the engine reads, one line per language pack, and the languages it only recognises, one
// line per profile. Adding a language is adding its folder (lexicon/xx/: profile, morphology, people and
// claims words, an index.ts exporting the pack) and its line here.
import { germanProfile } from './de/profile';
import { english } from './en';
import { spanishProfile } from './es/profile';
import { french } from './fr';
import { italianProfile } from './it/profile';
import { dutchProfile } from './nl/profile';
import { portugueseProfile } from './pt/profile';
import type { LanguagePack, LanguageProfile } from './schema';

const PACKS = new Map<string, LanguagePack>([
  ['en', english],
  ['fr', french],
]);

/** Languages recognised but not read: a page in one of them is named, and gets no people and no claims. */
const RECOGNISED_ONLY: readonly LanguageProfile[] = [germanProfile, spanishProfile, italianProfile, portugueseProfile, dutchProfile];

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
