import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../lib/article-record';
import { makeNote } from '../../store/test-notes';
import { peopleOf } from './people';

const article = (source: string, seen: string, officials: ArticleRecord['officials'], claims: ArticleRecord['claims']): ArticleRecord => ({
  source,
  url: source,
  title: source.slice(-1),
  lang: 'en',
  seen,
  officials,
  claims,
});

describe('the People view', () => {
  it('joins an official across articles by the engine’s name, with roles, articles, claims and verdicts', () => {
    const a = article(
      'https://n.example/a',
      '2024-01-01T00:00:00.000Z',
      [{ name: 'Éric Dupond', role: 'ministre' }],
      [{ source: 'Éric Dupond', text: 'Le budget baissera de 5 %.', kinds: ['attributed', 'statistic'] }],
    );
    const b = article(
      'https://n.example/b',
      '2024-02-01T00:00:00.000Z',
      [
        { name: 'eric dupond', role: 'minister of finance' },
        { name: 'Jane Roe', role: 'senator' },
      ],
      [{ source: 'eric dupond', text: 'Taxes will not rise.', kinds: ['attributed', 'quote'] }],
    );
    const verdict = makeNote({
      source: 'https://n.example/b',
      quote: 'Taxes will not rise.',
      motivation: 'assessing',
      assessment: { verdict: 'false', evidence: [] },
    });
    const people = peopleOf([a, b], [verdict]);
    expect(people.map((p) => p.name)).toEqual(['Éric Dupond', 'Jane Roe']);
    const [dupond] = people;
    expect(dupond!.roles).toEqual(['minister of finance', 'ministre']);
    expect(dupond!.articles.map((x) => x.source)).toEqual(['https://n.example/b', 'https://n.example/a']);
    expect(dupond!.claims.map((c) => [c.text, c.verdict])).toEqual([
      ['Taxes will not rise.', 'false'],
      ['Le budget baissera de 5 %.', null],
    ]);
  });
});
