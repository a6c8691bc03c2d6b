// What Newsmark knows of Esperanto in any text: the function words that tell it, and the words of its
// dates and reading times.
import type { LanguageProfile } from '../lexicon/schema';

export const esperantoProfile: LanguageProfile = {
  code: 'eo',
  functionWords: 'la|kaj|de|en|al|estas|estis|ke|ne|por|kun|pri|li|ŝi|ili|sed|tiu|kiu|ĉu|el|da|ankaŭ|oni|ĝi|mi',
  months: 'januaro|februaro|marto|aprilo|majo|junio|julio|aŭgusto|septembro|oktobro|novembro|decembro',
  minuteUnits: 'min|minuto|minutoj',
  readingTimeLabels: 'legotempo',
};
