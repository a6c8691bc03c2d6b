// What tells Portuguese in a text: its most frequent function words. Newsmark recognises Portuguese but does not
// read it: a Portuguese page gets no people and no claims, and the popup says why.
import type { LanguageProfile } from '../schema';

export const portugueseProfile: LanguageProfile = {
  code: 'pt',
  functionWords:
    'o|a|os|as|de|do|da|dos|das|em|no|na|nos|que|e|é|um|uma|para|com|não|por|se|mais|ao|foi|como|mas|pelo|pela|seu|sua|também|são|ele|ela|já|isso|entre',
};
