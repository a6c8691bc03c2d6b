// The page's safety net and the tests' strict entry: a stage that throws costs its results, or fails loudly when strict.
import { describe, expect, it, vi } from 'vitest';
import { analyze } from './index';

vi.mock('./people/find-people', async (original) => ({
  ...(await original<typeof import('./people/find-people')>()),
  findPeople: () => {
    throw new Error('people stage failed');
  },
}));

const TEXT = 'Le ministre Paul Ferrandi a déclaré que 40 personnes auraient été évacuées.';

describe('a stage that throws', () => {
  it('leaves its results empty and the other stages running, by default', () => {
    const result = analyze(TEXT, { lang: 'fr' });
    expect(result.people).toEqual([]);
    expect(result.claims.length).toBe(1);
  });

  it('throws when the call is strict', () => {
    expect(() => analyze(TEXT, { lang: 'fr', strict: true })).toThrow('people stage failed');
  });
});
