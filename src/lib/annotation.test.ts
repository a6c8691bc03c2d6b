// The one note schema: strict dates, and the limits every path (save, update, import, undo) shares.
import { describe, expect, it } from 'vitest';
import { makeNote } from '../store/test-notes';
import { type Annotation, checkNote, NOTE_LIMITS, strictIsoTime, type TextQuoteSelector } from './annotation';

describe('strictIsoTime', () => {
  it('reads ISO 8601 times with Z or an offset, any fraction, into the stored UTC form', () => {
    expect(strictIsoTime('2024-02-29T10:00:00Z')).toBe('2024-02-29T10:00:00.000Z');
    expect(strictIsoTime('2024-02-28T09:15:42.123456+00:00')).toBe('2024-02-28T09:15:42.123Z');
    expect(strictIsoTime('2024-03-01T01:30+02:00')).toBe('2024-02-29T23:30:00.000Z');
    expect(strictIsoTime('0001-01-01T00:00:00.000Z')).toBe('0001-01-01T00:00:00.000Z');
    expect(strictIsoTime('9999-12-31T23:59:59.999Z')).toBe('9999-12-31T23:59:59.999Z');
  });
  it('refuses what Date.parse would guess at: days that do not exist, bare numbers, words, no time zone', () => {
    for (const text of [
      '2024-02-30T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '2024-04-31T00:00:00Z',
      '2024-13-01T00:00:00Z',
      '2024-01-01T24:00:00Z',
      '2024-01-01T10:60:00Z',
      '2024-01-01T10:00:60Z',
      '1',
      '2024',
      '2024-01-01',
      'March 1, 2024',
      '2024-01-01T10:00:00',
      '+010000-01-01T00:00:00.000Z',
      '9999-12-31T23:00:00-05:00',
      '2024-01-01T10:00:00+24:00',
      ' 2024-01-01T10:00:00Z',
    ]) {
      expect([text, strictIsoTime(text)]).toEqual([text, null]);
    }
  });
});

describe('the note schema', () => {
  const note = makeNote({ body: 'Texte', tags: ['budget'] });
  const reason = (changed: Annotation) => {
    const result = checkNote(changed);
    return result.ok ? 'accepted' : result.reason;
  };
  const withQuote = (patch: Partial<TextQuoteSelector>): Annotation => ({
    ...note,
    target: { ...note.target, selector: [{ ...note.target.selector![0], ...patch }, note.target.selector![1]] },
  });

  it('accepts a note as the page saves it', () => {
    expect(reason(note)).toBe('accepted');
    expect(reason({ ...note, target: { ...note.target, documentPosition: { start: 10, end: 40 }, language: 'fr-CA' } })).toBe('accepted');
  });

  it('holds each limit, at the limit and one past it', () => {
    const L = NOTE_LIMITS;
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);
    expect(reason({ ...note, tags: tags(L.tags) })).toBe('accepted');
    expect(reason({ ...note, tags: tags(L.tags + 1) })).toBe('tags: more than 100 tags');
    expect(reason({ ...note, tags: ['x'.repeat(L.tagLength)] })).toBe('accepted');
    expect(reason({ ...note, tags: ['x'.repeat(L.tagLength + 1)] })).toBe('tags[0]: a tag is longer than 200 characters');
    expect(reason({ ...note, tags: ['a', 'a'] })).toBe('tags: a tag appears twice');
    expect(reason({ ...note, tags: [' a'] })).toBe('tags[0]: a tag starts or ends with white space');
    expect(reason({ ...note, tags: [' '] })).toBe('tags[0]: a tag is empty');
    expect(reason({ ...note, target: { ...note.target, title: 'T'.repeat(L.title + 1) } })).toBe(
      'target.title: the page title is longer than 2,000 characters',
    );
    expect(reason(withQuote({ exact: 'q'.repeat(L.quote) }))).toBe('accepted');
    expect(reason(withQuote({ exact: 'q'.repeat(L.quote + 1) }))).toMatch(/^target\.selector\[0\]\.exact: .* longer than 100,000/);
    expect(reason(withQuote({ prefix: 'p'.repeat(L.context) }))).toBe('accepted');
    expect(reason(withQuote({ prefix: 'p'.repeat(L.context + 1) }))).toBe(
      'target.selector[0].prefix: "prefix" is longer than 256 characters',
    );
    expect(reason(withQuote({ suffix: 's'.repeat(L.context + 1) }))).toBe(
      'target.selector[0].suffix: "suffix" is longer than 256 characters',
    );
    expect(reason({ ...note, body: 'b'.repeat(L.body + 1) })).toBe('body: the note is longer than 1,000,000 characters');
    expect(reason({ ...note, target: { ...note.target, url: `https://x.example/${'u'.repeat(L.url)}` } })).toBe(
      'target.url: the address seen is longer than 8,192 characters',
    );
    expect(reason({ ...note, target: { ...note.target, source: 'javascript:alert(1)' } })).toBe(
      'target.source: the page address must be an http(s) address',
    );
  });

  it('takes dates only in the stored form, and positions only in order', () => {
    expect(reason({ ...note, created: '2024-02-30T00:00:00.000Z' })).toMatch(/^created: must be a date and time/);
    expect(reason({ ...note, modified: '2024-02-29T10:00:00Z' })).toMatch(/^modified: must be a date and time/);
    expect(reason({ ...note, created: '1' })).toMatch(/^created: /);
    const [quote] = note.target.selector!;
    expect(reason({ ...note, target: { ...note.target, selector: [quote, { type: 'TextPositionSelector', start: 9, end: 3 }] } })).toBe(
      'target.selector[1]: the position ends before it starts',
    );
    expect(reason({ ...note, target: { ...note.target, language: 'fr; DROP' } })).toMatch(/^target\.language: /);
  });
});
