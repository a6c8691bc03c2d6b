// The French language pack: its morphology and the words of its people and claims halves.
import type { LanguagePack } from '../schema';
import { frenchClaims } from './claims';
import { frenchMorphology } from './morphology';
import { frenchPeople } from './people';
import { frenchProfile } from './profile';

export const french: LanguagePack = {
  code: 'fr',
  profile: frenchProfile,
  morphology: frenchMorphology,
  people: frenchPeople,
  claims: frenchClaims,
};
