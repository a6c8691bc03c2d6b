// Word spans of a stretch of text, lower-cased for lexicon look-ups, with helpers to read the gaps between them.

export interface Word {
  start: number;
  end: number;
  /** Lower case, soft hyphens removed. */
  lower: string;
}

// Letters, marks and digits; the soft hyphen (U+00AD) stays inside a word.
const WORD = /[\p{L}\p{M}\p{N}\u00AD]+/gu;

/** The words of text[start, end). */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  // Matching on the slice keeps the scan inside the stretch, so that many stretches stay linear in total.
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const raw = m[0];
    words.push({
      start: start + m.index,
      end: start + m.index + raw.length,
      lower: (raw.includes('\u00AD') ? raw.replace(/\u00AD/g, '') : raw).toLowerCase(),
    });
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
