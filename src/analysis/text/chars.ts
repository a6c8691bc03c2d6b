// The one character classifier of the engine: letter, digit, space, line break or other, for every UTF-16
// code unit, and whether a letter is upper or lower case. The code units of Latin scripts, combining marks
// and general punctuation are classified by fixed ranges, so a news text in English or French never
// compiles a Unicode regex (that costs the first analysis a few milliseconds); other code units are
// classified once with the regexes and cached.

/** The class of a code unit. Letter covers letters and combining marks; Space covers invisible format characters. */
export enum C {
  Other = 0,
  Letter = 1,
  Digit = 2,
  Space = 3,
  Newline = 4,
}

// A table entry: its class + 1 (0 = not classified yet), plus LETTER_BIT for a letter proper (\p{L}, not a mark).
const CLASS_MASK = 7;
const LETTER_BIT = 8;
const table = new Uint8Array(0x10000);

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;
/** Zero-width spaces and joiners, the word joiner and the byte-order mark: no word character, no visible mark. */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

const entry = (c: C, letter = false) => (c + 1) | (letter ? LETTER_BIT : 0);

function fillFixedRanges(): void {
  for (let c = 0; c < 128; c++) {
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    const cls = letter
      ? C.Letter
      : c >= 48 && c <= 57
        ? C.Digit
        : c === 10 || c === 13
          ? C.Newline
          : c === 32 || c === 9 || c === 11 || c === 12
            ? C.Space
            : C.Other;
    table[c] = entry(cls, letter);
  }
  // Latin-1 signs: ª µ º are letters, ² ³ ¹ ¼ ½ ¾ are numbers, NEL ends a line, the no-break space is a space.
  for (let c = 0x80; c < 0xc0; c++) table[c] = entry(C.Other);
  for (const c of [0xaa, 0xb5, 0xba]) table[c] = entry(C.Letter, true);
  for (const c of [0xb2, 0xb3, 0xb9, 0xbc, 0xbd, 0xbe]) table[c] = entry(C.Digit);
  table[0x85] = entry(C.Newline);
  table[0xa0] = entry(C.Space);
  // Latin-1 letters (but × and ÷), Latin Extended-A and -B, IPA extensions: all letters.
  for (let c = 0xc0; c < 0x2b0; c++) table[c] = entry(C.Letter, true);
  table[0xd7] = entry(C.Other);
  table[0xf7] = entry(C.Other);
  // Combining diacritical marks: word characters, not letters proper.
  for (let c = 0x300; c < 0x370; c++) table[c] = entry(C.Letter);
  // General punctuation: spaces (no-break, thin, zero-width), line and paragraph separators, dashes, quotes.
  for (let c = 0x2000; c < 0x2070; c++) {
    const space = c <= 0x200d || c === 0x202f || c === 0x205f || c === 0x2060;
    table[c] = entry(c === 0x2028 || c === 0x2029 ? C.Newline : space ? C.Space : C.Other);
  }
  // Currency signs (€).
  for (let c = 0x20a0; c < 0x20d0; c++) table[c] = entry(C.Other);
  table[0xfeff] = entry(C.Space);
}
fillFixedRanges();

function lookUp(code: number): number {
  let e = table[code]!;
  if (e === 0) {
    const ch = String.fromCharCode(code);
    const letter = LETTER.test(ch);
    let cls: C;
    if (letter || MARK.test(ch)) cls = C.Letter;
    else if (DIGIT.test(ch)) cls = C.Digit;
    else if (SPACE.test(ch) || INVISIBLE.has(code)) cls = C.Space;
    else cls = C.Other;
    e = entry(cls, letter);
    table[code] = e;
  }
  return e;
}

/**
 * The class of one UTF-16 code unit. A surrogate is Other: callers that must see letters beyond the
 * Basic Multilingual Plane ask isWordCharAt, which reads the code point.
 */
export function charClass(code: number): C {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return C.Letter;
    if (code >= 48 && code <= 57) return C.Digit;
  }
  if (code >= 0xd800 && code <= 0xdfff) return C.Other;
  return ((lookUp(code) & CLASS_MASK) - 1) as C;
}

/** Whether a code unit is a word character: a letter, a combining mark or a digit. */
export function isWordCode(code: number): boolean {
  const c = charClass(code);
  return c === C.Letter || c === C.Digit;
}

/** Whether text[i] is a letter, mark or digit. A surrogate pair counts when its code point does. */
export function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) {
    const point = text.codePointAt(code <= 0xdbff ? i : i - 1);
    if (point === undefined || point <= 0xffff) return false;
    const ch = String.fromCodePoint(point);
    return LETTER.test(ch) || MARK.test(ch) || DIGIT.test(ch);
  }
  return isWordCode(code);
}

/** Whether text[i] is a letter proper (not a mark, not a digit). */
export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (Number.isNaN(code) || (code >= 0xd800 && code <= 0xdfff)) return false;
  return (lookUp(code) & LETTER_BIT) !== 0;
}

/** Whether text[i] is a space (no-break and thin ones and invisible format characters too; not a line break). */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 32 || (code > 127 && charClass(code) === C.Space) || code === 9 || code === 11 || code === 12;
}

/** Whether a code unit ends a line: \n, \r, NEL, U+2028, U+2029. Asked of every character, so comparisons only. */
export function isLineBreakCode(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85;
}

// 0 unknown, 1 neither, 2 upper case, 3 lower case.
const caseCache = new Uint8Array(0x10000);

function caseOf(code: number): number {
  let k = caseCache[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    k = ch !== lower && ch === upper ? 2 : ch !== upper && ch === lower ? 3 : 1;
    caseCache[code] = k;
  }
  return k;
}

/**
 * Whether a code unit is an upper-case letter, as `c !== c.toLowerCase() && c === c.toUpperCase()` says
 * of the one-unit string (two case conversions per look-up cost more than the rest of a word's checks).
 */
export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return !Number.isNaN(code) && caseOf(code) === 2;
}

/** Whether a code unit is a lower-case letter (`c !== c.toUpperCase() && c === c.toLowerCase()`). */
export function isLowerCode(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return !Number.isNaN(code) && caseOf(code) === 3;
}

/** Whether the character at `at` is an upper-case letter (false past the end). */
export function isUpperAt(text: string, at: number): boolean {
  return isUpperCode(text.charCodeAt(at));
}
