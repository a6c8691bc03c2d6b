// What Newsmark knows of Spanish in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Spanish but does not read it: a page in Spanish gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const spanishProfile: LanguageProfile = {
  code: 'es',
  functionWords:
    'el|la|los|las|de|del|y|en|que|por|con|para|una|un|es|se|no|su|sus|al|lo|como|más|pero|fue|ha|este|esta|son|muy|también|entre|sobre|ya|hay|le|les|desde|cuando',
  months: 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
  minuteUnits: 'min|minuto|minutos',
  readingTimeLabels: 'tiempo de lectura|lectura',
};
