import { describe, expect, it } from 'vitest';
import { compileClaimLexicon } from '../claims/lexicon';
import { english } from '../lexicon/en';
import { french } from '../lexicon/fr';
import { splitSentences } from './sentences';

const en = compileClaimLexicon(english).sentenceRules;
const fr = compileClaimLexicon(french).sentenceRules;
const split = (text: string, rules = en) => splitSentences(text, rules).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits plain sentences and trims them', () => {
    expect(split('  One thing happened. Then another! Did it? ')).toEqual(['One thing happened.', 'Then another!', 'Did it?']);
  });

  it('does not split after titles, initials or dotted abbreviations', () => {
    expect(split('Sen. Mary Lowe met Gov. Tom Reyes and Dr. Ann Poe in St. Louis on Jan. 5. They spoke.')).toEqual([
      'Sen. Mary Lowe met Gov. Tom Reyes and Dr. Ann Poe in St. Louis on Jan. 5.',
      'They spoke.',
    ]);
    expect(split('Pam R. Doyle said the U.S. Navy would stay.')).toEqual(['Pam R. Doyle said the U.S. Navy would stay.']);
    expect(split('M. Dupont et Mme Leroy ont parlé. Puis ils sont partis.', fr)).toEqual([
      'M. Dupont et Mme Leroy ont parlé.',
      'Puis ils sont partis.',
    ]);
  });

  it('splits after a dotted abbreviation when a usual sentence opener follows', () => {
    expect(split('They moved to the U.S. The family stayed.')).toEqual(['They moved to the U.S.', 'The family stayed.']);
  });

  it('keeps a closing quotation mark with the sentence it ends', () => {
    expect(split('“We will win.” The crowd cheered.')).toEqual(['“We will win.”', 'The crowd cheered.']);
    expect(split('Il a parlé de « désinformation. » Puis il est parti.', fr)).toEqual([
      'Il a parlé de « désinformation. »',
      'Puis il est parti.',
    ]);
  });

  it('splits inside a long quotation, but not before a lower-case continuation', () => {
    expect(split('« Nous mangerons. Nous boirons », a-t-il dit.', fr)).toEqual(['« Nous mangerons.', 'Nous boirons », a-t-il dit.']);
    expect(split('“Is it over?” she asked.')).toEqual(['“Is it over?” she asked.']);
  });

  it('treats every line as a hard boundary, a headline with no stop included', () => {
    expect(split('A headline without a stop\nThe body starts here. It goes on.')).toEqual([
      'A headline without a stop',
      'The body starts here.',
      'It goes on.',
    ]);
  });

  it('does not split decimals, ellipses or glued stops', () => {
    expect(split('It rose 3.5 per cent… Then it fell. The U.S.-led talks… went on.')).toEqual([
      'It rose 3.5 per cent… Then it fell.',
      'The U.S.-led talks… went on.',
    ]);
  });

  it('returns nothing for blank text and keeps offsets inside the text', () => {
    expect(splitSentences('', en)).toEqual([]);
    expect(splitSentences(' \n\n \t', en)).toEqual([]);
    const text = '...?!. “ ” « » \n. . .';
    for (const s of splitSentences(text, en)) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeLessThan(s.end);
    }
  });
});

describe('splitSentences on news abbreviations and numbers', () => {
  it('keeps titles, "No.", "U.S.-based" and "p. ex." inside the sentence', () => {
    expect(split('Dr. Ann Poe met Mr. Tom Reyes and Gov. Lee Park. The U.S.-based firm is ranked No. 2 in the state.')).toEqual([
      'Dr. Ann Poe met Mr. Tom Reyes and Gov. Lee Park.',
      'The U.S.-based firm is ranked No. 2 in the state.',
    ]);
    expect(split('Il y a des fruits, p. ex. des pommes. M. Roux et Mme Lenoir sont venus.', fr)).toEqual([
      'Il y a des fruits, p. ex. des pommes.',
      'M. Roux et Mme Lenoir sont venus.',
    ]);
  });

  it('keeps French numbers whole', () => {
    expect(split('Le taux est de 3,5 % et 1 200 personnes sont venues. Rien de plus.', fr)).toEqual([
      'Le taux est de 3,5 % et 1 200 personnes sont venues.',
      'Rien de plus.',
    ]);
  });

  it('splits after "?!" and after an abbreviation that ends a sentence before a usual opener', () => {
    expect(split('Vraiment ?! Elle est partie.', fr)).toEqual(['Vraiment ?!', 'Elle est partie.']);
    expect(split('They sold books, pens, etc. The shop closed. He left at 5 p.m. Then she came.')).toEqual([
      'They sold books, pens, etc.',
      'The shop closed.',
      'He left at 5 p.m.',
      'Then she came.',
    ]);
    expect(split('Il vit aux É.-U. Le maire a parlé.', fr)).toEqual(['Il vit aux É.-U.', 'Le maire a parlé.']);
  });

  it('keeps an ellipsis inside its sentence', () => {
    expect(split('Il était là… puis il est parti. Fin.', fr)).toEqual(['Il était là… puis il est parti.', 'Fin.']);
  });
});
