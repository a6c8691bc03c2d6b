// What Newsmark knows of Catalan in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Catalan but does not read it: a page in Catalan gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const catalanProfile: LanguageProfile = {
  code: 'ca',
  functionWords:
    'i|de|la|el|els|les|a|en|que|per|amb|va|del|dels|un|una|no|es|ha|al|als|com|però|més|seva|seu|seus|ser|hi|ho|han|aquest|aquesta|també|segons|entre|sobre|fins|quan|pel|pels|perquè|molt|són|era|ja',
  months: 'gener|febrer|març|abril|maig|juny|juliol|agost|setembre|octubre|novembre|desembre',
  minuteUnits: 'min|minut|minuts',
  readingTimeLabels: 'temps de lectura|lectura',
};
