import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotation';
import { applyFilters, filterChoices, NO_FILTERS } from './filters';
import { groupRows, newestFirst } from './rows';
import { buildIndex, search } from './search-index';

let counter = 0;
function note(partial: {
  body?: string;
  exact?: string;
  source?: string;
  title?: string;
  created?: string;
  tags?: string[];
  color?: Annotation['color'];
}): Annotation {
  counter++;
  const source = partial.source ?? 'https://www.lemonde.fr/a.html';
  const created = partial.created ?? new Date(Date.UTC(2024, 0, counter)).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    created,
    modified: created,
    motivation: 'commenting',
    color: partial.color ?? 'yellow',
    tags: partial.tags ?? [],
    body: partial.body ?? '',
    target: {
      source,
      url: source,
      title: partial.title ?? 'Un article',
      selector: [
        { type: 'TextQuoteSelector', exact: partial.exact ?? 'texte', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 5 },
      ],
    },
  };
}

describe('search', () => {
  const notes = [
    note({ body: 'Check this figure', exact: 'le secrétaire d’État a déclaré' }),
    note({ body: 'À vérifier', exact: 'the Commerce Department said', source: 'https://www.bbc.com/x' }),
    note({ body: '', exact: 'rien', tags: ['Cyber'] }),
  ];
  const index = buildIndex(notes);

  it('finds a word of a note', () => {
    expect(search(index, 'figure')).toEqual([notes[0]]);
  });
  it('finds a word of a quote typed without its accents', () => {
    expect(search(index, 'secretaire etat')).toEqual([notes[0]]);
    expect(search(index, 'verifier')).toEqual([notes[1]]);
  });
  it('requires every word', () => {
    expect(search(index, 'figure commerce')).toEqual([]);
  });
  it('matches tags and returns everything for an empty query', () => {
    expect(search(index, 'cyber')).toEqual([notes[2]]);
    expect(search(index, '  ')).toEqual(notes);
  });
});

describe('filters', () => {
  const now = new Date('2024-06-15T12:00:00Z');
  const notes = [
    note({ color: 'green', tags: ['a'], created: '2024-06-15T08:00:00Z' }),
    note({ color: 'yellow', tags: ['b'], created: '2024-06-01T08:00:00Z', source: 'https://www.bbc.com/x' }),
    note({ color: 'green', tags: ['a', 'b'], created: '2023-01-01T08:00:00Z' }),
  ];
  it('keeps everything without filters', () => {
    expect(applyFilters(notes, NO_FILTERS, now)).toBe(notes);
  });
  it('filters by colour, tag, site and date, together', () => {
    expect(applyFilters(notes, { ...NO_FILTERS, color: 'green' }, now)).toEqual([notes[0], notes[2]]);
    expect(applyFilters(notes, { ...NO_FILTERS, tag: 'b' }, now)).toEqual([notes[1], notes[2]]);
    expect(applyFilters(notes, { ...NO_FILTERS, site: 'bbc.com' }, now)).toEqual([notes[1]]);
    expect(applyFilters(notes, { ...NO_FILTERS, date: 'month' }, now)).toEqual([notes[0], notes[1]]);
    expect(applyFilters(notes, { ...NO_FILTERS, color: 'green', tag: 'b' }, now)).toEqual([notes[2]]);
  });
  it('offers the tags and sites in use', () => {
    expect(filterChoices(notes, 'en')).toEqual({ tags: ['a', 'b'], sites: ['bbc.com', 'lemonde.fr'] });
  });
});

describe('groupRows', () => {
  it('groups by page, newest first, each group where its newest note falls', () => {
    const a1 = note({ source: 'https://a.example/1', title: 'A', created: '2024-01-03T00:00:00Z' });
    const b1 = note({ source: 'https://b.example/1', title: 'B', created: '2024-01-02T00:00:00Z' });
    const a2 = note({ source: 'https://a.example/1', title: 'A', created: '2024-01-01T00:00:00Z' });
    const rows = groupRows([a2, b1, a1].sort(newestFirst));
    expect(rows.map((row) => (row.kind === 'page' ? `page ${row.title} ${row.count}` : row.note.id))).toEqual([
      'page A 2',
      a1.id,
      a2.id,
      'page B 1',
      b1.id,
    ]);
  });
});
