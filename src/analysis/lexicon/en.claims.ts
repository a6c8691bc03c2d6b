// English data for claims: reporting verbs, hedges, number words.
import type { ClaimLexicon } from '../claims';

export const enClaims: ClaimLexicon = { hedges: ['reportedly', 'allegedly'] };
