// The lexicon notation, expanded with a language's morphology.
import { describe, expect, it } from 'vitest';
import { englishMorphology } from './en/morphology';
import { frenchMorphology } from './fr/morphology';
import { expand, expandPlain } from './notation';

describe('the lexicon notation', () => {
  it('gives the entries of a plain list as they are', () => {
    expect(expandPlain('the|of|and')).toEqual(['the', 'of', 'and']);
    expect(expandPlain('')).toEqual([]);
    expect(expandPlain(' a | b |')).toEqual(['a', 'b']);
  });

  it('expands alternatives word by word, "_" a space inside one', () => {
    expect(expandPlain('fait/font savoir/part')).toEqual(['fait savoir', 'fait part', 'font savoir', 'font part']);
    expect(expandPlain('suscité la_colère/des_critiques')).toEqual(['suscité la colère', 'suscité des critiques']);
  });

  it('expands longer forms and endings', () => {
    expect(expandPlain('président~e|party chair~man~woman')).toEqual([
      'président',
      'présidente',
      'party chair',
      'party chairman',
      'party chairwoman',
    ]);
    expect(expandPlain('direct(eur,rice)')).toEqual(['directeur', 'directrice']);
  });

  it("conjugates stem+ and inflects word* by the language's morphology", () => {
    expect(expand('insist+|argue+|deny+', englishMorphology)).toEqual([
      'insist',
      'insists',
      'insisted',
      'insisting',
      'argue',
      'argues',
      'argued',
      'arguing',
      'deny',
      'denies',
      'denied',
      'denying',
    ]);
    expect(expand('rappeler+', frenchMorphology)).toContain('rappelle');
    expect(expand('considérer+', frenchMorphology)).toContain('considère');
    expect(expand('sommé* de', frenchMorphology)).toEqual(['sommé de', 'sommée de', 'sommés de', 'sommées de']);
  });

  it('keeps pairs as written', () => {
    expect(expandPlain('advises:adviser|primature:premier ministre')).toEqual(['advises:adviser', 'primature:premier ministre']);
  });
});
