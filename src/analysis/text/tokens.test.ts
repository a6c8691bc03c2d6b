import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Kind, tokenize } from './tokens';

const words = (s: string) => tokenize(s, { abbreviations: new Set(['mr', 'sen', 'gen', 'lt']) }).filter((t) => t.kind === Kind.Word);

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
