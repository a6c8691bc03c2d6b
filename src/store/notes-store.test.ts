// The store against fake-indexeddb: schema, queries, search, and each fault's message.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../lib/annotation';
import { StoreError } from './errors';
import { NotesStore } from './notes-store';
import { GENERATION_KEY, INDEX, META, MIGRATIONS, STORE } from './schema';
import { makeNote } from './test-notes';

const stores: NotesStore[] = [];
function freshStore(options: ConstructorParameters<typeof NotesStore>[0] = {}): NotesStore {
  const store = new NotesStore({ name: `test-${crypto.randomUUID()}`, ...options });
  stores.push(store);
  return store;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

describe('schema', () => {
  it('creates the annotations store with its indexes, and the generation record', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    const store = freshStore({ name });
    await store.count();
    store.close();
    const db = await openDB(name);
    expect(db.version).toBe(MIGRATIONS.length);
    expect(typeof (await db.get(META, GENERATION_KEY))).toBe('string');
    const tx = db.transaction(STORE);
    expect([...tx.store.indexNames].sort()).toEqual(Object.values(INDEX).sort());
    expect(tx.store.index(INDEX.byTag).multiEntry).toBe(true);
    expect(tx.store.index(INDEX.bySource).keyPath).toBe('target.source');
    db.close();
  });
});

