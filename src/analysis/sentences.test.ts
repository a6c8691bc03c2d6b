import { describe, expect, it } from 'vitest';
import { compileClaimLexicon } from './claims';
import { enClaims } from './lexicon/en.claims';
import { frClaims } from './lexicon/fr.claims';
import { splitSentences } from './sentences';

const en = compileClaimLexicon(enClaims).sentenceRules;
const fr = compileClaimLexicon(frClaims).sentenceRules;
const split = (text: string, rules = en) => splitSentences(text, rules).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits plain sentences and trims them', () => {
    expect(split('  One thing happened. Then another! Did it? ')).toEqual([
      'One thing happened.',
      'Then another!',
      'Did it?',
    ]);
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
