// What Newsmark knows of Croatian in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Croatian but does not read it: a page in Croatian gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const croatianProfile: LanguageProfile = {
  code: 'hr',
  functionWords:
    'i|u|je|na|da|za|su|od|s|a|o|koji|koja|koje|iz|kao|će|po|ali|bi|te|ili|do|što|smo|biti|bio|bila|prema|nakon|kako|još|već|samo|može|nije|ga|ih|tako|sve|godine',
  months:
    'siječanj|siječnja|veljača|veljače|ožujak|ožujka|travanj|travnja|svibanj|svibnja|lipanj|lipnja|srpanj|srpnja|kolovoz|kolovoza|rujan|rujna|listopad|listopada|studeni|studenoga|prosinac|prosinca',
  minuteUnits: 'min|minuta|minute',
  readingTimeLabels: 'vrijeme čitanja',
};
