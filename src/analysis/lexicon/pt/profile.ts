// What Newsmark knows of Portuguese in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Portuguese but does not read it: a page in Portuguese gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const portugueseProfile: LanguageProfile = {
  code: 'pt',
  functionWords:
    'o|a|os|as|de|do|da|dos|das|em|no|na|nos|que|e|é|um|uma|para|com|não|por|se|mais|ao|foi|como|mas|pelo|pela|seu|sua|também|são|ele|ela|já|isso|entre',
  months: 'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro',
  minuteUnits: 'min|minuto|minutos',
  readingTimeLabels: 'tempo de leitura|leitura',
};
