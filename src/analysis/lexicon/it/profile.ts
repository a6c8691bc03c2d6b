// What tells Italian in a text: its most frequent function words. Newsmark recognises Italian but does not
// read it: a Italian page gets no people and no claims, and the popup says why.
import type { LanguageProfile } from '../schema';

export const italianProfile: LanguageProfile = {
  code: 'it',
  functionWords:
    'il|lo|la|gli|le|di|del|della|dei|delle|che|e|è|in|per|con|non|un|una|sono|ha|da|dal|nel|nella|al|alla|si|anche|più|ma|come|questo|questa|ci|stato|degli|sulla|dopo|tra',
};
