// Word spans of a stretch of text, lower-cased for lexicon look-ups, with helpers to read the gaps between them.
import { isWordCharAt } from './chars';

export interface Word {
  start: number;
  end: number;
  /** Lower case, soft hyphens removed. */
  lower: string;
}

/** The words of text[start, end): runs of letters, marks and digits; a soft hyphen (U+00AD) stays inside. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    if (!isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const s = i;
    let soft = false;
    while (i < end && (isWordCharAt(text, i) || (text.charCodeAt(i) === 0xad && (soft = true)))) i++;
    const raw = text.slice(s, i);
    words.push({ start: s, end: i, lower: (soft ? raw.replace(/\u00AD/g, '') : raw).toLowerCase() });
  }
  return words;
}

/** Whether the gap between two words is only spacing, apostrophes or hyphens (the words belong together). */
export function isTightGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== "'" && c !== '’' && c !== '-' && c !== '\u00A0' && c !== '\u202F' && c !== '\u2011') return false;
  }
  return true;
}

/** Whether the gap between two words is a hyphen ("a-t-il", "dit-elle"). */
export function isHyphenGap(text: string, from: number, to: number): boolean {
  return to - from === 1 && (text[from] === '-' || text[from] === '\u2011');
}

export function isCapitalised(text: string, word: Word): boolean {
  const c = text[word.start]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isAllCaps(text: string, word: Word): boolean {
  const raw = text.slice(word.start, word.end);
  return raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}
