// Word spans of a stretch of text, lower-cased for lexicon look-ups, with helpers to read the gaps between them.
import { isUpperCode, isWordCharAt } from './chars';

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
    // Most words are plain lower-case ASCII, their own lower case.
    let cased = false;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) continue;
      if (c === 0xad) soft = true;
      else if (!isWordCharAt(text, i)) break;
      // A capital or a letter beyond ASCII (digits stay as they are).
      else if (c > 57) cased = true;
    }
    const raw = text.slice(s, i);
    words.push({ start: s, end: i, lower: soft ? raw.replace(/\u00AD/g, '').toLowerCase() : cased ? raw.toLowerCase() : raw });
  }
  return words;
}

/**
 * Exactly wordsIn(text, start, end), taken from `words` = wordsIn(text, from, to) of a stretch [from, to)
 * that holds [start, end): the claim finder asks for the words of every sentence, of every block's
 * opening and of the clause before every mention, and scanning each again cost more than its work on them.
 */
export function wordsWithin(words: readonly Word[], text: string, start: number, end: number): Word[] {
  // The first word ending after start, then the first starting at or after end.
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let past = lo;
  while (past < words.length && words[past]!.start < end) past++;
  if (lo >= past) return [];
  // A stretch that starts inside a word sees only that word's tail (rare: clause starts are after punctuation).
  if (words[lo]!.start < start) return wordsIn(text, start, end);
  const out = words.slice(lo, past);
  const last = out[out.length - 1]!;
  // A stretch that ends inside a word sees its head ("the first 200 characters of a block").
  if (last.end > end) out[out.length - 1] = wordsIn(text, last.start, end)[0]!;
  return out;
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
  return isUpperCode(text.charCodeAt(word.start));
}

export function isAllCaps(text: string, word: Word): boolean {
  const raw = text.slice(word.start, word.end);
  return raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}
