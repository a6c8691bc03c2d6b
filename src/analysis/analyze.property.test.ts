// Property tests of analyze() as a whole: whatever string it is given, it returns and every offset is sound.
// They run it strict, so a stage that throws fails them instead of being swallowed by the page's safety net.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze } from './index';
import { CLAIM_KINDS } from './types';

/** Every offset within the text with start < end, every claim with known kinds. One assertion, for speed on 5 MB. */
function expectSound(text: string, result: Analysis): void {
  const bad: unknown[] = [];
  const spans = [...result.claims, ...result.people.flatMap((p) => p.mentions)];
  for (const s of spans) {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end;
    if (!ok && bad.length < 5) bad.push({ start: s.start, end: s.end });
  }
  for (const c of result.claims) {
    if ((c.kinds.length === 0 || c.kinds.some((k) => !CLAIM_KINDS.includes(k))) && bad.length < 5) bad.push(c);
  }
  expect(bad).toEqual([]);
}

const langs = fc.constantFrom(undefined, 'en', 'fr', 'de', 'ar', 'EN-us', '');

function check(text: string, lang: string | undefined): void {
  const result = analyze(text, lang === undefined ? { strict: true } : { lang, strict: true });
  expectSound(text, result);
}

// Pieces of news text, punctuation and scripts that stress the splitter, quote pairing and name finding.
const pieces = fc.constantFrom(
  'Mr. ',
  'M. ',
  'Mme ',
  'Sen. ',
  'U.S. ',
  'R. ',
  'Nikki ',
  'Haley',
  'said ',
  'a déclaré ',
  'a-t-il ajouté',
  'selon ',
  'according to ',
  'aurait ',
  'reportedly ',
  '12 ',
  '2 209 ',
  '$3.5 billion',
  '13%',
  'deux douzaines ',
  '«',
  '»',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  ' « ',
  ' » ',
  '.',
  '. ',
  '!',
  '?',
  '…',
  ',',
  ', ',
  ':',
  ';',
  '—',
  '(',
  ')',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\u00A0',
  '\u00AD',
  '\u200B',
  'مرحبا ',
  'שלום ',
  '\u202E',
  '😀',
  '👩‍👩‍👧',
  '\uD800',
  '\uDC00',
  'Le ',
  'la ',
  'The ',
  'qui ',
  'who ',
  'Microsoft',
  'Wall Street Journal',
  'il ',
  'he ',
);
const newsLike = fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join(''));

describe('analyze() properties', () => {
  it('never throws on random Unicode and returns sound offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), langs, (text, lang) => check(text, lang)),
      { numRuns: 300 },
    );
  });

  it('never throws on text made of news pieces, unpaired quotation marks, RTL scripts and emoji', () => {
    fc.assert(
      fc.property(newsLike, langs, (text, lang) => check(text, lang)),
      { numRuns: 500 },
    );
  });

  it('never throws on punctuation only', () => {
    const punctuation = fc.array(fc.constantFrom(...'.,;:!?…«»“”"\'‘’()[]{}—–-/\\*&%$#@ \n\t'), { maxLength: 300 }).map((c) => c.join(''));
    fc.assert(
      fc.property(punctuation, langs, (text, lang) => check(text, lang)),
      { numRuns: 200 },
    );
  });

  it('never throws on right-to-left scripts and emoji', () => {
    const rtl = fc
      .array(fc.constantFrom('مرحبا', 'بالعالم', 'שלום', 'עולם', '😀', '🇫🇷', '\u200F', '\u202B', ' ', '. ', '« ', ' »', '\n'), {
        maxLength: 120,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(rtl, langs, (text, lang) => check(text, lang)),
      { numRuns: 200 },
    );
  });

  it('handles 5 MB inputs', () => {
    // Two runs only: each input is 5 MB, a real news paragraph and a random piece repeated.
    const article =
      'Les comptes de l’ambassadeur américain en Chine Nicholas Burns ont été piratés, a rapporté jeudi le Wall Street ' +
      'Journal. « Nous prendrons les mesures appropriées », a-t-il ajouté. Mr. Obama said 40 people "might" leave.\n\n';
    fc.assert(
      fc.property(newsLike, langs, (piece, lang) => {
        const unit = article + piece;
        const text = unit.repeat(Math.ceil(5_000_000 / unit.length)).slice(0, 5_000_000);
        const result = analyze(text, lang === undefined ? { strict: true } : { lang, strict: true });
        expectSound(text, result);
        expect(result.claims.length).toBeGreaterThan(1000);
      }),
      { numRuns: 2 },
    );
  });
});
