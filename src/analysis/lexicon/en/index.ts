// The English language pack: its morphology and the words of its people and claims halves.
import type { LanguagePack } from '../schema';
import { englishClaims } from './claims';
import { englishMorphology } from './morphology';
import { englishPeople } from './people';
import { englishProfile } from './profile';

export const english: LanguagePack = {
  code: 'en',
  profile: englishProfile,
  morphology: englishMorphology,
  people: englishPeople,
  claims: englishClaims,
};
