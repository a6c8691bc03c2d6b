import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import { ArticleRecordSchema } from '../lib/article-record';
import { NotesStore } from '../store/notes-store';
import { makeNote } from '../store/test-notes';
import { articleRecord } from './article-record';

const text =
  'The Secretary of State Jane Doe said on Monday that 40 ships had been seized. ' +
  'Acme Corp said the figure was wrong. Doe added that "talks will go on".';
const page = { source: 'https://news.example/story', url: 'https://news.example/story?x=1', title: 'Ships', lang: 'en' };

describe('what is remembered of an annotated article', () => {
  it('keeps the officials and the claims each was the source of, and fits its schema', () => {
    const analysis = analyze(text, { lang: 'en' });
    const record = articleRecord(analysis, text, page);
    expect(v.safeParse(ArticleRecordSchema, record).success).toBe(true);
    const official = analysis.people.find((p) => p.official)!;
    expect(record.officials).toContainEqual({ name: official.name, role: official.role });
    // Only claims by officials, under the official's name as the engine gives it.
    expect(record.claims.length).toBeGreaterThan(0);
    for (const claim of record.claims) expect(claim.source).toBe(official.name);
    expect(record.claims.some((c) => c.text.includes('Acme'))).toBe(false);
  });

  it('is kept by the store and read back', async () => {
    const store = new NotesStore({ name: `articles-${crypto.randomUUID()}` });
    await store.save(makeNote({ source: page.source }));
    expect(await store.countForPage(page.source)).toBe(1);
    const record = articleRecord(analyze(text, { lang: 'en' }), text, page);
    await store.rememberArticle(record);
    expect(await store.articles()).toEqual([record]);
    store.close();
  });
});
