// What Newsmark knows of Dutch in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Dutch but does not read it: a page in Dutch gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const dutchProfile: LanguageProfile = {
  code: 'nl',
  functionWords:
    'de|het|een|en|van|is|dat|niet|op|te|in|zijn|met|voor|die|er|ook|aan|om|door|was|maar|wordt|bij|heeft|nog|naar|dit|worden|deze|al|hij|ze|werd|tot|uit|over|hebben',
  months: 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
  minuteUnits: 'min|minuut|minuten',
  readingTimeLabels: 'leestijd|leesduur',
};
