// English data for people and roles.
import type { PeopleLexicon } from '../people';

export const enPeople: PeopleLexicon = { honorifics: ['Mr', 'Mrs', 'Ms', 'Dr'] };
