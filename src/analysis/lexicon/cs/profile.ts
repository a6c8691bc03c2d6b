// What Newsmark knows of Czech in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Czech but does not read it: a page in Czech gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const czechProfile: LanguageProfile = {
  code: 'cs',
  functionWords:
    'a|v|na|je|že|s|z|o|do|k|i|jako|za|pro|ve|po|ale|jsou|byl|bylo|byla|podle|také|které|který|která|jeho|jen|už|od|při|tak|již|aby|než|mezi|před|nebo|své|jsme|není|bude|může',
  months:
    'leden|ledna|únor|února|březen|března|duben|dubna|květen|května|červen|června|červenec|července|srpen|srpna|září|říjen|října|listopad|listopadu|prosinec|prosince',
  minuteUnits: 'min|minuta|minuty|minut',
  readingTimeLabels: 'doba čtení|čtení',
};
