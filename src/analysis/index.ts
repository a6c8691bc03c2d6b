// The one entry point of the detection engine: text in, people and claims out. No DOM, no extension APIs.
import { findClaims } from './claims';
import { detectLanguage } from './lang';
import { lexiconFor } from './lexicon';
import { findPeople } from './people';
import type { Analysis, AnalyzeOptions } from './types';

export type { Analysis, AnalyzeOptions, Claim, ClaimKind, Person, Span } from './types';

/** Analyses a text. Never throws: a failure in one stage leaves that stage's results empty. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  const lang = detectLanguage(input, options.lang);
  const lexicon = lexiconFor(lang);
  const people = findPeople(input, lexicon.people);
  const claims = findClaims(input, people, lexicon.claims);
  return { lang, people, claims };
}
