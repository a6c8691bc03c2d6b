// The migrations: a real version-1 database (word index, rows with _terms) is upgraded to the
// current version; a real version-2 database holding notes imported past today's limits is upgraded
// to version 3 with every note kept, within the limits, searchable, and deletable then restorable;
// the mechanism upgrades the current version to a fixture next version with its data carried over;
// real version-3 and version-4 databases (before the articles store, before sync) are upgraded
// with every note kept and given its first revision; a failing step leaves the database
// untouched; an open old connection blocks clearly.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { checkNote } from '../lib/annotation';
import type { ArticleRecord } from '../lib/article-record';
import type { StoredDocRecord } from './doc-records';
import { NotesStore } from './notes-store';
import {
  type AnnotationRow,
  ARTICLES,
  COUNT_KEY,
  DOCS,
  GENERATION_KEY,
  IMPORTS,
  META,
  MIGRATIONS,
  type Migration,
  REPLICA_KEY,
  SEARCH,
  STORE,
  SYNC_SEQ_KEY,
} from './schema';
import { NotesSyncStore } from './sync-store';
import { makeNote } from './test-notes';

/** Next-version fixture: a byModified index, and every note gets a "lang" field guessed from its title. */
const toV2: Migration = async (_db, tx) => {
  const store = tx.objectStore(STORE);
  store.createIndex('byModified', 'modified');
  let cursor = await store.openCursor();
  while (cursor) {
    const row = cursor.value as AnnotationRow & { lang?: string };
    await cursor.update({ ...row, lang: /[ÉéÈèàç]/.test(row.target.title) ? 'fr' : 'en' });
    cursor = await cursor.continue();
  }
};

const failingV2: Migration = async (_db, tx) => {
  const store = tx.objectStore(STORE);
  store.createIndex('byModified', 'modified');
  const cursor = await store.openCursor();
  await cursor?.update({ ...cursor.value, broken: true });
  throw new Error('step 2 failed half way');
};

const CURRENT = MIGRATIONS.length;

async function currentDatabase() {
  const name = `migrate-${crypto.randomUUID()}`;
  const v1 = new NotesStore({ name });
  const notes = [makeNote({ title: 'Élection', tags: ['fr'] }), makeNote({ title: 'Election', body: 'note' })];
  await v1.importAnnotations(notes);
  v1.close();
  return { name, notes };
}

