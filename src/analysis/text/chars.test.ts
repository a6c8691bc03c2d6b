import { describe, expect, it } from 'vitest';
import { C, charClass, isLetterAt, isLowerCode, isSpaceAt, isUpperCode, isWordCharAt } from './chars';

describe('character classes', () => {
  it('agree with the Unicode regexes on every BMP code unit, fixed table or not', () => {
    const word = /[\p{L}\p{M}\p{N}]/u;
    const letter = /\p{L}/u;
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      if (isWordCharAt(s, 0) !== word.test(s) || isLetterAt(s, 0) !== letter.test(s)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('classifies surrogate pairs by their code point', () => {
    expect(isWordCharAt('𝐀', 0)).toBe(true);
    expect(isWordCharAt('𝐀', 1)).toBe(true);
    expect(isWordCharAt('😀', 0)).toBe(false);
    expect(isLetterAt('𝐀', 0)).toBe(false);
  });

  it('gives every UTF-16 code unit the class the Unicode regexes give it', () => {
    const reference = (code: number): C => {
      const ch = String.fromCharCode(code);
      if (code >= 0xd800 && code <= 0xdfff) return C.Other;
      if (code === 0x2028 || code === 0x2029 || code === 0x85 || code === 10 || code === 13) return C.Newline;
      if (/[\p{L}\p{M}]/u.test(ch)) return C.Letter;
      if (/\p{N}/u.test(ch)) return C.Digit;
      if (/\s/u.test(ch) || [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff].includes(code)) return C.Space;
      return C.Other;
    };
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) if (charClass(code) !== reference(code)) wrong.push(code.toString(16));
    expect(wrong).toEqual([]);
  });

  it('tells upper from lower case as the case mappings do', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      const upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
      const lower = ch !== ch.toUpperCase() && ch === ch.toLowerCase();
      if (isUpperCode(code) !== upper || isLowerCode(code) !== lower) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('counts no-break, thin and zero-width spaces as spaces, never a line break or the end of the text', () => {
    for (const s of [' ', '\t', '\u00a0', '\u202f', '\u2009', '\u200b', '\ufeff', '\u3000']) expect(isSpaceAt(s, 0)).toBe(true);
    for (const s of ['\n', '\r', '\u2028', 'a', '.', '']) expect(isSpaceAt(s, 0)).toBe(false);
  });
});
