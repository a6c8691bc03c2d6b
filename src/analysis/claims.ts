// Claims: sentences that are attributed, quoted, hedged or carry a figure. (Stub: the engine issue fills this in.)
import type { Claim, Person } from './types';

/** Per-language data for finding claims and their sources. */
export interface ClaimLexicon {
  hedges: readonly string[];
}

export function findClaims(_text: string, _people: Person[], _lexicon: ClaimLexicon): Claim[] {
  return [];
}
