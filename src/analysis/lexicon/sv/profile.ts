// What Newsmark knows of Swedish in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Swedish but does not read it: a page in Swedish gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const swedishProfile: LanguageProfile = {
  code: 'sv',
  functionWords:
    'och|i|att|det|som|en|på|är|av|för|med|till|den|har|de|inte|om|ett|han|men|var|sig|från|vi|så|kan|när|hon|också|efter|eller|nu|sin|där|vid|mot|ska|skulle|enligt|hade|blir|sedan|detta|deras',
  months: 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december',
  minuteUnits: 'min|minut|minuter',
  readingTimeLabels: 'lästid',
};
