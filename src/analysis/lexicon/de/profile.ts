// What Newsmark knows of German in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises German but does not read it: a page in German gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const germanProfile: LanguageProfile = {
  code: 'de',
  functionWords:
    'der|die|das|und|ist|nicht|ein|eine|zu|den|dem|mit|von|sich|auf|für|auch|im|es|des|als|wird|bei|dass|sie|er|nach|wie|aus|hat|einer|werden|sind|noch|um|am|wurde|über|vom|zum',
  months: 'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember',
  minuteUnits: 'min|minute|minuten',
  readingTimeLabels: 'lesezeit|lesedauer',
};
