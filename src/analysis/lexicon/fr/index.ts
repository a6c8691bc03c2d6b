// The French language pack: its morphology and the words of its people and claims halves.
import type { LanguagePack } from '../schema';
import { frenchClaims } from './claims';
import { frenchMorphology } from './morphology';
import { frenchPeople } from './people';

export const french: LanguagePack = { code: 'fr', morphology: frenchMorphology, people: frenchPeople, claims: frenchClaims };
