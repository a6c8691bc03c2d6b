// Fast character classes for the scanners: a letter, mark or digit is a word character. The code units
// of Latin scripts, combining marks and general punctuation are classified by a fixed table, so a news
// text in English or French never compiles a Unicode regex (that costs the first analysis a few
// milliseconds); other code units are classified once with the regex and cached.

// 0 unknown, 1 word character, 2 other; 4 is added for letters.
const WORD = 1;
const OTHER = 2;
const LETTER_BIT = 4;
const cache = new Uint8Array(0x10000);

function fillLatin(): void {
  for (let c = 0; c < 128; c++) {
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    cache[c] = letter ? WORD | LETTER_BIT : c >= 48 && c <= 57 ? WORD : OTHER;
  }
  // Latin-1: ª µ º are letters, ² ³ ¹ ¼ ½ ¾ are numbers, the rest of 0x80–0xBF is neither.
  for (let c = 0x80; c < 0xc0; c++) cache[c] = OTHER;
  for (const c of [0xaa, 0xb5, 0xba]) cache[c] = WORD | LETTER_BIT;
  for (const c of [0xb2, 0xb3, 0xb9, 0xbc, 0xbd, 0xbe]) cache[c] = WORD;
  // Latin-1 letters (but × and ÷), Latin Extended-A and -B, IPA extensions: all letters.
  for (let c = 0xc0; c < 0x2b0; c++) cache[c] = WORD | LETTER_BIT;
  cache[0xd7] = OTHER;
  cache[0xf7] = OTHER;
  // Combining diacritical marks.
  for (let c = 0x300; c < 0x370; c++) cache[c] = WORD;
  // General punctuation (spaces, dashes, curly quotes…) and currency signs.
  for (let c = 0x2000; c < 0x2070; c++) cache[c] = OTHER;
  for (let c = 0x20a0; c < 0x20d0; c++) cache[c] = OTHER;
}
fillLatin();

let wordCharRegex: RegExp | undefined;
let letterRegex: RegExp | undefined;
function isWordCharPoint(ch: string): boolean {
  wordCharRegex ??= /[\p{L}\p{M}\p{N}]/u;
  return wordCharRegex.test(ch);
}

function classify(code: number): number {
  let c = cache[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    letterRegex ??= /\p{L}/u;
    c = (isWordCharPoint(ch) ? WORD : OTHER) | (letterRegex.test(ch) ? LETTER_BIT : 0);
    cache[code] = c;
  }
  return c;
}

/** Whether text[i] is a letter, mark or digit. A surrogate pair counts when its code point does. */
export function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) {
    const point = text.codePointAt(code <= 0xdbff ? i : i - 1);
    return point !== undefined && point > 0xffff && isWordCharPoint(String.fromCodePoint(point));
  }
  return (classify(code) & WORD) === WORD;
}

/** Whether text[i] is a letter (not a digit). */
export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (Number.isNaN(code) || (code >= 0xd800 && code <= 0xdfff)) return false;
  return (classify(code) & LETTER_BIT) === LETTER_BIT;
}

// 0 unknown, 1 not upper case, 2 upper case.
const upperCache = new Uint8Array(0x10000);

/**
 * Whether a code unit is an upper-case letter, as `c !== c.toLowerCase() && c === c.toUpperCase()` says
 * of the one-unit string (two case conversions per look-up cost more than the rest of a word's checks).
 */
export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  let u = upperCache[code];
  if (u === 0) {
    const ch = String.fromCharCode(code);
    u = ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? 2 : 1;
    upperCache[code] = u;
  }
  return u === 2;
}