describe('migrations', () => {
  const search = async (store: NotesStore, text: string) => (await store.list({ text })).annotations;
  const tagged = async (store: NotesStore, tag: string) => (await store.list({ tag })).annotations;

  it('upgrades a real version-1 database: word index gone, notes intact and searchable', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const notes = [makeNote({ title: 'Élection', tags: ['fr'] }), makeNote({ quote: 'Société générale' })];
    // Exactly what version 1 wrote: each row carried its folded words for the byTerm index.
    const v1 = await openDB(name, 1, { upgrade: (db, _old, _new, tx) => void MIGRATIONS[0]!(db, tx) });
    for (const note of notes) await v1.put(STORE, { ...note, _terms: ['stale', 'words'] });
    v1.close();

    const store = new NotesStore({ name });
    expect((await store.all()).map((n) => n.id).sort()).toEqual(notes.map((n) => n.id).sort());
    expect((await search(store, 'societe')).map((n) => n.id)).toEqual([notes[1]!.id]);
    expect(await search(store, 'stale')).toEqual([]);
    expect((await tagged(store, 'fr')).map((n) => n.id)).toEqual([notes[0]!.id]);
    store.close();

    const db = await openDB(name);
    expect(db.version).toBe(CURRENT);
    expect([...db.transaction(STORE).store.indexNames]).not.toContain('byTerm');
    expect(typeof (await db.get(META, GENERATION_KEY))).toBe('string');
    expect(((await db.getAll(STORE)) as Record<string, unknown>[]).some((r) => '_terms' in r)).toBe(false);
    db.close();
  });

  it('upgrades a real version-2 database: notes imported past the limits are kept, fit the schema, and survive delete then undo', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    const fine = makeNote({ quote: 'Société générale', tags: ['ok'] });
    const base = makeNote({ quote: 'le ministre a dit', body: 'Mon texte' });
    // What imports let through before every path shared one schema.
    const oversized: AnnotationRow = {
      ...base,
      created: '+010000-01-01T00:00:00.000Z',
      tags: [...Array.from({ length: 120 }, (_, i) => `t${i}`), 'x'.repeat(300), ' padded ', 't1'],
      target: {
        ...base.target,
        title: 'T'.repeat(5000),
        selector: [{ ...base.target.selector![0], prefix: `${'p'.repeat(1000)}end of prefix` }, base.target.selector![1]],
      },
    };
    const v2 = await openDB(name, 2, {
      upgrade: async (db, _old, _new, tx) => {
        await MIGRATIONS[0]!(db, tx);
        await MIGRATIONS[1]!(db, tx);
      },
    });
    await v2.put(STORE, fine);
    await v2.put(STORE, oversized);
    v2.close();

    const store = new NotesStore({ name });
    expect(await store.count()).toBe(2);
    const repaired = (await store.get(oversized.id))!;
    expect(checkNote(repaired).ok).toBe(true);
    expect(await store.get(fine.id)).toEqual(fine);
    // Nothing the reader wrote is gone: the tags that no longer fit are in the note's text.
    expect(repaired.tags).toHaveLength(100);
    expect(repaired.body).toMatch(/^Mon texte\n\nTags that did not fit: t100, .*t119, x{300}, padded$/);
    expect(repaired.created).toBe('9999-12-31T23:59:59.999Z');
    expect(repaired.target.selector![0].prefix).toHaveLength(256);
    expect(repaired.target.selector![0].prefix.endsWith('end of prefix')).toBe(true);
    expect(repaired.target.title).toHaveLength(2000);
    // Searchable through the search rows the migration wrote.
    expect((await search(store, 'ministre')).map((n) => n.id)).toEqual([repaired.id]);
    // Delete, then Undo (a save of the note as it was): the note is back, whole.
    await store.delete(repaired.id);
    await store.save(repaired);
    expect(await store.get(repaired.id)).toEqual(repaired);
    store.close();

    const db = await openDB(name);
    expect(db.version).toBe(CURRENT);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining([SEARCH, IMPORTS, ARTICLES, DOCS]));
    expect((await db.getAllKeys(SEARCH)).sort()).toEqual([fine.id, oversized.id].sort());
    db.close();
  });

  /** Notes of every kind main's version 3 and 4 could hold: a passage with a note, a page note, a
   * verdict, a teammate's note, and one with an anchoring result (which stays off the revision). */
  function notesOfEveryKind(): AnnotationRow[] {
    const page = makeNote({ body: 'Sur toute la page' });
    delete page.target.selector;
    return [
      makeNote({ body: 'Mon texte', tags: ['fr'] }),
      page,
      makeNote({ motivation: 'assessing', body: 'Chiffre faux', assessment: { verdict: 'false', evidence: ['https://insee.example/t'] } }),
      makeNote({ creator: 'alice', body: 'her note' }),
      makeNote({ anchor: { status: 'orphan', score: 0 } }),
    ];
  }

  /** A database as the code of `version` left it: its migrations, then its notes written whole. */
  async function databaseAt(version: 3 | 4, notes: readonly AnnotationRow[]) {
    const name = `v${version}-${crypto.randomUUID()}`;
    const old = new NotesStore({ name, migrations: MIGRATIONS.slice(0, version) });
    await old.importAnnotations(notes);
    for (const note of notes) if (note.anchor) await old.setAnchorStatus([{ id: note.id, ...note.anchor }]);
    old.close();
    // Search rows as versions 3 and 4 wrote them: without the author.
    const db = await openDB(name, version);
    for (const row of await db.getAll(SEARCH)) {
      const { author: _author, ...before } = row as { author?: string };
      await db.put(SEARCH, before);
    }
    db.close();
    return name;
  }

  for (const version of [3, 4] as const) {
    it(`upgrades a real version-${version} database to sync (v5): every note kept, each with its first revision`, async () => {
      const notes = notesOfEveryKind();
      const name = await databaseAt(version, notes);
      const article: ArticleRecord = {
        source: 'https://news.example/story',
        url: 'https://news.example/story',
        title: 'A story',
        lang: 'fr',
        seen: '2026-01-01T00:00:00.000Z',
        officials: [{ name: 'X', role: 'ministre' }],
        claims: [],
      };
      if (version === 4) {
        const v4 = await openDB(name, 4);
        await v4.put(ARTICLES, article);
        v4.close();
      }

      const store = new NotesStore({ name });
      const byId = (list: readonly AnnotationRow[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(await store.all())).toEqual(byId(notes));
      expect(await store.count()).toBe(notes.length);
      expect((await search(store, 'chiffre')).map((n) => n.id)).toEqual([notes[2]!.id]);
      // The author filter knows the teammate's note (its search row now carries the author).
      expect((await store.list({ author: { name: 'alice', mine: false } })).annotations.map((n) => n.id)).toEqual([notes[3]!.id]);
      expect((await store.facets()).authors).toEqual(['alice']);
      // Sync sees each note once, as a first revision, the anchoring result left out.
      const sync = new NotesSyncStore(store);
      const { records, lastSeq } = await sync.changesSince(0, 100);
      expect(lastSeq).toBe(notes.length);
      expect(records.map((r) => r.id).sort()).toEqual(notes.map((n) => n.id).sort());
      for (const record of records) {
        const [rev, leaf] = Object.entries(record.leaves)[0]!;
        expect(rev).toMatch(/^1-[0-9a-f]{32}$/);
        const { id: _id, anchor: _anchor, ...body } = notes.find((n) => n.id === record.id)!;
        expect(leaf).toEqual({ deleted: false, body: JSON.parse(JSON.stringify(body)) });
      }
      // A later edit continues the tree; the People view's articles are still there.
      await store.update(notes[0]!.id, { body: 'Mon texte, revu' });
      expect(Object.keys((await sync.getRecords([notes[0]!.id]))[0]!.leaves)).toEqual([expect.stringMatching(/^2-/)]);
      expect(await store.articles()).toEqual(version === 4 ? [article] : []);
      store.close();

      const db = await openDB(name);
      expect(db.version).toBe(5);
      expect(db.version).toBe(CURRENT);
      expect(await db.get(META, SYNC_SEQ_KEY)).toBe(notes.length + 1);
      expect(await db.get(META, COUNT_KEY)).toBe(notes.length);
      expect(await db.get(META, REPLICA_KEY)).toMatch(/^[0-9a-f-]{36}$/);
      // The winner's body is the note's row: no second copy of any note.
      const stored = (await db.getAll(DOCS)) as StoredDocRecord[];
      expect(stored.flatMap((r) => Object.values(r.leaves)).every((leaf) => leaf.inRow && leaf.body === null)).toBe(true);
      db.close();
    });
  }

  it('upgrades the current version to a next-version fixture, keeping and transforming every note', async () => {
    const { name, notes } = await currentDatabase();
    const v2 = new NotesStore({ name, migrations: [...MIGRATIONS, toV2] });
    // Everything the v1 code could do still works on the migrated data.
    expect((await v2.all()).map((n) => n.id).sort()).toEqual(notes.map((n) => n.id).sort());
    expect((await search(v2, 'election')).length).toBe(2);
    expect((await tagged(v2, 'fr')).map((n) => n.id)).toEqual([notes[0]!.id]);
    v2.close();

    const db = await openDB(name);
    expect(db.version).toBe(CURRENT + 1);
    expect([...db.transaction(STORE).store.indexNames]).toContain('byModified');
    const rows = (await db.getAll(STORE)) as (AnnotationRow & { lang: string })[];
    expect(Object.fromEntries(rows.map((r) => [r.id, r.lang]))).toEqual({ [notes[0]!.id]: 'fr', [notes[1]!.id]: 'en' });
    db.close();
  });

  it('a migration that fails leaves the database at its version with its data unchanged', async () => {
    const { name, notes } = await currentDatabase();
    const broken = new NotesStore({ name, migrations: [...MIGRATIONS, failingV2] });
    await expect(broken.count()).rejects.toMatchObject({ code: 'failed' });
    broken.close();

    const db = await openDB(name);
    expect(db.version).toBe(CURRENT);
    expect([...db.transaction(STORE).store.indexNames]).not.toContain('byModified');
    const rows = (await db.getAll(STORE)) as Record<string, unknown>[];
    expect(rows.some((r) => 'broken' in r)).toBe(false);
    expect(rows).toHaveLength(notes.length);
    db.close();
  });

  it('an upgrade blocked by an old connection that will not close is refused with a clear message', async () => {
    const { name } = await currentDatabase();
    // An old page that ignores versionchange (no close), as an outdated extension page might.
    const old = await openDB(name, CURRENT);
    const v2 = new NotesStore({ name, migrations: [...MIGRATIONS, toV2] });
    const error = await v2.count().catch((e) => e);
    expect(error).toMatchObject({ code: 'blocked' });
    expect(error.message).toMatch(/another Newsmark page.*Nothing was changed/);
    old.close();
    v2.close();
    // Once the old page is gone the upgrade goes through on the next call.
    const retry = new NotesStore({ name, migrations: [...MIGRATIONS, toV2] });
    expect(await retry.count()).toBe(2);
    retry.close();
  });
});
