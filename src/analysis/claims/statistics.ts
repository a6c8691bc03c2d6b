// Statistics: does a sentence state a quantity (a count, an amount, a rate, a measurement, a length)?
// Dates, years, clock times, ages, ordinals, phone numbers and spans that only place an event in time
// ("two years ago", "il y a deux ans") are not quantities.
import { isUpperAt } from '../text/chars';
import { isAllCaps, isHyphenGap, type Word } from '../text/tokens';
import type { CompiledClaimLexicon } from './lexicon';

/** What recognising quantities needs of a language (lexicon/schema.ts says what each list holds). */
export type NumberData = Pick<
  CompiledClaimLexicon,
  | 'numberWords'
  | 'months'
  | 'timeUnits'
  | 'timeAfter'
  | 'timeBefore'
  | 'ageBefore'
  | 'ageLinks'
  | 'ageAfter'
  | 'ageUnits'
  | 'referringDeterminers'
  | 'pairWords'
  | 'clockAfter'
  | 'units'
  | 'durationBefore'
  | 'halfWords'
  | 'futureMarkers'
  | 'ordinalOrTime'
  | 'personNouns'
  | 'anyMonths'
>;

const DIGITS = /^\d+$/;
/** "08.04.2015", "28.04.20": a day, a month and a year joined by full stops. */
const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/;
const CURRENCY = '$€£¥₹';
// How far before "in N days" a future verb is looked for.
const FUTURE_LOOKBACK = 12;

/** The number or number word that makes the sentence a statistic, or null. */
export function findStatistic(text: string, words: readonly Word[], data: NumberData): string | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const first = w.lower.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      const found = digitStatistic(text, words, i, data);
      if (found !== null) return found;
    } else if (data.numberWords.has(w.lower) && isQuantityWord(text, words, i, data)) {
      return text.slice(w.start, w.end);
    } else if (data.timeUnits.has(w.lower) && i > 1 && data.durationBefore.has(words[i - 1]!.lower)) {
      // "for a month", "l'espace d'un mois": one unit of time measured (the article is listed with the prepositions).
      for (let k = i - 2; k >= 0 && k >= i - 3; k--)
        if (data.durationBefore.has(words[k]!.lower)) return text.slice(words[k]!.start, w.end);
    }
  }
  return null;
}

function digitStatistic(text: string, words: readonly Word[], i: number, data: NumberData): string | null {
  const w = words[i]!;
  if (!DIGITS.test(w.lower)) {
    if (data.ordinalOrTime.test(w.lower)) return null;
    const suffix = w.lower.replace(/^\d+/, '');
    return /^\d/.test(suffix) || !data.units.has(suffix) ? null : text.slice(w.start, w.end);
  }
  // Glue "2 209", "1,000", "1.5" into one number.
  let last = i;
  while (last + 1 < words.length) {
    const n = words[last + 1]!;
    const gap = text.slice(words[last]!.end, n.start);
    if (!DIGITS.test(n.lower)) break;
    if (gap === '.' || gap === ',') last++;
    else if ((gap === ' ' || gap === '\u00A0' || gap === '\u202F') && n.lower.length === 3) last++;
    else break;
  }
  const start = w.start;
  const end = words[last]!.end;
  const value = text.slice(start, end);
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  // The minutes of "12:46", the month of "08/04", the rest of a number glued at "2.5" or "08.04.2015".
  if ((before === ':' || before === '/' || before === '.' || before === ',') && isDigit(text[start - 2])) return null;
  if ((after === ':' || after === '/') && isDigit(text[end + 1])) return null;
  if ((after === '-' || after === '–') && isDigit(text[end + 1])) return null;
  if ((before === '-' || before === '–') && isDigit(text[start - 2])) return null;
  if (before === '’' || before === "'") return null; // ’91
  if (DOTTED_DATE.test(value)) return null;
  const money = CURRENCY.includes(before) || CURRENCY.includes(after) || after === '%' || text.slice(end, end + 2) === ' %';
  if (money) return value;
  if (last === i && isYear(w)) return null;
  const prev = i > 0 ? words[i - 1]! : undefined;
  const next = words[last + 1];
  const nextNext = words[last + 2];
  if (next && data.months.has(next.lower)) return null;
  if (prev && data.months.has(prev.lower)) return null;
  // "Pubblicato il 19 Febbraio 2020", "le 3 mars 2021", "March 3, 2021" on a page in any language: a month
  // of any language recognised, with a year.
  if (next && data.anyMonths.has(next.lower) && isYear(nextNext)) return null;
  if (prev && data.anyMonths.has(prev.lower) && isYear(next)) return null;
  if (next && data.clockAfter.has(next.lower) && text.slice(end, next.start).trim() === '') return null;
  // The minutes of "12 h 30".
  if (prev && data.clockAfter.has(prev.lower) && DIGITS.test(words[i - 2]?.lower ?? '')) return null;
  if (isAge(text, words, i, last, data)) return null;
  if (placesInTime(words, i, last, data)) return null;
  if (next && nextNext && data.timeUnits.has(next.lower) && data.timeAfter.has(nextNext.lower)) return null;
  return value;
}

