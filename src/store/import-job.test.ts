// Imports staged in the database and run in chunks: a large file in one go with a true count; a
// worker stopped half way resumes where the last chunk committed, and the counts stay exact; asking
// again for the same import repeats its answer without importing twice; a bad file writes nothing.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_CHUNK, ImportJobs, type ImportProgress, importText } from './import-job';
import { exportJsonLd } from './jsonld';
import { NotesStore } from './notes-store';
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

  it('an unknown import id is refused with a clear message', async () => {
    await expect(new ImportJobs(freshStore()).run(crypto.randomUUID())).rejects.toThrow(/not known here/);
  });

  it('importText stages and runs in one call', async () => {
    const store = freshStore();
    expect(await importText(store, exportJsonLd(notes(2)))).toMatchObject({ added: 2 });
  });
});
