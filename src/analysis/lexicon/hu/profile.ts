// What Newsmark knows of Hungarian in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Hungarian but does not read it: a page in Hungarian gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const hungarianProfile: LanguageProfile = {
  code: 'hu',
  functionWords:
    'a|az|és|hogy|nem|egy|meg|van|volt|csak|már|de|ez|azt|ha|mint|el|ki|még|pedig|szerint|után|között|kell|lesz|lehet|vagy|fel|sem|mert|úgy|ami|aki|amely|amit|azonban|ezt|akkor|alatt|amikor|voltak',
  months: 'január|február|március|április|május|június|július|augusztus|szeptember|október|november|december',
  minuteUnits: 'perc',
  readingTimeLabels: 'olvasási idő',
};