function isYear(w: Word | undefined): boolean {
  if (w === undefined || w.lower.length !== 4 || !DIGITS.test(w.lower)) return false;
  const year = Number(w.lower);
  return year >= 1500 && year <= 2100;
}

function isQuantityWord(text: string, words: readonly Word[], i: number, data: NumberData): boolean {
  const w = words[i]!;
  if (isAllCaps(text, w)) return false;
  const next = words[i + 1];
  const prev = words[i - 1];
  if (prev && isHyphenGap(text, prev.end, w.start)) return false;
  const pair = data.pairWords.has(w.lower);
  if (pair && prev && data.referringDeterminers.has(prev.lower) && text.slice(prev.end, w.start).trim() === '') return false;
  if (isAge(text, words, i, i, data)) return false;
  if (placesInTime(words, i, i, data)) return false;
  if (next && data.months.has(next.lower)) return false;
  return true;
}

function isAge(text: string, words: readonly Word[], first: number, last: number, data: NumberData): boolean {
  const prev = words[first - 1];
  const prev2 = words[first - 2];
  if (prev && data.ageBefore.has(prev.lower)) return true;
  const next = words[last + 1];
  // "âgé de 26 ans", "at the age of 26".
  if (prev2 && data.ageBefore.has(prev2.lower) && prev && data.ageLinks.has(prev.lower)) return true;
  // "un policier de 32 ans", "Yassin E., de 32 ans": the age of the person just named or described.
  if (prev && data.ageLinks.has(prev.lower) && next && data.ageUnits.has(next.lower)) {
    const named = isUpperAt(text, prev2?.start ?? 0) && first > 2;
    if (!prev2 || named || data.personNouns.has(prev2.lower) || text.slice(prev2.end, prev.start).includes(',')) return true;
  }
  // "a 32-year-old", "32 year old".
  if (next && data.ageAfter.matchWords(text, words, last + 1) > 0) return true;
  // "A third person, 67, was injured": a bare number between commas after a noun is an age.
  if (first === last && !next?.lower.match(/^\d/)) {
    const before = text.slice(prev ? prev.end : 0, words[first]!.start);
    const after = text.slice(words[last]!.end, words[last]!.end + 1);
    const value = Number(words[first]!.lower);
    if (before.trim() === ',' && value > 0 && value < 120 && prev && !/^\d/.test(prev.lower)) {
      // "said Roe, 52." — at the end too, after a name.
      if (after === ',' || (/^[.;)]?$/.test(after) && !next && isUpperAt(text, prev.start))) return true;
    }
  }
  // ", 45 ans," — an age in apposition.
  if (next && data.ageUnits.has(next.lower)) {
    const before = text.slice(prev ? prev.end : 0, words[first]!.start);
    const after = text.slice(next.end, next.end + 2);
    if (before.includes(',') && /^[,.)]/.test(after)) return true;
  }
  return false;
}

function placesInTime(words: readonly Word[], first: number, last: number, data: NumberData): boolean {
  const next = words[last + 1];
  if (!next || !data.timeUnits.has(next.lower)) return false;
  let a = last + 2;
  while (a < last + 5 && words[a] && data.halfWords.has(words[a]!.lower)) a++;
  const after = words[a];
  if (after && data.timeAfter.has(after.lower)) return true;
  const prev = words[first - 1];
  if (prev === undefined || !data.timeBefore.has(prev.lower)) return false;
  // "will lift the sanctions in 180 days": a planned delay is a length of time.
  for (let k = first - 2; k >= 0 && k >= first - FUTURE_LOOKBACK; k--) if (data.futureMarkers.has(words[k]!.lower)) return false;
  return true;
}
