// Which claims are worth checking: a pure ranking of the engine's claims by how much each calls
// for a fact-check, from what the engine knows of it (its kinds, its source, the people in it).
//
// The rule, in plain words. Each claim earns points:
//   - a figure in it (kind "statistic")                                     +2
//   - its source is an official (a person the engine found with an office)  +2
//   - its source is not named: a description, not a name ("sources close
//     to the case", "a senior official")                                    +2
//   - it is hedged ("reportedly", "aurait")                                 +1
//   - it quotes an official word for word                                   +1
//   - it is about someone else: it names a person who is not its source    +1
// A claim with no figure, no hedge and a plainly named source that is not an official (a newspaper,
// a company, a bystander) scores 0: it is reported, and reporting is what news does.
// By default a claim is shown when it scores SHOW_FROM (3) or more; when that leaves more than a
// quarter of the article's claims, only the best-scoring quarter is kept (ties go to the earlier
// claim). Every claim can still be shown with the "all claims" setting.
//
// No word lists: "not named" is told by the source having no capitalised word, which holds in
// every language Newsmark reads (a name is written with capitals, a description is not).
import type { Analysis, Claim, Person } from './index';

export type CheckReason = 'figure' | 'officialSource' | 'unnamedSource' | 'hedged' | 'officialQuote' | 'aboutAnother';

/** The order reasons are listed in (the weightiest first). */
export const CHECK_REASONS: readonly CheckReason[] = [
  'figure',
  'officialSource',
  'unnamedSource',
  'hedged',
  'officialQuote',
  'aboutAnother',
];

export const REASON_POINTS: Readonly<Record<CheckReason, number>> = {
  figure: 2,
  officialSource: 2,
  unnamedSource: 2,
  hedged: 1,
  officialQuote: 1,
  aboutAnother: 1,
};

/** A claim is worth checking from this many points. */
export const SHOW_FROM = 3;
/** At most this share of an article's claims is shown by default. */
export const MAX_SHARE = 1 / 4;

export interface ClaimWorth {
  /** The claim's index in analysis.claims. */
  index: number;
  score: number;
  reasons: CheckReason[];
}

/** Letters folded for comparing names: case, accents and runs of white space ignored. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The person a claim's source names: the same name, or the surname alone. */
export function personOfSource(source: string | null, people: readonly Person[]): Person | null {
  if (!source) return null;
  const key = nameKey(source);
  let bySurname: Person | null = null;
  for (const person of people) {
    const name = nameKey(person.name);
    if (name === key) return person;
    if (!bySurname && name.endsWith(` ${key}`)) bySurname = person;
  }
  return bySurname;
}

/** True when the source is a description rather than a name: no word of it starts with a capital. */
export function isUnnamedSource(source: string | null): boolean {
  if (!source) return false;
  return !/(^|[\s'’(-])\p{Lu}/u.test(source);
}

/** Why one claim calls for checking, and its points. */
export function claimWorth(claim: Claim, index: number, people: readonly Person[]): ClaimWorth {
  const reasons: CheckReason[] = [];
  const source = personOfSource(claim.source, people);
  if (claim.kinds.includes('statistic')) reasons.push('figure');
  if (source?.official) reasons.push('officialSource');
  if (!source && isUnnamedSource(claim.source)) reasons.push('unnamedSource');
  if (claim.kinds.includes('hedged')) reasons.push('hedged');
  if (source?.official && claim.kinds.includes('quote')) reasons.push('officialQuote');
  const aboutAnother = people.some(
    (person) => person !== source && person.mentions.some((m) => m.start >= claim.start && m.end <= claim.end),
  );
  if (aboutAnother) reasons.push('aboutAnother');
  const score = reasons.reduce((sum, reason) => sum + REASON_POINTS[reason], 0);
  return { index, score, reasons };
}

/** Every claim with its points, the most worth checking first (ties: in the article's order). */
export function rankClaims(analysis: Pick<Analysis, 'claims' | 'people'>): ClaimWorth[] {
  return analysis.claims
    .map((claim, index) => claimWorth(claim, index, analysis.people))
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

/** The indexes (into analysis.claims) of the claims shown by default, in the article's order. */
export function worthChecking(analysis: Pick<Analysis, 'claims' | 'people'>): number[] {
  const ranked = rankClaims(analysis).filter((worth) => worth.score >= SHOW_FROM);
  const cap = Math.ceil(analysis.claims.length * MAX_SHARE);
  return ranked
    .slice(0, cap)
    .map((worth) => worth.index)
    .sort((a, b) => a - b);
}
