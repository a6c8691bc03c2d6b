// What Newsmark knows of Norwegian in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Norwegian but does not read it: a page in Norwegian gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const norwegianProfile: LanguageProfile = {
  code: 'no',
  functionWords:
    'og|i|det|er|en|til|av|på|som|de|med|den|har|ikke|var|om|seg|han|men|fra|vi|kan|hun|så|etter|også|eller|skal|ved|ble|hadde|mot|når|nå|der|være|blir|ifølge|sier|hvor|mange|sine',
  months: 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember',
  minuteUnits: 'min|minutt|minutter',
  readingTimeLabels: 'lesetid',
};
