// A small language pack for the tests: Esperanto, enough of it to find a titled person and a reported,
// hedged claim. It is built as a real pack is (morphology, people and claims words) and proves that
// adding a language is adding such a folder and its line in the registry (the test adds the line).
import type { LanguagePack } from '../lexicon/schema';
import { esperantoClaims } from './claims';
import { esperantoMorphology } from './morphology';
import { esperantoPeople } from './people';
import { esperantoProfile } from './profile';

export const esperanto: LanguagePack = {
  code: 'eo',
  profile: esperantoProfile,
  morphology: esperantoMorphology,
  people: esperantoPeople,
  claims: esperantoClaims,
};
