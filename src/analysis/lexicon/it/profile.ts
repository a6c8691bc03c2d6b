// What Newsmark knows of Italian in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Italian but does not read it: a page in Italian gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const italianProfile: LanguageProfile = {
  code: 'it',
  functionWords:
    'il|lo|la|gli|le|di|del|della|dei|delle|che|e|è|in|per|con|non|un|una|sono|ha|da|dal|nel|nella|al|alla|si|anche|più|ma|come|questo|questa|ci|stato|degli|sulla|dopo|tra',
  months: 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre',
  minuteUnits: 'min|minuto|minuti',
  readingTimeLabels: 'tempo di lettura|lettura',
};
