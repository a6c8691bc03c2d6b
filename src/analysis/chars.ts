// Fast character classes for the scanners: a letter, mark or digit is a word character. Code units are
// classified once with a Unicode regex and cached, so the hot loops never run a regex per character.

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;
// 0 unknown, 1 word character, 2 other; 4 is added for letters.
const cache = new Uint8Array(0x10000);

function classify(code: number): number {
  let c = cache[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = (WORD_CHAR.test(ch) ? 1 : 2) | (LETTER.test(ch) ? 4 : 0);
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
    return point !== undefined && point > 0xffff && WORD_CHAR.test(String.fromCodePoint(point));
  }
  return (classify(code) & 1) === 1;
}

/** Whether text[i] is a letter (not a digit). */
export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (Number.isNaN(code) || (code >= 0xd800 && code <= 0xdfff)) return false;
  return (classify(code) & 4) === 4;
}
