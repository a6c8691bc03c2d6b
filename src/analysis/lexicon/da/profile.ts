// What Newsmark knows of Danish in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Danish but does not read it: a page in Danish gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const danishProfile: LanguageProfile = {
  code: 'da',
  functionWords:
    'og|i|det|er|en|til|af|på|som|de|med|den|har|ikke|var|om|sig|han|men|fra|vi|kan|hun|så|efter|også|eller|skal|ved|blev|havde|mod|når|nu|der|være|bliver|ifølge|siger|hvor|mange|sine',
  months: 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december',
  minuteUnits: 'min|minut|minutter',
  readingTimeLabels: 'læsetid',
};
