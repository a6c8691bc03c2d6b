import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze, type Claim, type Person } from './index';
import { claimWorth, isUnnamedSource, MAX_SHARE, personOfSource, rankClaims, SHOW_FROM, worthChecking } from './worth-checking';

const root = resolve(import.meta.dirname, '../..');
/** The texts in this repository: the demo article and the article texts of test/fixtures, EN and FR. */
const FIXTURES = resolve(root, 'test/fixtures/texts');
const repoTexts = [
  resolve(root, 'demo/article.txt'),
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => resolve(FIXTURES, name)),
];
const DEV = resolve(root, '../shared/eval/dev');

const claim = (start: number, end: number, kinds: Claim['kinds'], source: string | null): Claim => ({
  start,
  end,
  kinds,
  source,
  cue: null,
});
const person = (name: string, official: boolean, at: number): Person => ({
  name,
  role: official ? 'minister' : null,
  official,
  mentions: [{ start: at, end: at + name.length }],
});

/** A figure an official gave scores above a bare attribution, on any article's analysis. */
function figuresByOfficialsRankFirst(analysis: Analysis): void {
  const ranked = rankClaims(analysis);
  const place = new Map(ranked.map((worth, i) => [worth.index, i]));
  const officialFigures = ranked.filter((w) => w.reasons.includes('figure') && w.reasons.includes('officialSource'));
  const bare = ranked.filter((w) => w.reasons.length === 0);
  for (const figure of officialFigures) for (const plain of bare) expect(place.get(figure.index)!).toBeLessThan(place.get(plain.index)!);
}

describe('the worth-checking rule', () => {
  it('puts a figure attributed to an official above a bare attribution', () => {
    const people = [person('Jane Doe', true, 0), person('Acme Corp', false, 100)];
    const analysis = {
      people,
      claims: [claim(100, 150, ['attributed'], 'Acme Corp'), claim(0, 60, ['attributed', 'statistic'], 'Jane Doe')],
    };
    const [first, second] = rankClaims(analysis);
    expect(first).toMatchObject({ index: 1, reasons: ['figure', 'officialSource'], score: 4 });
    expect(second).toMatchObject({ index: 0, reasons: [], score: 0 });
    expect(worthChecking(analysis)).toEqual([1]);
  });

  it('counts each reason: figure, official source, unnamed source, hedge, official quote, another person', () => {
    const people = [person('Jane Doe', true, 0), person('John Roe', false, 20)];
    expect(claimWorth(claim(0, 50, ['attributed', 'quote'], 'Doe'), 0, people).reasons).toEqual([
      'officialSource',
      'officialQuote',
      'aboutAnother',
    ]);
    expect(claimWorth(claim(60, 90, ['attributed', 'hedged'], 'sources close to the case'), 0, people).reasons).toEqual([
      'unnamedSource',
      'hedged',
    ]);
    // A newspaper is named (capitals): not an unnamed source.
    expect(claimWorth(claim(60, 90, ['attributed'], 'Wall Street Journal'), 0, people).reasons).toEqual([]);
  });

  it('tells names from descriptions by their capitals, in English and French', () => {
    expect(isUnnamedSource('plusieurs sources proches du dossier')).toBe(true);
    expect(isUnnamedSource('a senior official')).toBe(true);
    expect(isUnnamedSource('département d’État')).toBe(false);
    expect(isUnnamedSource('Microsoft')).toBe(false);
    expect(isUnnamedSource(null)).toBe(false);
  });

  it('joins a source to the person by full name or surname, whatever the accents and case', () => {
    const people = [person('Antony Blinken', true, 0), person('Éric Dupond', true, 30)];
    expect(personOfSource('Blinken', people)?.name).toBe('Antony Blinken');
    expect(personOfSource('eric dupond', people)?.name).toBe('Éric Dupond');
    expect(personOfSource('Microsoft', people)).toBeNull();
  });

  it('never shows more than a quarter of the claims, and only claims that score enough', () => {
    const people = [person('Jane Doe', true, 0)];
    const claims = Array.from({ length: 10 }, (_, i) => claim(i * 10, i * 10 + 9, ['statistic', 'hedged'], null));
    const shown = worthChecking({ people, claims });
    expect(shown).toEqual([0, 1, 2]);
  });
});

describe('worth checking on the articles in this repository', () => {
  for (const file of repoTexts) {
    const name = file.split('/').pop()!;
    it(`${name}: a ranked subset, figures by officials first`, () => {
      const analysis = analyze(readFileSync(file, 'utf8'));
      const shown = worthChecking(analysis);
      expect(shown.length).toBeLessThanOrEqual(Math.ceil(analysis.claims.length * MAX_SHARE));
      const scores = new Map(rankClaims(analysis).map((w) => [w.index, w.score]));
      for (const index of shown) expect(scores.get(index)!).toBeGreaterThanOrEqual(SHOW_FROM);
      figuresByOfficialsRankFirst(analysis);
    });
  }

  it('shows about a quarter of the claims of the fixture articles, in English and in French', () => {
    const share: Record<string, number[]> = {};
    for (const file of repoTexts) {
      const analysis = analyze(readFileSync(file, 'utf8'));
      if (analysis.claims.length >= 8) (share[analysis.lang] ??= []).push(worthChecking(analysis).length / analysis.claims.length);
    }
    for (const lang of ['en', 'fr']) {
      const shares = share[lang] ?? [];
      expect(shares.length).toBeGreaterThan(2);
      const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
      expect(mean).toBeGreaterThan(0.15);
      expect(mean).toBeLessThanOrEqual(0.3);
    }
  });

  it('shows a few of the demo article’s claims, not all of them', () => {
    const analysis = analyze(readFileSync(resolve(root, 'demo/article.txt'), 'utf8'));
    const shown = worthChecking(analysis);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(analysis.claims.length / 2);
  });
});

describe.skipIf(!existsSync(DEV))('worth checking on the dev articles (../shared/eval/dev)', () => {
  const files = existsSync(DEV) ? readdirSync(DEV).filter((name) => name.endsWith('.txt')) : [];
  it('shows about a quarter of the claims in each language, figures by officials first', () => {
    const share: Record<string, number[]> = {};
    for (const name of files) {
      const analysis = analyze(readFileSync(resolve(DEV, name), 'utf8'));
      if (analysis.claims.length === 0) continue;
      figuresByOfficialsRankFirst(analysis);
      (share[analysis.lang] ??= []).push(worthChecking(analysis).length / analysis.claims.length);
    }
    for (const lang of ['en', 'fr']) {
      const shares = share[lang] ?? [];
      expect(shares.length).toBeGreaterThan(0);
      const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
      expect(mean).toBeGreaterThan(0.15);
      expect(mean).toBeLessThanOrEqual(0.3);
    }
  });
});

if (!existsSync(DEV)) console.info('worth-checking: ../shared/eval/dev is missing, the dev-article test is skipped');

describe('people credited with their claims', () => {
  it('credits the Secretary of State of the seed article with what "le plus haut diplomate américain" said', () => {
    const text = readFileSync(resolve(FIXTURES, 'seed-fr.txt'), 'utf8');
    const analysis = analyze(text, { lang: 'fr', strict: true });
    const secretary = analysis.people.find((p) => p.role === 'secrétaire d’État');
    expect(secretary).toBeDefined();
    const credited = analysis.claims.filter((c) => personOfSource(c.source, analysis.people) === secretary);
    expect(credited.length).toBeGreaterThan(0);
    expect(text.slice(credited[0]!.start, credited[0]!.end)).toContain('le plus haut diplomate américain');
  });
});
