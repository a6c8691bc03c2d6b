import { describe, expect, it } from 'vitest';
import { fold, queryTerms, searchTerms } from './fold';

describe('fold', () => {
  it('drops case and accents', () => {
    expect(fold('Département d’État — Québec')).toBe('departement d’etat — quebec');
  });
  it('expands ligatures and compatibility forms so "coeur" finds "cœur" and "fin" finds "ﬁn"', () => {
    expect(fold('Le Cœur')).toBe('le coeur');
    expect(fold('ﬁn de l’Ĳssel')).toBe('fin de l’ijssel');
  });
  it('keeps text without accents as it was, lower-cased', () => {
    expect(fold('Gina Raimondo')).toBe('gina raimondo');
  });
});

describe('searchTerms and queryTerms', () => {
  it('split on apostrophes, dashes and quotes alike, so "l\'Etat" finds "l’État"', () => {
    expect(searchTerms('le secrétaire d’État — «piratage»')).toEqual(['le', 'secretaire', 'etat', 'piratage']);
    expect(queryTerms("d'Etat")).toEqual(['etat']);
  });
  it('fold the query the same way, longest word first', () => {
    expect(queryTerms('  Sécurité   NATIONALE ')).toEqual(['nationale', 'securite']);
    expect(queryTerms('«piratage»')).toEqual(['piratage']);
  });
  it('give nothing for an empty or blank query, and keep a lone first letter', () => {
    expect(queryTerms('   ')).toEqual([]);
    expect(queryTerms('S')).toEqual(['s']);
  });
});
