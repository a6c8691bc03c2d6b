import { describe, expect, it } from 'vitest';
import { isLetterAt, isWordCharAt } from './chars';

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
});
