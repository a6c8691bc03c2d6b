// People, officials and roles. (Stub: the engine issue fills this in.)
import type { Person } from './types';

/** Per-language data for finding people and their roles. */
export interface PeopleLexicon {
  honorifics: readonly string[];
}

export function findPeople(_text: string, _lexicon: PeopleLexicon): Person[] {
  return [];
}
