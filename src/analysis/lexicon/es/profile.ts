// What tells Spanish in a text: its most frequent function words. Newsmark recognises Spanish but does not
// read it: a Spanish page gets no people and no claims, and the popup says why.
import type { LanguageProfile } from '../schema';

export const spanishProfile: LanguageProfile = {
  code: 'es',
  functionWords:
    'el|la|los|las|de|del|y|en|que|por|con|para|una|un|es|se|no|su|sus|al|lo|como|más|pero|fue|ha|este|esta|son|muy|también|entre|sobre|ya|hay|le|les|desde|cuando',
};
