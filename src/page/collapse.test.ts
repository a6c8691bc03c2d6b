// White-space collapsing: checked against a plain character-by-character reading (the one the
// text model used first) on arbitrary strings of letters, spaces, other white space, soft hyphens
// and zero-width spaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse } from './collapse';

function reference(data: string, afterSpace: boolean) {
  let text = '';
  const map: number[] = [];
  let lastSpace = afterSpace;
  for (let i = 0; i < data.length; i++) {
    const ch = data[i]!;
    if (/[\s\u00AD\u200B]/.test(ch)) {
      if ('\u00AD\u200B'.includes(ch) || lastSpace) continue;
      text += ' ';
      lastSpace = true;
    } else {
      text += ch;
      lastSpace = false;
    }
    map.push(i);
  }
  return { text, map, endsWithSpace: data.length === 0 ? afterSpace : lastSpace };
}

const pieces = fc.constantFrom('a', 'b', 'É', '.', ' ', ' ', '\n', '\t', '\u00A0', '\u00AD', '\u200B', '  ');

describe('collapse', () => {
  it('reads like the character-by-character reference, offsets included', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.boolean(), (parts, afterSpace) => {
        const data = parts.join('');
        const got = collapse(data, afterSpace);
        const want = reference(data, afterSpace);
        expect(got.text).toBe(want.text);
        expect(got.endsWithSpace).toBe(want.endsWithSpace);
        expect(got.map ? [...got.map] : [...got.text].map((_, i) => i)).toEqual(want.map);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps plain text as it is, without a map', () => {
    expect(collapse('Antony Blinken said ', false)).toEqual({ text: 'Antony Blinken said ', map: null, endsWithSpace: true });
  });

  it('collapses a run across lines to one space, mapped to where the run starts', () => {
    const got = collapse('a\n   b', false);
    expect(got.text).toBe('a b');
    expect([...got.map!]).toEqual([0, 1, 5]);
  });

  it('drops a leading space after a space, and soft hyphens inside words', () => {
    expect(collapse(' Bay\u00ADrou', true).text).toBe('Bayrou');
  });
});
