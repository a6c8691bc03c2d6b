import { describe, expect, it } from 'vitest';
import { fold, queryTerms } from './fold';

describe('fold', () => {
  it('drops case and accents', () => {
    expect(fold('Département d’État — Québec')).toBe("departement d'etat - quebec");
  });
  it('expands ligatures so "coeur" finds "cœur"', () => {
    expect(fold('Le Cœur')).toContain('coeur');
  });
  it('keeps text without accents as it was, lower-cased', () => {
    expect(fold('Gina Raimondo')).toBe('gina raimondo');
  });
});

describe('queryTerms', () => {
  it('splits on spaces and folds each word', () => {
    expect(queryTerms('  Sécurité   NATIONALE ')).toEqual(['securite', 'nationale']);
  });
  it('returns nothing for an empty or blank query', () => {
    expect(queryTerms('   ')).toEqual([]);
  });
  it('strips quotes around words', () => {
    expect(queryTerms('«piratage»')).toEqual(['piratage']);
  });
});
