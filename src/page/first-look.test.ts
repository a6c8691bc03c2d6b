// The first look draws only the names the rest of the article never repeats: the rest could
// give such a person a role, or make the name ambiguous.
import { describe, expect, it } from 'vitest';
import type { Person } from '../analysis/types';
import { settledPeople } from './first-look';

const person = (name: string): Person => ({ name, role: null, official: false, mentions: [{ start: 0, end: name.length }] });

describe('settledPeople', () => {
  const analysed = 'François Bayrou met Li Qiang and Xi in Paris.';

  it('keeps a name the rest of the article does not mention again', () => {
    const whole = `${analysed}\n\nThe talks went on late into the night.`;
    expect(settledPeople([person('François Bayrou')], analysed, whole).map((p) => p.name)).toEqual(['François Bayrou']);
  });

  it('holds back a name whose surname comes back later (a role may follow)', () => {
    const whole = `${analysed}\n\nLe ministre de la Justice Bayrou a répondu.`;
    expect(settledPeople([person('François Bayrou')], analysed, whole)).toEqual([]);
  });

  it('searches the long words of a name, or all of them when every word is short', () => {
    const whole = `${analysed}\n\nLi said nothing. Later Xi left.`;
    // "Li" is too short to tell (Qiang is not repeated); "Xi" is the whole name and is repeated.
    expect(settledPeople([person('Li Qiang'), person('Xi')], analysed, whole).map((p) => p.name)).toEqual(['Li Qiang']);
  });

  it('ignores soft hyphens the page has inside a repeated name', () => {
    const whole = `${analysed}\n\nBay\u00ADrou a répondu.`;
    expect(settledPeople([person('François Bayrou')], analysed, whole)).toEqual([]);
  });
});
