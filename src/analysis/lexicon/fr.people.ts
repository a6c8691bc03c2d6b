// French data for people and roles.
import type { PeopleLexicon } from '../people';

export const frPeople: PeopleLexicon = { honorifics: ['M.', 'Mme', 'Mlle'] };
