// The store against fake-indexeddb: schema, queries, search, and each fault's message.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../lib/annotation';
import { StoreError } from './errors';
import { parseImportFile } from './import';
import { exportJsonLd } from './jsonld';
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

/** The first page of notes matching `text` (the list's search). */
async function search(store: NotesStore, text: string, limit?: number): Promise<Annotation[]> {
  return (await store.list({ text }, { limit })).annotations;
}

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
    expect(await search(store, 'ministry')).toHaveLength(1);
    await expect(store.update(crypto.randomUUID(), { body: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('deletes, and deleting again is harmless', async () => {
    const store = freshStore();
    const note = await store.save(makeNote());
    expect(await store.delete(note.id)).toBe(true);
    expect(await store.delete(note.id)).toBe(false);
    expect(await store.count()).toBe(0);
  });

  it('keeps its count of notes true through every kind of write', async () => {
    const name = `count-${crypto.randomUUID()}`;
    const store = freshStore({ name });
    const real = async () => {
      const db = await openDB(name);
      const n = await db.count(STORE);
      db.close();
      return n;
    };
    const a = makeNote();
    const b = makeNote();
    const steps: (() => Promise<unknown>)[] = [
      () => store.save(a),
      () => store.save(a),
      () => store.importAnnotations([b, { ...a, body: 'merged', modified: '2030-01-01T00:00:00.000Z' }, makeNote()]),
      () => store.update(a.id, { body: 'x' }),
      () => store.delete(b.id),
      () => store.delete(b.id),
      () => store.clear(),
      () => store.save(b),
    ];
    for (const step of steps) {
      await step();
      expect(await store.count()).toBe(await real());
    }
    expect(await store.count()).toBe(1);
  });

  it('saves several notes in one write, all or none: counted, searchable, each with a revision to sync', async () => {
    const name = `many-${crypto.randomUUID()}`;
    const store = freshStore({ name });
    const kept = makeNote({ body: 'already here' });
    await store.save(kept);
    // One refused note refuses the write: nothing of it is kept.
    await expect(store.saveMany([makeNote({ body: 'first' }), { ...makeNote(), created: 'yesterday' }])).rejects.toThrow();
    expect(await store.count()).toBe(1);
    const stamped = [{ ...kept, creator: 'alice' }, makeNote({ body: 'second note' }), makeNote({ body: 'third note' })];
    await store.saveMany(stamped);
    expect(await store.count()).toBe(3);
    expect((await store.get(kept.id))?.creator).toBe('alice');
    expect((await search(store, 'third')).map((note) => note.id)).toEqual([stamped[2]!.id]);
    const db = await openDB(name);
    const revisions = await Promise.all(
      stamped.map((note) => db.get('docs', note.id) as Promise<{ rev?: string; tree?: unknown } | undefined>),
    );
    const seq = await db.get(META, 'syncSeq');
    db.close();
    expect(revisions.every(Boolean)).toBe(true);
    // The first save, then one change each for the three notes of the second write.
    expect(seq).toBe(4);
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

describe('one note schema on every path: save, update, import, undo', () => {
  // Notes near and past each limit. Before one schema was shared, import took 101 tags, a
  // 201-character tag, a 30 MB title or a date past 9999, which save refused: such a note could not
  // be edited, and Delete then Undo lost it.
  const variant = fc.record({
    tags: fc.constantFrom(0, 1, 100, 101),
    tagLength: fc.constantFrom(1, 200, 201),
    title: fc.constantFrom(10, 2000, 2001),
    context: fc.constantFrom(32, 256, 257),
    body: fc.constantFrom(0, 1_000_000, 1_000_001),
    created: fc.constantFrom('2024-02-29T10:00:00.000Z', '2024-02-30T10:00:00.000Z', '+010000-01-01T00:00:00.000Z'),
  });
  const noteOf = (v: typeof variant extends fc.Arbitrary<infer T> ? T : never): Annotation => {
    const base = makeNote({ created: v.created, modified: v.created });
    return {
      ...base,
      tags: Array.from({ length: v.tags }, (_, i) => `${i}`.padEnd(v.tagLength, 'x')),
      body: 'b'.repeat(v.body),
      target: {
        ...base.target,
        title: 'T'.repeat(v.title),
        selector: [{ ...base.target.selector![0], prefix: 'p'.repeat(v.context), suffix: 's'.repeat(v.context) }, base.target.selector![1]],
      },
    };
  };
  const accepted = (work: Promise<unknown>) =>
    work.then(
      () => true,
      () => false,
    );

  it('a note is taken by all of them or refused by all of them; one taken survives delete then undo', async () => {
    await fc.assert(
      fc.asyncProperty(variant, async (v) => {
        const note = noteOf(v);
        const store = freshStore();
        const bySave = await accepted(store.save(note));
        const byImportFile = await accepted(parseImportFile(exportJsonLd([note])));
        const byImport = await accepted(freshStore().importAnnotations([note]));
        const plain = await freshStore().save(makeNote());
        const other = freshStore();
        await other.save(plain);
        const byUpdate = await accepted(other.update(plain.id, { tags: note.tags, body: note.body }));
        const patchable = v.title !== 2001 && v.context !== 257 && v.created === '2024-02-29T10:00:00.000Z';
        expect({ byImportFile, byImport }).toEqual({ byImportFile: bySave, byImport: bySave });
        if (patchable) expect(byUpdate).toBe(bySave);
        if (bySave) {
          const stored = (await store.get(note.id))!;
          await store.delete(note.id);
          await store.save(stored);
          expect(await store.get(note.id)).toEqual(stored);
        }
        for (const s of stores.splice(0)) s.close();
      }),
      { numRuns: 40 },
    );
  });

  it('says which rule a refused note breaks', async () => {
    const store = freshStore();
    const note = makeNote();
    await expect(store.save({ ...note, tags: Array.from({ length: 101 }, (_, i) => `t${i}`) })).rejects.toMatchObject({
      code: 'invalid',
      message: 'This note cannot be saved: tags: more than 100 tags.',
    });
    await store.save(note);
    await expect(store.update(note.id, { tags: ['x'.repeat(201)] })).rejects.toMatchObject({
      message: 'This note cannot be saved: tags[0]: a tag is longer than 200 characters.',
    });
    expect(await store.get(note.id)).toEqual(note);
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

  it("finds a page's notes filed under its other forms: http or https, with or without the trailing slash", async () => {
    const store = freshStore();
    const own = makeNote({ source: 'https://news.example/story' });
    const fromHypothesis = makeNote({ source: 'http://news.example/story/' });
    const slash = makeNote({ source: 'https://news.example/story/' });
    const otherPage = makeNote({ source: 'https://news.example/story-2' });
    const otherSite = makeNote({ source: 'https://www.news.example/story' });
    await store.importAnnotations([own, fromHypothesis, slash, otherPage, otherSite]);
    expect((await store.forPage('https://news.example/story')).map((n) => n.id).sort()).toEqual(
      [own.id, fromHypothesis.id, slash.id].sort(),
    );
  });

  it('lists the newest notes across pages, newest first, page after page', async () => {
    const store = freshStore();
    const notes = Array.from({ length: 7 }, (_, i) => makeNote({ source: `https://s${i % 3}.example/` }));
    await store.importAnnotations(notes);
    const first = await store.list({}, { limit: 3 });
    expect(first.annotations.map((n) => n.id)).toEqual(
      notes
        .slice(-3)
        .reverse()
        .map((n) => n.id),
    );
    const second = await store.list({}, { after: first.next, limit: 3 });
    expect(second.annotations.map((n) => n.id)).toEqual(
      notes
        .slice(1, 4)
        .reverse()
        .map((n) => n.id),
    );
    const last = await store.list({}, { after: second.next, limit: 3 });
    expect(last.annotations.map((n) => n.id)).toEqual([notes[0]!.id]);
    expect(last.next).toBeNull();
  });

  it('pages through notes made in the same millisecond without losing or repeating one', async () => {
    const store = freshStore();
    const created = '2024-05-01T00:00:00.000Z';
    const notes = Array.from({ length: 9 }, () => makeNote({ created, modified: created }));
    await store.importAnnotations(notes);
    for (const query of [{}, { text: 'quoted' }]) {
      const seen: string[] = [];
      let after = null;
      do {
        const page: Awaited<ReturnType<typeof store.list>> = await store.list(query, { after, limit: 2 });
        seen.push(...page.annotations.map((n) => n.id));
        after = page.next;
      } while (after);
      expect(seen).toEqual(
        notes
          .map((n) => n.id)
          .sort()
          .reverse(),
      );
    }
  });

  it('filters by tag, colour, site, date and author, counts the matches, and lists the tags, sites and authors in use', async () => {
    const store = freshStore();
    const a = makeNote({ tags: ['fact-check', 'budget'], color: 'green', source: 'https://www.a.example/1' });
    const b = makeNote({ tags: ['budget'], source: 'https://b.example/2', creator: 'bob' });
    const c = makeNote({ color: 'green', source: 'https://b.example/3', creator: 'alice' });
    await store.importAnnotations([a, b, c]);
    const ids = async (query: Parameters<NotesStore['list']>[0]) => (await store.list(query)).annotations.map((n) => n.id);
    expect(await ids({ tag: 'budget' })).toEqual([b.id, a.id]);
    expect(await ids({ color: 'green' })).toEqual([c.id, a.id]);
    expect(await ids({ site: 'a.example' })).toEqual([a.id]);
    expect(await ids({ since: b.created })).toEqual([c.id, b.id]);
    expect(await ids({ color: 'green', tag: 'budget' })).toEqual([a.id]);
    expect(await ids({ author: { name: 'alice', mine: true } })).toEqual([c.id, a.id]);
    expect(await ids({ author: { name: 'bob', mine: false } })).toEqual([b.id]);
    expect(await ids({ author: { name: 'bob', mine: false }, tag: 'budget', text: 'quoted' })).toEqual([b.id]);
    expect((await store.list({ tag: 'budget' }, { limit: 1 })).total).toBe(2);
    const facets = await store.facets();
    expect(facets.tags.sort()).toEqual(['budget', 'fact-check']);
    expect(facets.sites.sort()).toEqual(['a.example', 'b.example']);
    expect(facets.authors.sort()).toEqual(['alice', 'bob']);
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
    expect((await search(store, 'societe')).map((n) => n.id)).toEqual([notes.societe.id]);
    expect((await search(store, 'SOCIÉTÉ')).map((n) => n.id)).toEqual([notes.societe.id]);
    expect((await search(store, 'Société')).map((n) => n.id)).toEqual([notes.societe.id]);
    expect((await search(store, 'oeuvre')).map((n) => n.id)).toEqual([notes.oeuvre.id]);
  });

  it('covers the quote, the note and the page title', async () => {
    const { store, notes } = await seeded();
    expect((await search(store, 'ministere')).map((n) => n.id)).toEqual([notes.body.id]);
    expect((await search(store, 'election')).map((n) => n.id)).toEqual([notes.title.id]);
  });

  it('works as you type: word prefixes, every word required', async () => {
    const { store, notes } = await seeded();
    expect((await search(store, 'soc')).map((n) => n.id)).toEqual([notes.societe.id]);
    expect((await search(store, 'minis')).map((n) => n.id).sort()).toEqual([notes.body.id, notes.english.id].sort());
    expect((await search(store, 'minis numb')).map((n) => n.id)).toEqual([notes.english.id]);
    expect(await search(store, 'minis zebra')).toEqual([]);
  });

  it('returns the newest first when many notes match', async () => {
    const store = freshStore();
    const notes = Array.from({ length: 260 }, (_, i) => makeNote({ quote: `common word ${i}` }));
    await store.importAnnotations(notes);
    const found = await search(store, 'common', 10);
    expect(found.map((n) => n.id)).toEqual(
      notes
        .slice(-10)
        .reverse()
        .map((n) => n.id),
    );
  });

  it('one letter finds word starts, not letters inside words', async () => {
    const { store, notes } = await seeded();
    expect((await search(store, 'o')).map((n) => n.id)).toEqual([notes.oeuvre.id]);
    expect((await search(store, 'N')).map((n) => n.id)).toEqual([notes.english.id]);
  });

  it('pages of a search or filter are exactly what a plain scan of every note finds, in order (property)', async () => {
    const WORDS = ['alpha', 'alpine', 'beta', 'bêta', 'gamma', 'delta'];
    const noteArb = fc.record({
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
      color: fc.constantFrom(...(['yellow', 'green', 'blue'] as const)),
      tags: fc.subarray(['t1', 't2']),
      site: fc.constantFrom('a.example', 'b.example'),
      day: fc.integer({ min: 1, max: 4 }),
      author: fc.constantFrom(undefined, 'alice', 'bob'),
    });
    const queryArb = fc.record({
      text: fc.constantFrom('', 'al', 'alp', 'beta', 'gam del', 'zz'),
      color: fc.constantFrom(null, 'green' as const),
      tag: fc.constantFrom(null, 't2'),
      site: fc.constantFrom(null, 'b.example'),
      since: fc.constantFrom(null, '2024-05-03T00:00:00.000Z'),
      author: fc.constantFrom(null, { name: 'alice', mine: true }, { name: null, mine: true }, { name: 'bob', mine: false }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(noteArb, { maxLength: 40 }), queryArb, fc.integer({ min: 1, max: 7 }), async (specs, query, size) => {
        const store = freshStore();
        const notes = specs.map((n) => {
          const created = `2024-05-0${n.day}T00:00:00.000Z`;
          return makeNote({
            quote: n.words.join(' '),
            color: n.color,
            tags: n.tags,
            source: `https://${n.site}/x`,
            created,
            modified: created,
            ...(n.author ? { creator: n.author } : {}),
          });
        });
        await store.importAnnotations(notes);
        const terms = query.text.split(' ').filter(Boolean);
        const words = (n: Annotation) => n.target.selector![0].exact.replace('ê', 'e').split(' ');
        const expected = notes
          .filter(
            (n) =>
              terms.every((t) => words(n).some((w) => w.startsWith(t))) &&
              (!query.color || n.color === query.color) &&
              (!query.tag || n.tags.includes(query.tag)) &&
              (!query.site || n.target.source.includes(query.site)) &&
              (!query.since || n.created >= query.since) &&
              // Mine: signed with my name, or unsigned; a teammate's: signed with theirs.
              (!query.author || (n.creator === undefined ? query.author.mine : n.creator === query.author.name)),
          )
          .sort((a, b) => (a.created !== b.created ? (a.created < b.created ? 1 : -1) : a.id < b.id ? 1 : -1))
          .map((n) => n.id);
        const seen: string[] = [];
        let after = null;
        let total: number | null = null;
        do {
          const page: Awaited<ReturnType<NotesStore['list']>> = await store.list(query, { after, limit: size });
          if (after === null) total = page.total;
          seen.push(...page.annotations.map((n) => n.id));
          after = page.next;
        } while (after);
        expect(seen).toEqual(expected);
        if (query.text || query.color || query.tag || query.site || query.since || query.author) expect(total).toBe(expected.length);
        for (const s of stores.splice(0)) s.close();
      }),
      { numRuns: 60 },
    );
  });

  it('counts matches exactly up to 1,000, and past that says the count is a floor', async () => {
    const store = freshStore();
    await store.importAnnotations(
      Array.from({ length: 1001 }, (_, i) => makeNote({ quote: `commun ${i}`, body: i < 1000 ? 'mille' : '' })),
    );
    const exact = await store.list({ text: 'mille' }, { limit: 10 });
    expect(exact).toMatchObject({ total: 1000, totalIsAtLeast: false });
    const floor = await store.list({ text: 'commun' }, { limit: 10 });
    expect(floor).toMatchObject({ total: 1000, totalIsAtLeast: true });
    expect(floor.annotations).toHaveLength(10);
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
    await search(writer, 'alpha');
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
        const expected = (await search(reader, query)).map((n) => n.id);
        reader.close();
        IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
          reloads++;
          return realGetAll.apply(this, args);
        };
        expect((await search(writer, query)).map((n) => n.id)).toEqual(expected);
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
    expect((await search(reader, 'ministre')).map((n) => n.id)).toEqual([first.id]);
    const second = await writer.save(makeNote({ quote: 'le ministre a dit' }));
    expect((await search(reader, 'ministre')).map((n) => n.id).sort()).toEqual([first.id, second.id].sort());
    await writer.update(first.id, { body: 'zébu' });
    expect((await search(reader, 'zebu')).map((n) => n.id)).toEqual([first.id]);
    await writer.delete(second.id);
    expect((await search(reader, 'ministre')).map((n) => n.id)).toEqual([first.id]);
    // Anchoring results do not change the text, and the rows returned are still read fresh.
    await writer.setAnchorStatus([{ id: first.id, status: 'orphan', score: 0.2 }]);
    expect((await search(reader, 'ministre'))[0]!.anchor).toEqual({ status: 'orphan', score: 0.2 });
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
    expect((await search(store, 'original')).map((n) => n.id)).toEqual([note.id]);
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
    expect(await search(store, 'never')).toEqual([]);
    expect(await search(store, 'lost')).toEqual([]);
  });

  it('a full disk while staging an import file: a clear message, and the notes as they were', async () => {
    const store = freshStore();
    const note = await store.save(makeNote());
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const error = await store.stageImport(crypto.randomUUID(), 'big.jsonld', exportJsonLd([makeNote()])).catch((e) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ code: 'quota', message: expect.stringMatching(/disk space.*Nothing was written/) });
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect(await store.all()).toEqual([note]);
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
    expect((await search(store, 'quoted')).map((n) => n.id)).toEqual([after.id]);
    expect(faults.map((f) => f.code)).toEqual(['deleted']);
    expect(faults[0]!.message).toMatch(/deleted outside Newsmark/);
  });

  it('a newer database than the code is refused with a clear message', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    (await openDB(name, MIGRATIONS.length + 1)).close();
    const error = await freshStore({ name })
      .count()
      .catch((e) => e);
    expect(error).toMatchObject({ code: 'version' });
    expect(error.message).toMatch(/newer version of Newsmark/);
  });
});
