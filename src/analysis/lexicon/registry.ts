// The languages the engine reads: one line per language pack. Adding a language is adding its folder
// (lexicon/xx/: morphology, people and claims words, an index.ts exporting the pack) and its line here.
import { english } from './en';
import { french } from './fr';
import type { LanguagePack } from './schema';

const PACKS = new Map<string, LanguagePack>([
  ['en', english],
  ['fr', french],
]);

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
}
