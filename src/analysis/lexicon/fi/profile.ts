// What Newsmark knows of Finnish in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Finnish but does not read it: a page in Finnish gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const finnishProfile: LanguageProfile = {
  code: 'fi',
  functionWords:
    'ja|ei|että|oli|hän|ovat|ole|mukaan|myös|kun|mutta|tai|jo|niin|vain|jos|sen|kuin|nyt|olla|joka|jotka|voi|vielä|sekä|sitä|tämä|siitä|hänen|koska|sitten|kanssa|noin|yli|ennen|jälkeen|sanoo|sanoi|mitä',
  months:
    'tammikuu|tammikuuta|helmikuu|helmikuuta|maaliskuu|maaliskuuta|huhtikuu|huhtikuuta|toukokuu|toukokuuta|kesäkuu|kesäkuuta|heinäkuu|heinäkuuta|elokuu|elokuuta|syyskuu|syyskuuta|lokakuu|lokakuuta|marraskuu|marraskuuta|joulukuu|joulukuuta',
  minuteUnits: 'min|minuutti|minuuttia',
  readingTimeLabels: 'lukuaika',
};
