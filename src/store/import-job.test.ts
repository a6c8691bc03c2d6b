// Imports staged in the database and run in chunks: a large file in one go with a true count; a
// worker stopped half way resumes where the last chunk committed, and the counts stay exact; asking
// again for the same import repeats its answer without importing twice; a bad file writes nothing;
// a disk that fills half way keeps what was written and says so; a file too large is never read.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_CHUNK, ImportJobs, type ImportProgress, ImportStopped, importText } from './import-job';
import { MAX_IMPORT_SIZE, TOO_LARGE } from './import-limits';
import { exportJsonLd } from './jsonld';
import { NotesStore } from './notes-store';
import { STORE } from './schema';
import { makeNote } from './test-notes';

const stores: NotesStore[] = [];
function freshStore(): NotesStore {
  const store = new NotesStore({ name: `job-${crypto.randomUUID()}` });
  stores.push(store);
  return store;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

const notes = (n: number) => Array.from({ length: n }, (_, i) => makeNote({ quote: `passage ${i}`, body: i % 3 ? '' : 'vérifier' }));

describe('import jobs', () => {
  it('imports a file of several chunks in one go, reporting progress, with a true count', async () => {
    const store = freshStore();
    const all = notes(2 * IMPORT_CHUNK + 7);
    const id = crypto.randomUUID();
    await store.stageImport(id, 'big.jsonld', exportJsonLd(all));
    const seen: ImportProgress[] = [];
    const result = await new ImportJobs(store).run(id, (p) => seen.push(p));
    expect(result).toMatchObject({ added: all.length, updated: 0, unchanged: 0, entries: all.length, notes: all.length, skipped: [] });
    expect(await store.count()).toBe(all.length);
    const writing = seen.filter((p) => p.phase === 'writing').map((p) => p.done);
    expect(writing).toEqual([0, IMPORT_CHUNK, 2 * IMPORT_CHUNK, all.length]);
    expect(seen.some((p) => p.phase === 'checking')).toBe(true);
    expect((await store.list({ text: 'verifier' }, { limit: 2000 })).annotations).toHaveLength(Math.ceil(all.length / 3));
  });

  it('a worker stopped half way: the import resumes after the last chunk written, and its counts are exact', async () => {
    const store = freshStore();
    const before = makeNote({ quote: 'déjà là' });
    await store.save(before);
    const all = [...notes(2 * IMPORT_CHUNK + 3), before];
    const id = crypto.randomUUID();
    await store.stageImport(id, 'file', exportJsonLd(all));
    // The worker "dies" after its first chunk commits: the second chunk never starts.
    const realWrite = store.writeImportChunk.bind(store);
    let chunks = 0;
    store.writeImportChunk = async (...args) => {
      if (++chunks === 2) throw new Error('worker stopped');
      return realWrite(...args);
    };
    await expect(new ImportJobs(store).run(id)).rejects.toThrow('worker stopped');
    expect(await store.count()).toBe(IMPORT_CHUNK + 1);
    store.writeImportChunk = realWrite;
    // The page asks again for the same import, in a new worker.
    const result = await new ImportJobs(store).run(id);
    expect(result).toMatchObject({ added: all.length - 1, updated: 0, unchanged: 1 });
    expect(await store.count()).toBe(all.length);
  });

  it('asking again for a finished import repeats its answer and writes nothing', async () => {
    const store = freshStore();
    const id = crypto.randomUUID();
    await store.stageImport(id, 'file', exportJsonLd(notes(5)));
    const jobs = new ImportJobs(store);
    // Two requests for the same import while it runs share one job.
    const [first, twin] = await Promise.all([jobs.run(id), jobs.run(id)]);
    expect(twin).toEqual(first);
    const again = await new ImportJobs(store).run(id);
    expect(again).toEqual(first);
    expect(first.added).toBe(5);
    expect(await store.count()).toBe(5);
    // The file itself is let go once imported.
    expect((await store.importRecord(id))?.file).toBeUndefined();
  });

  it('a file with a problem writes nothing, and says so again if asked again', async () => {
    const store = freshStore();
    const file = JSON.parse(exportJsonLd(notes(3)));
    file.first.items[2].created = '2024-02-30T00:00:00Z';
    const id = crypto.randomUUID();
    await store.stageImport(id, 'file', JSON.stringify(file));
    await expect(new ImportJobs(store).run(id)).rejects.toThrow(/^first\.items\[2\]\.created: /);
    await expect(new ImportJobs(store).run(id)).rejects.toThrow(/^first\.items\[2\]\.created: /);
    expect(await store.count()).toBe(0);
  });

  it('a disk that fills half way: the chunks written are kept, the message says how many, and importing again adds the rest', async () => {
    const store = freshStore();
    const all = notes(2 * IMPORT_CHUNK + 7);
    const file = exportJsonLd(all);
    const id = crypto.randomUUID();
    await store.stageImport(id, 'file', file);
    // The disk fills in the middle of the second chunk, as Chromium reports it: the put throws.
    const realPut = IDBObjectStore.prototype.put;
    let notesPut = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === STORE && ++notesPut > IMPORT_CHUNK + 500)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
    let error: unknown;
    try {
      error = await new ImportJobs(store).run(id).catch((e) => e);
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect(error).toBeInstanceOf(ImportStopped);
    expect(error).toMatchObject({ code: 'quota', written: IMPORT_CHUNK });
    expect((error as Error).message).toBe(
      'Stopped after 2,000 of 4,007 notes: there is not enough disk space. The 2,000 notes saved are kept; ' +
        'free some disk space, then import the file again to add the rest.',
    );
    // Exactly the first chunk is stored: none of the failed chunk's notes, whole or in part.
    expect((await store.ids()).sort()).toEqual(
      all
        .slice(0, IMPORT_CHUNK)
        .map((n) => n.id)
        .sort(),
    );
    expect(await store.count()).toBe(IMPORT_CHUNK);
    // The staged copy of the file is let go, which frees its space.
    expect((await store.importRecord(id))?.file).toBeUndefined();
    // With space again, the same file imported again adds the rest, and the counts are true.
    expect(await importText(store, file)).toMatchObject({ added: all.length - IMPORT_CHUNK, unchanged: IMPORT_CHUNK });
    expect(await store.count()).toBe(all.length);
  });

  it('a staged file over the size limit is refused before it is read, writing nothing', async () => {
    const store = freshStore();
    const id = crypto.randomUUID();
    await store.stageImport(id, 'huge.jsonld', exportJsonLd(notes(1)));
    const staged = (await store.importRecord(id))!;
    let read = false;
    const text = () => {
      read = true;
      return Promise.resolve('');
    };
    const huge = { size: MAX_IMPORT_SIZE + 1, text } as unknown as Blob;
    store.importRecord = async (asked) => (asked === id ? { ...staged, file: huge } : undefined);
    await expect(new ImportJobs(store).run(id)).rejects.toThrow(TOO_LARGE);
    expect(read).toBe(false);
    expect(await store.count()).toBe(0);
  });

  it('an unknown import id is refused with a clear message', async () => {
    await expect(new ImportJobs(freshStore()).run(crypto.randomUUID())).rejects.toThrow(/not known here/);
  });

  it('importText stages and runs in one call', async () => {
    const store = freshStore();
    expect(await importText(store, exportJsonLd(notes(2)))).toMatchObject({ added: 2 });
  });
});
