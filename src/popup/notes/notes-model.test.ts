import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotation';
import { NO_FILTERS, noteQuery, sortChoices, teammates } from './filters';
import { groupRows, newestFirst } from './rows';

let counter = 0;
function note(partial: { source?: string; title?: string; created?: string }): Annotation {
  counter++;
  const source = partial.source ?? 'https://www.lemonde.fr/a.html';
  const created = partial.created ?? new Date(Date.UTC(2024, 0, counter)).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    created,
    modified: created,
    motivation: 'commenting',
    color: 'yellow',
    tags: [],
    body: '',
    target: {
      source,
      url: source,
      title: partial.title ?? 'Un article',
      selector: [
        { type: 'TextQuoteSelector', exact: 'texte', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 5 },
      ],
    },
  };
}

describe('the store query of "All notes"', () => {
  const now = new Date('2024-06-15T12:00:00');
  it('is the words alone without filters', () => {
    expect(noteQuery('chiffre', NO_FILTERS, now)).toEqual({
      text: 'chiffre',
      color: null,
      tag: null,
      site: null,
      since: null,
      author: null,
    });
  });
  it('turns a date range into the earliest creation time let through, from the start of the day', () => {
    const since = noteQuery('', { ...NO_FILTERS, date: 'week', color: 'green', tag: 'a' }, now);
    expect(since).toMatchObject({ color: 'green', tag: 'a', since: new Date('2024-06-09T00:00:00').toISOString() });
  });
  it('offers tags, sites and authors sorted as the language sorts them', () => {
    expect(
      sortChoices({ tags: ['élection', 'budget', 'Zèbre'], sites: ['lemonde.fr', 'bbc.com'], authors: ['zoé', 'Élodie', 'bob'] }, 'fr'),
    ).toEqual({
      tags: ['budget', 'élection', 'Zèbre'],
      sites: ['bbc.com', 'lemonde.fr'],
      authors: ['bob', 'Élodie', 'zoé'],
    });
  });
  it('asks for the reader’s notes (signed with the sync user name, or unsigned), or one teammate’s', () => {
    expect(noteQuery('', { ...NO_FILTERS, author: { mine: true } }, now, 'alice').author).toEqual({ name: 'alice', mine: true });
    expect(noteQuery('', { ...NO_FILTERS, author: { mine: true } }, now, null).author).toEqual({ name: null, mine: true });
    expect(noteQuery('', { ...NO_FILTERS, author: { teammate: 'bob' } }, now, 'alice').author).toEqual({ name: 'bob', mine: false });
    expect(teammates(['alice', 'bob', 'chloé'], 'alice')).toEqual(['bob', 'chloé']);
  });
});

describe('groupRows', () => {
  it('heads each run of notes from one page with its title, so a later page only adds rows at the end', () => {
    const a1 = note({ source: 'https://a.example/1', title: 'A', created: '2024-01-04T00:00:00Z' });
    const a2 = note({ source: 'https://a.example/1', title: 'A', created: '2024-01-03T00:00:00Z' });
    const b1 = note({ source: 'https://b.example/1', title: 'B', created: '2024-01-02T00:00:00Z' });
    const a3 = note({ source: 'https://a.example/1', title: 'A', created: '2024-01-01T00:00:00Z' });
    const first = groupRows([a1, a2, b1]);
    const all = groupRows([a3, b1, a1, a2].sort(newestFirst));
    const show = (rows: ReturnType<typeof groupRows>) =>
      rows.map((row) => (row.kind === 'page' ? `page ${row.title} ${row.count}` : row.note.id));
    expect(show(all)).toEqual(['page A 2', a1.id, a2.id, 'page B 1', b1.id, 'page A 1', a3.id]);
    expect(all.slice(0, first.length).map((row) => row.key)).toEqual(first.map((row) => row.key));
  });
  it('orders notes of the same millisecond by id, largest first, as the store pages them', () => {
    const created = '2024-01-01T00:00:00.000Z';
    const [x, y] = [note({ created }), note({ created })];
    expect([x, y].sort(newestFirst)).toEqual([y, x]);
  });
});
