// What Newsmark knows of Slovak in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Slovak but does not read it: a page in Slovak gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const slovakProfile: LanguageProfile = {
  code: 'sk',
  functionWords:
    'a|v|na|je|že|s|z|o|do|k|i|ako|za|pre|vo|po|ale|sú|bol|bolo|bola|podľa|tiež|ktoré|ktorý|ktorá|jeho|len|už|od|pri|tak|aby|než|medzi|pred|alebo|svoje|nie|bude|môže|ktorých|však',
  months:
    'január|januára|február|februára|marec|marca|apríl|apríla|máj|mája|jún|júna|júl|júla|august|augusta|september|septembra|október|októbra|november|novembra|december|decembra',
  minuteUnits: 'min|minúta|minúty|minút',
  readingTimeLabels: 'čas čítania',
};
