import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsIn, wordsWithin } from './words';

// Characters that make words interesting: capitals, accents, soft hyphens, apostrophes, marks,
// surrogate pairs, Greek sigma (whose lower case depends on what follows), line breaks.
const piece = fc.constantFrom(
  'a',
  'B',
  'é',
  'É',
  ' ',
  '\u00ad',
  '.',
  '’',
  "'",
  '-',
  'Σ',
  'σ',
  'İ',
  '𝐀',
  '😀',
  '\u0301',
  '7',
  '\n',
  'Word',
  'l’État',
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('wordsIn', () => {
  it('gives runs of letters, marks and digits in lower case, soft hyphens kept inside but dropped from the lower case', () => {
    const t = 'Le Pré\u00adsident, 3 fois: « OUI ».';
    expect(wordsIn(t, 0, t.length).map((w) => [t.slice(w.start, w.end), w.lower])).toEqual([
      ['Le', 'le'],
      ['Pré\u00adsident', 'président'],
      ['3', '3'],
      ['fois', 'fois'],
      ['OUI', 'oui'],
    ]);
  });

  it('lower-cases every word as toLowerCase does, plain words included', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const w of wordsIn(t, 0, t.length)) expect(w.lower).toBe(t.slice(w.start, w.end).replaceAll('\u00ad', '').toLowerCase());
      }),
    );
  });
});

describe('wordsWithin', () => {
  it('gives exactly what scanning the stretch would, even when it starts or ends inside a word', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (t, a, b, c, d) => {
        // An outer stretch [from, to) and an inner one [start, end) inside it.
        const [from, to] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y) as [number, number];
        const span = to - from + 1;
        const [start, end] = [from + (c % span), from + (d % span)].sort((x, y) => x - y) as [number, number];
        expect(wordsWithin(wordsIn(t, from, to), t, start, end)).toEqual(wordsIn(t, start, end));
      }),
      { numRuns: 500 },
    );
  });
});
