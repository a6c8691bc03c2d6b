// The one entry point of the detection engine: text in, people and claims out. No DOM, no extension APIs.
import { findClaims } from './claims';
import { detectLanguage } from './lang';
import { lexiconFor } from './lexicon';
import { findPeople } from './people';
import type { Analysis, AnalyzeOptions, Claim, Person } from './types';

export type { Analysis, AnalyzeOptions, Claim, ClaimKind, Person, Span } from './types';

/**
 * Analyses a text. Never throws: the content script runs this on every page, and a bug met on
 * one strange page must cost that page its highlights, not break the page. A stage that fails
 * leaves its results empty.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  const lang = detectLanguage(input, options.lang);
  const lexicon = lexiconFor(lang);
  const people = options.claimsOnly ? [] : attempt<Person[]>(() => findPeople(input, lexicon.people), []);
  const claims = attempt<Claim[]>(() => findClaims(input, people, lexicon.claims), []);
  return { lang, people, claims };
}

function attempt<T>(stage: () => T, fallback: T): T {
  try {
    return stage();
  } catch {
    return fallback;
  }
}
