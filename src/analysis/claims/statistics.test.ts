// What is not a statistic, whatever the page: dates, reading times, pagers, paywall and media lines, ages.
// Each line is a block of an article in English or in French, as page furniture leaks into the article text.
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

const PAGES = {
  en: 'The government announced on Tuesday a new plan to curb energy prices, the minister said in a statement.',
  fr: "Le gouvernement a présenté mercredi un projet de loi sur l'énergie, a indiqué la ministre dans un communiqué.",
};

/** The claims that cover `line`, a block of its own between two sentences of an article in `lang`. */
function claimsOn(line: string, lang: 'en' | 'fr') {
  const text = `${PAGES[lang]}\n\n${line}\n\n${PAGES[lang]}`;
  const start = PAGES[lang].length + 2;
  return analyze(text, { lang, strict: true })
    .claims.filter((c) => c.start < start + line.length && c.end > start)
    .map((c) => ({ kinds: c.kinds, cue: c.cue }));
}

/** The kinds of the one claim a sentence makes, or null when it makes none. */
function kindsOf(sentence: string, lang: 'en' | 'fr'): string[] | null {
  const claims = analyze(sentence, { lang, strict: true }).claims;
  return claims.length ? claims[0]!.kinds : null;
}

describe('not a statistic, in an English or a French page', () => {
  const lines = [
    // Dates and times, in any format and any language.
    '08.04.2015 12:46',
    '28.04.2020 21:38 Uhr',
    'Pubblicato il 19 Febbraio 2020',
    'le 3 mars 2021',
    'March 3, 2021',
    'Publié le 3 mars 2021 à 12h46',
    'Updated: 08.04.2015 12:46',
    // Reading times.
    'Tempo di lettura: 3 minuti',
    '4 Min.',
    'Estimated reading time: 6 minutes',
    'Lecture : 5 min',
    // A pager.
    '1',
    '2',
  ];
  for (const lang of ['en', 'fr'] as const) {
    for (const line of lines) {
      it(`"${line}" (${lang})`, () => expect(claimsOn(line, lang)).toEqual([]));
    }
  }
});

describe('page furniture in its own language', () => {
  it('a paywall line is no claim', () => {
    expect(claimsOn('Il vous reste 57.09% de cet article à lire.', 'fr')).toEqual([]);
    expect(claimsOn('La suite est réservée aux abonnés.', 'fr')).toEqual([]);
  });

  it('a slideshow or a "show all" control is no claim', () => {
    expect(claimsOn('Slideshow ( 3 images )', 'en')).toEqual([]);
    expect(claimsOn('Show all 50', 'en')).toEqual([]);
  });
});

describe('ages are no statistics', () => {
  it('in French: "de 32 ans" after a person, a name or a comma', () => {
    expect(kindsOf('Un policier de 32 ans a été interpellé vendredi.', 'fr')).toBeNull();
    expect(kindsOf('Un homme de 32 ans a été interpellé vendredi.', 'fr')).toBeNull();
    expect(kindsOf('Yassin E., de 32 ans, a été interpellé vendredi.', 'fr')).toBeNull();
    expect(kindsOf("L'homme, âgé de 32 ans, a été interpellé vendredi.", 'fr')).toBeNull();
  });

  it('in English: "aged 32", "a 32-year-old", "at the age of 32", "32 years old"', () => {
    expect(kindsOf('The man, aged 32, was arrested on Friday.', 'en')).toBeNull();
    expect(kindsOf('A 32-year-old man was arrested on Friday.', 'en')).toBeNull();
    expect(kindsOf('He left school at the age of 32.', 'en')).toBeNull();
    expect(kindsOf('The suspect is 32 years old.', 'en')).toBeNull();
  });
});

describe('still statistics', () => {
  it('counts, penalties and measured durations', () => {
    expect(kindsOf('Police said 12 people were injured.', 'en')).toEqual(['attributed', 'statistic']);
    expect(kindsOf('Il a été condamné à une peine de 10 ans de prison.', 'fr')).toEqual(['statistic']);
    expect(kindsOf('The vote in the chamber lasted 45 minutes.', 'en')).toEqual(['statistic']);
    expect(kindsOf('Le débat sur le texte au Sénat a duré 45 minutes.', 'fr')).toEqual(['statistic']);
    expect(kindsOf('Prices rose by 2.5 percent in 2021.', 'en')).toEqual(['statistic']);
  });
});

describe('hyphenated measures', () => {
  it('counts a number word joined to its unit ("three-inch heels"), not an age ("a two-year-old")', () => {
    expect(kindsOf('He compared her to a politician in three-inch heels.', 'en')).toContain('statistic');
    expect(kindsOf('The firm grew from a two-man startup.', 'en')).toContain('statistic');
    expect(kindsOf('The boy met a two-year-old on the beach.', 'en')).toBeNull();
  });
});
