// What tells Esperanto in a text: its most frequent function words.
import type { LanguageProfile } from '../lexicon/schema';

export const esperantoProfile: LanguageProfile = {
  code: 'eo',
  functionWords: 'la|kaj|de|en|al|estas|estis|ke|ne|por|kun|pri|li|ŝi|ili|sed|tiu|kiu|ĉu|el|da|ankaŭ|oni|ĝi|mi',
};
