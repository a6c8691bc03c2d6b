// French data for claims: reporting verbs, hedges, number words.
import type { ClaimLexicon } from '../claims';

export const frClaims: ClaimLexicon = { hedges: ['aurait', 'selon'] };
