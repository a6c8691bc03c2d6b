import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Kind, tokenize, wordsIn, wordsWithin } from './tokens';

// Options as a language pack gives them: abbreviations keeping their stop, elisions, possessive endings.
const options = { abbreviations: new Set(['mr', 'sen', 'gen', 'lt']), elisions: new Set(['l', 'd', 'qu']), possessives: ['s'] };
const words = (s: string) => tokenize(s, options).filter((t) => t.kind === Kind.Word);

describe('tokenize', () => {
  it('keeps hyphenated and accented words whole and gives exact offsets', () => {
    const text = 'Jean-Baptiste Lévêque-Moreau arrived.';
    const ws = words(text);
    expect(ws.map((t) => t.text)).toEqual(['Jean-Baptiste', 'Lévêque-Moreau', 'arrived']);
    for (const t of ws) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('cuts French elisions off the word they lean on', () => {
    const ws = words("l’ambassadeur d'Estonie");
    expect(ws.map((t) => t.lower)).toEqual(["l'", 'ambassadeur', "d'", 'estonie']);
  });

  it('removes soft hyphens from the text but keeps offsets on the original', () => {
    const text = 'Mr. Tala\u00advera spoke';
    const t = words(text)[1]!;
    expect(t.text).toBe('Talavera');
    expect(text.slice(t.start, t.end)).toBe('Tala\u00advera');
  });

  it('leaves a possessive outside the word', () => {
    const text = 'Okonkwo’s plan';
    const t = words(text)[0]!;
    expect(t.text).toBe('Okonkwo');
    expect(t.possessive).toBe(true);
    expect(text.slice(t.start, t.end)).toBe('Okonkwo');
  });

  it('gives initials and known abbreviations their full stop', () => {
    const ws = words('Lt. Gen. Mara J. Quill');
    expect(ws.map((t) => t.text)).toEqual(['Lt.', 'Gen.', 'Mara', 'J.', 'Quill']);
    expect(ws[3]!.dotted).toBe(true);
  });

  it('marks sentence starts after a stop, a colon and a line break, through opening quotes', () => {
    const ws = words('one. « Two\nthree: four');
    expect(ws.map((t) => t.sentenceStart)).toEqual([true, true, true, true]);
    expect(words('a b')[1]!.sentenceStart).toBe(false);
  });

  it('gives every word its lower case, typographic apostrophes made plain, whatever its letters', () => {
    const piece = fc.constantFrom('a', 'Z', 'é', 'É', 'ß', 'İ', 'Σ', 'ʼ', '’', "'", '-', '\u2011', '\u00ad', '7', ' ', 'l’', "qu'", "'s");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        for (const t of words(parts.join(''))) expect(t.lower).toBe(t.text.toLowerCase().replace(/[\u2019\u02bc]/g, "'"));
      }),
    );
  });

  it('never throws and keeps every offset inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        for (const t of tokenize(s)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(t.start).toBeLessThan(t.end);
        }
      }),
    );
  });
});

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

describe('the two grains', () => {
  it('agree: every word lies inside one token, but the s of a possessive', () => {
    fc.assert(
      fc.property(text, (t) => {
        const tokens = tokenize(t).filter((k) => k.kind === Kind.Word);
        for (const w of wordsIn(t, 0, t.length)) {
          const inside = tokens.some((k) => k.start <= w.start && w.end <= k.end);
          const possessive = tokens.some((k) => k.possessive && k.end + 1 === w.start);
          if (!inside && !possessive) expect({ word: t.slice(w.start, w.end), in: t }).toBe('inside a token');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('read letters beyond the Basic Multilingual Plane as letters, and a trailing soft hyphen as no part of a word', () => {
    const text = 'Dr 𝐀lex Smith\u00ad said';
    expect(tokenize(text).map((k) => k.text)).toEqual(['Dr', '𝐀lex', 'Smith', 'said']);
    expect(wordsIn(text, 0, text.length).map((w) => text.slice(w.start, w.end))).toEqual(['Dr', '𝐀lex', 'Smith', 'said']);
  });
});