describe('writes', () => {
  it('saves idempotently: the same id saved twice is one note', async () => {
    const store = freshStore();
    const note = makeNote({ body: 'first' });
    await store.save(note);
    await store.save(note);
    expect(await store.count()).toBe(1);
    expect(await store.get(note.id)).toEqual(note);
  });

  it('updates body, tags and colour, and stamps modified', async () => {
    const store = freshStore({ now: () => new Date('2030-01-01T00:00:00.000Z') });
    const note = await store.save(makeNote());
    const updated = await store.update(note.id, { body: 'Checked with the ministry', tags: ['verified'], color: 'green' });
    expect(updated).toMatchObject({
      body: 'Checked with the ministry',
      tags: ['verified'],
      color: 'green',
      modified: '2030-01-01T00:00:00.000Z',
    });
    expect(await store.search('ministry')).toHaveLength(1);
    await expect(store.update(crypto.randomUUID(), { body: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('deletes, and deleting again is harmless', async () => {
    const store = freshStore();
    const note = await store.save(makeNote());
    expect(await store.delete(note.id)).toBe(true);
    expect(await store.delete(note.id)).toBe(false);
    expect(await store.count()).toBe(0);
  });

  it('records the anchoring status of existing notes only', async () => {
    const store = freshStore();
    const note = await store.save(makeNote());
    const changed = await store.setAnchorStatus([
      { id: note.id, status: 'orphan', score: 0.4 },
      { id: crypto.randomUUID(), status: 'anchored', score: 1 },
    ]);
    expect(changed).toBe(1);
    expect((await store.get(note.id))?.anchor).toEqual({ status: 'orphan', score: 0.4 });
    expect(await store.count()).toBe(1);
  });
});

describe('queries', () => {
  it("lists a page's notes in page order, and only that page's", async () => {
    const store = freshStore();
    const a = makeNote({ source: 'https://a.example/x' });
    const b = makeNote({ source: 'https://a.example/x' });
    const other = makeNote({ source: 'https://b.example/y' });
    await store.importAnnotations([b, other, a]);
    expect((await store.forPage('https://a.example/x')).map((n) => n.id)).toEqual([a.id, b.id]);
  });

  it('lists the newest notes across pages, newest first, with paging', async () => {
    const store = freshStore();
    const notes = Array.from({ length: 7 }, (_, i) => makeNote({ source: `https://s${i % 3}.example/` }));
    await store.importAnnotations(notes);
    const newest = await store.recent(3);
    expect(newest.map((n) => n.id)).toEqual(
      notes
        .slice(-3)
        .reverse()
        .map((n) => n.id),
    );
    const next = await store.recent(3, newest[2]!.created);
    expect(next.map((n) => n.id)).toEqual(
      notes
        .slice(1, 4)
        .reverse()
        .map((n) => n.id),
    );
  });

  it('finds notes by tag and lists the tags in use', async () => {
    const store = freshStore();
    const a = makeNote({ tags: ['fact-check', 'budget'] });
    const b = makeNote({ tags: ['budget'] });
    await store.importAnnotations([a, b, makeNote()]);
    expect((await store.byTag('budget')).map((n) => n.id)).toEqual([b.id, a.id]);
    expect(await store.tags()).toEqual(['budget', 'fact-check']);
  });
});

describe('search', () => {
  async function seeded() {
    const store = freshStore();
    const notes = {
      societe: makeNote({ quote: 'La Société générale a annoncé', body: '' }),
      body: makeNote({ quote: 'unrelated', body: 'À vérifier auprès du ministère' }),
      title: makeNote({ quote: 'something', title: 'Élection présidentielle' }),
      oeuvre: makeNote({ quote: 'une Œuvre majeure' }),
      english: makeNote({ quote: 'The minister said', body: 'Check the numbers' }),
    };
    await store.importAnnotations(Object.values(notes));
    return { store, notes };
  }

  it('ignores accents and case in both directions', async () => {
    const { store, notes } = await seeded();
    expect((await store.search('societe')).map((n) => n.id)).toEqual([notes.societe.id]);
    expect((await store.search('SOCIÉTÉ')).map((n) => n.id)).toEqual([notes.societe.id]);
    expect((await store.search('Société')).map((n) => n.id)).toEqual([notes.societe.id]);
    expect((await store.search('oeuvre')).map((n) => n.id)).toEqual([notes.oeuvre.id]);
  });

  it('covers the quote, the note and the page title', async () => {
    const { store, notes } = await seeded();
    expect((await store.search('ministere')).map((n) => n.id)).toEqual([notes.body.id]);
    expect((await store.search('election')).map((n) => n.id)).toEqual([notes.title.id]);
  });

  it('works as you type: word prefixes, every word required', async () => {
    const { store, notes } = await seeded();
    expect((await store.search('soc')).map((n) => n.id)).toEqual([notes.societe.id]);
    expect((await store.search('minis')).map((n) => n.id).sort()).toEqual([notes.body.id, notes.english.id].sort());
    expect((await store.search('minis numb')).map((n) => n.id)).toEqual([notes.english.id]);
    expect(await store.search('minis zebra')).toEqual([]);
  });

  it('returns the newest first when many notes match', async () => {
    const store = freshStore();
    const notes = Array.from({ length: 260 }, (_, i) => makeNote({ quote: `common word ${i}` }));
    await store.importAnnotations(notes);
    const found = await store.search('common', 10);
    expect(found.map((n) => n.id)).toEqual(
      notes
        .slice(-10)
        .reverse()
        .map((n) => n.id),
    );
  });

  it('one letter finds word starts, not letters inside words', async () => {
    const { store, notes } = await seeded();
    expect((await store.search('o')).map((n) => n.id)).toEqual([notes.oeuvre.id]);
    expect((await store.search('N')).map((n) => n.id)).toEqual([notes.english.id]);
  });

  it('the writing context patches its own search copy: same results as a fresh reader, no reload', async () => {
    const name = `patch-${crypto.randomUUID()}`;
    const writer = freshStore({ name });
    const words = ['alpha', 'beta', 'gamma', 'delta'];
    let seed = 3;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const live: Annotation[] = [];
    await writer.search('alpha');
    const realGetAll = IDBObjectStore.prototype.getAll;
    let reloads = 0;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      reloads++;
      return realGetAll.apply(this, args);
    };
    try {
      for (let step = 0; step < 60; step++) {
        const op = rand(4);
        if (op < 2 || live.length === 0) {
          // Some notes share a creation time, so ties are ordered too.
          const note = makeNote({ quote: `${words[rand(4)]} ${words[rand(4)]}`, created: `2024-05-0${1 + rand(3)}T00:00:00.000Z` });
          live.push(await writer.save(note));
        } else if (op === 2) {
          const at = rand(live.length);
          live[at] = await writer.update(live[at]!.id, { body: words[rand(4)]! });
        } else {
          await writer.delete(live.splice(rand(live.length), 1)[0]!.id);
        }
        const query = words[rand(4)]!;
        IDBObjectStore.prototype.getAll = realGetAll;
        const reader = freshStore({ name });
        const expected = (await reader.search(query)).map((n) => n.id);
        reader.close();
        IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
          reloads++;
          return realGetAll.apply(this, args);
        };
        expect((await writer.search(query)).map((n) => n.id)).toEqual(expected);
      }
    } finally {
      IDBObjectStore.prototype.getAll = realGetAll;
    }
    expect(reloads).toBe(0);
  });

  it('sees writes made by another context (the background) since its last search', async () => {
    const name = `shared-${crypto.randomUUID()}`;
    const reader = freshStore({ name });
    const writer = freshStore({ name });
    const first = await writer.save(makeNote({ quote: 'premier ministre' }));
    expect((await reader.search('ministre')).map((n) => n.id)).toEqual([first.id]);
    const second = await writer.save(makeNote({ quote: 'le ministre a dit' }));
    expect((await reader.search('ministre')).map((n) => n.id).sort()).toEqual([first.id, second.id].sort());
    await writer.update(first.id, { body: 'zébu' });
    expect((await reader.search('zebu')).map((n) => n.id)).toEqual([first.id]);
    await writer.delete(second.id);
    expect((await reader.search('ministre')).map((n) => n.id)).toEqual([first.id]);
    // Anchoring results do not change the text, and the rows returned are still read fresh.
    await writer.setAnchorStatus([{ id: first.id, status: 'orphan', score: 0.2 }]);
    expect((await reader.search('ministre'))[0]!.anchor).toEqual({ status: 'orphan', score: 0.2 });
  });
});

describe('faults', () => {
  it('a full disk fails the whole import with a clear message and writes nothing', async () => {
    const store = freshStore();
    const existing = await store.save(makeNote());
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 5) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
    try {
      const error = await store.importAnnotations(Array.from({ length: 10 }, () => makeNote())).catch((e) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect(error.code).toBe('quota');
      expect(error.message).toMatch(/disk space.*Nothing was written/);
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect((await store.all()).map((n) => n.id)).toEqual([existing.id]);
  });

  it('a full disk during a save or an edit leaves the note as it was, and search stays right', async () => {
    const store = freshStore();
    const note = await store.save(makeNote({ quote: 'original words' }));
    expect((await store.search('original')).map((n) => n.id)).toEqual([note.id]);
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(store.save(makeNote({ quote: 'never saved' }))).rejects.toMatchObject({ code: 'quota' });
      const error = await store.update(note.id, { body: 'lost edit' }).catch((e) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect(error.message).toMatch(/disk space.*Nothing was written/);
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect(await store.all()).toEqual([note]);
    expect(await store.search('never')).toEqual([]);
    expect(await store.search('lost')).toEqual([]);
  });

  it('a write whose transaction aborts on its own (quota reached at commit) reports the disk as full', async () => {
    const store = freshStore();
    await store.count();
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = realPut.apply(this, args);
      if (this.name !== STORE) return request;
      // As Chromium does when the disk fills: the request fails, then its transaction aborts.
      this.transaction.abort();
      Object.defineProperty(this.transaction, 'error', { value: new DOMException('Quota exceeded', 'QuotaExceededError') });
      return request;
    };
    try {
      const error = await store.save(makeNote()).catch((e) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ code: 'quota', message: expect.stringMatching(/disk space.*Nothing was written/) });
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect(await store.count()).toBe(0);
  });

  it('a database deleted under the extension: the store reopens, reports it, and keeps working', async () => {
    const faults: StoreError[] = [];
    const name = `deleted-${crypto.randomUUID()}`;
    const store = freshStore({ name, onFault: (e) => faults.push(e) });
    await store.save(makeNote());
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('the store did not let the database go'));
    });
    const after = await store.save(makeNote());
    expect((await store.all()).map((n) => n.id)).toEqual([after.id]);
    // Search forgets the notes that went with the old database.
    expect((await store.search('quoted')).map((n) => n.id)).toEqual([after.id]);
    expect(faults.map((f) => f.code)).toEqual(['deleted']);
    expect(faults[0]!.message).toMatch(/deleted outside Newsmark/);
  });

  it('a newer database than the code is refused with a clear message', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    (await openDB(name, 5)).close();
    const error = await freshStore({ name })
      .count()
      .catch((e) => e);
    expect(error).toMatchObject({ code: 'version' });
    expect(error.message).toMatch(/newer version of Newsmark/);
  });
});
