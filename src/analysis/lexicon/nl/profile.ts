// What tells Dutch in a text: its most frequent function words. Newsmark recognises Dutch but does not
// read it: a Dutch page gets no people and no claims, and the popup says why.
import type { LanguageProfile } from '../schema';

export const dutchProfile: LanguageProfile = {
  code: 'nl',
  functionWords:
    'de|het|een|en|van|is|dat|niet|op|te|in|zijn|met|voor|die|er|ook|aan|om|door|was|maar|wordt|bij|heeft|nog|naar|dit|worden|deze|al|hij|ze|werd|tot|uit|over|hebben',
};
