// What Newsmark knows of Polish in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Polish but does not read it: a page in Polish gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const polishProfile: LanguageProfile = {
  code: 'pl',
  functionWords:
    'w|i|na|z|się|nie|do|że|jest|o|jak|po|a|od|przez|dla|za|ale|co|jego|już|tak|jej|są|oraz|przy|tym|jako|był|była|było|może|także|tylko|ze|we|który|która|które|których|został|została|również|według|ich|czy',
  months:
    'styczeń|stycznia|luty|lutego|marzec|marca|kwiecień|kwietnia|maj|maja|czerwiec|czerwca|lipiec|lipca|sierpień|sierpnia|wrzesień|września|październik|października|listopad|listopada|grudzień|grudnia',
  minuteUnits: 'min|minuta|minuty|minut',
  readingTimeLabels: 'czas czytania',
};
