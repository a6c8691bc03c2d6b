// What tells German in a text: its most frequent function words. Newsmark recognises German but does not
// read it: a German page gets no people and no claims, and the popup says why.
import type { LanguageProfile } from '../schema';

export const germanProfile: LanguageProfile = {
  code: 'de',
  functionWords:
    'der|die|das|und|ist|nicht|ein|eine|zu|den|dem|mit|von|sich|auf|für|auch|im|es|des|als|wird|bei|dass|sie|er|nach|wie|aus|hat|einer|werden|sind|noch|um|am|wurde|über|vom|zum',
};
