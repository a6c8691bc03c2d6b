// What Newsmark knows of Romanian in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Romanian but does not read it: a page in Romanian gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const romanianProfile: LanguageProfile = {
  code: 'ro',
  functionWords:
    'și|şi|de|în|a|cu|pe|care|că|nu|din|o|să|al|ale|mai|pentru|este|fost|ca|sau|prin|după|sunt|fi|acest|această|despre|dar|iar|între|va|vor|până|potrivit|fără|ei|lor|asupra|unei|unui',
  months: 'ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie',
  minuteUnits: 'min|minut|minute',
  readingTimeLabels: 'timp de citire|lectură',
};
