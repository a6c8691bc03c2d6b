// The one entry point of the detection engine: text in, people and claims out. No DOM, no extension APIs.
// The people half first: bundled before the word lists, it stands next to the claims half's alike code
// within gzip's 32 KB window (-0.4 KB gzipped). A side-effect import, which keeps its place.
import './people/find-people';
import { findClaims } from './claims/find-claims';
import { compileClaimLexicon } from './claims/lexicon';
import { decideLanguage, detectLanguage, UNDETERMINED } from './language/detect';
import { languagePack, supportedLanguages } from './lexicon/registry';
import { findPeople } from './people/find-people';
import { compilePeople } from './people/lexicon';
import type { Analysis, AnalyzeOptions, Claim, Person } from './types';

export { detectLanguage } from './language/detect';
export type { Analysis, AnalyzeOptions, Claim, ClaimKind, Person, Span } from './types';

/**
 * Analyses a text. Its language is decided from the text, the declared `options.lang` breaking ties;
 * a text in a language Newsmark does not read (isSupportedLanguage) gets its language and no people
 * and no claims. Never throws unless asked to: the content script runs this on every page, and a
 * bug met on one strange page must cost that page its highlights, not break the page. A stage that
 * fails leaves its results empty. With `strict`, a failing stage throws instead (tests use it, so
 * that a bug cannot hide behind the safety net).
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  const lang = detectLanguage(input, options.lang);
  const pack = languagePack(lang);
  if (!pack) return { lang, people: [], claims: [] };
  const strict = options.strict === true;
  const people = options.claimsOnly ? [] : attempt<Person[]>(() => findPeople(input, pack), [], strict);
  const claims = attempt<Claim[]>(() => findClaims(input, people, pack), [], strict);
  return { lang, people, claims };
}

function attempt<T>(stage: () => T, fallback: T, strict: boolean): T {
  if (strict) return stage();
  try {
    return stage();
  } catch {
    return fallback;
  }
}

/**
 * Builds one half's look-up tables (its word lists compiled) for the language of `text`, ahead of
 * the first analyze() call: a caller that must keep each task short pays that cold start in a
 * slice of its own. analyze() builds them itself when nobody did.
 */
export function prepare(text: string, half: 'people' | 'claims', options: AnalyzeOptions = {}): void {
  const pack = languagePack(detectLanguage(text, options.lang));
  if (!pack) return;
  if (half === 'people') compilePeople(pack);
  else compileClaimLexicon(pack);
}

/** Whether Newsmark reads a language (a code as analyze() gives it: "en", "fr"), and so finds people and claims in it. */
export function isSupportedLanguage(lang: string): boolean {
  return languagePack(lang) !== undefined;
}

/** The language of an article as the page and the popup need it. */
export interface ArticleLanguage {
  /** An ISO 639-1 code ("fr", "de"), the declared one for a language not recognised, or null when nothing tells which. */
  lang: string | null;
  /** Newsmark reads it: people and claims are looked for. */
  supported: boolean;
}

/**
 * The language of an article from its opening text (a few thousand characters are enough), the page's
 * declared language (`<html lang>`) only breaking ties: what analyze() decides for the same text, except
 * that a text saying too little and declaring nothing is in no language (analyze() tries English).
 */
export function articleLanguage(text: string, declared?: string | null): ArticleLanguage {
  const lang = decideLanguage(text, declared);
  if (lang === undefined || lang === UNDETERMINED) return { lang: null, supported: false };
  return { lang, supported: isSupportedLanguage(lang) };
}

/** The languages Newsmark reads ("en", "fr"). */
export const SUPPORTED_LANGUAGES: readonly string[] = supportedLanguages();
