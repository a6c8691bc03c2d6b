// The notes store as sync's device store: the v5 migration gives existing notes a first revision;
// every write of a note moves the change counter (and re-anchoring does not); two devices (two
// IndexedDB databases, fake-indexeddb) sync through a real PouchDB Server on 127.0.0.1: notes,
// edits, deletes, a conflict kept, shown and resolved; a server answering garbage leaves the store as it was.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PouchServer, startPouchServer } from '../../scripts/pouchdb-server';
import { checkNote } from '../lib/annotation';
import type { Clock } from '../sync/clock';
import type { HttpClient } from '../sync/couch-client';
import { acceptNotes } from '../sync/note-doc';
import { syncOnce } from '../sync/sync';
import { NotesStore } from './notes-store';
import { MIGRATIONS } from './schema';
import { NotesSyncStore } from './sync-store';
import { makeNote } from './test-notes';

const clock: Clock = {
  now: () => Date.now(),
  schedule: (run, ms) => setTimeout(run, ms),
  cancel: (h) => clearTimeout(h as NodeJS.Timeout),
};
const accept = acceptNotes((value) => {
  const checked = checkNote(value);
  if (!checked.ok) throw new Error(checked.reason);
  return checked.note;
});

function device() {
  const notes = new NotesStore({ name: `device-${crypto.randomUUID()}` });
  return { notes, sync: new NotesSyncStore(notes) };
}

describe('the revision trees kept with the notes', () => {
  it('migration v5 gives each existing note one first revision, and a replica id', async () => {
    const name = `v4-${crypto.randomUUID()}`;
    const v4db = new NotesStore({ name, migrations: MIGRATIONS.slice(0, 4) });
    const notes = [makeNote({ body: 'one' }), makeNote({ body: 'two', anchor: { status: 'orphan', score: 0 } })];
    await v4db.importAnnotations(notes);
    v4db.close();
    const v4 = new NotesSyncStore(new NotesStore({ name }));
    const { records, lastSeq } = await v4.changesSince(0, 100);
    expect(lastSeq).toBe(2);
    expect(records.map((r) => r.id).sort()).toEqual(notes.map((n) => n.id).sort());
    for (const record of records) {
      const [rev, leaf] = Object.entries(record.leaves)[0]!;
      expect(rev).toMatch(/^1-/);
      expect(leaf.body).not.toHaveProperty('anchor');
      expect(leaf.body).not.toHaveProperty('id');
    }
    expect(await v4.replicaId()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('every write of a note moves the counter; re-anchoring and an unchanged save do not', async () => {
    const { notes, sync } = device();
    const note = makeNote({ body: 'first' });
    await notes.save(note);
    expect(await sync.countSince(0)).toBe(1);
    await notes.save(note);
    expect((await sync.changesSince(0, 10)).lastSeq).toBe(1);
    await notes.setAnchorStatus([{ id: note.id, status: 'fuzzy', score: 0.8 }]);
    expect((await sync.changesSince(1, 10)).records).toEqual([]);
    await notes.update(note.id, { body: 'second' });
    const [edited] = (await sync.changesSince(1, 10)).records;
    expect(Object.keys(edited!.leaves)[0]).toMatch(/^2-/);
    expect(Object.values(edited!.leaves)[0]!.body).toMatchObject({ body: 'second' });
    await notes.importAnnotations([makeNote(), makeNote()]);
    expect(await sync.countSince(2)).toBe(2);
    await notes.delete(note.id);
    const tomb = (await sync.getRecords([note.id]))[0]!;
    expect(Object.values(tomb.leaves)).toEqual([{ deleted: true, body: null }]);
    await notes.clear();
    expect(await sync.countSince(5)).toBe(2);
  });
  it('no write of a note escapes sync: page notes, verdicts, import chunks, delete then undo', async () => {
    const { notes, sync } = device();
    const bodyOf = async (id: string) => {
      const record = (await sync.getRecords([id]))[0]!;
      const [rev, leaf] = Object.entries(record.leaves).find(([, l]) => !l.deleted) ?? Object.entries(record.leaves)[0]!;
      return { rev, body: leaf.body };
    };
    const pageNote = makeNote({ body: 'on the whole page' });
    delete pageNote.target.selector;
    await notes.save(pageNote);
    expect((await bodyOf(pageNote.id)).body).not.toHaveProperty('target.selector');
    expect((await bodyOf(pageNote.id)).body).toMatchObject({ body: 'on the whole page' });

    const claim = makeNote({ motivation: 'assessing', assessment: { verdict: 'unverified', evidence: [] } });
    await notes.save(claim);
    await notes.update(claim.id, { assessment: { verdict: 'false', evidence: ['https://stats.example/t1'] }, body: 'wrong figure' });
    expect(await bodyOf(claim.id)).toMatchObject({
      rev: expect.stringMatching(/^2-/),
      body: { assessment: { verdict: 'false', evidence: ['https://stats.example/t1'] }, body: 'wrong figure' },
    });

    await notes.stageImport('job', 'notes.json', '[]');
    const chunk = [makeNote({ creator: 'alice' }), { ...claim, body: 'merged by an import', modified: '2030-01-01T00:00:00.000Z' }];
    await notes.writeImportChunk('job', chunk, new Set([claim.id]));
    expect(await bodyOf(chunk[0]!.id)).toMatchObject({ rev: expect.stringMatching(/^1-/), body: { creator: 'alice' } });
    expect(await bodyOf(claim.id)).toMatchObject({ rev: expect.stringMatching(/^3-/), body: { body: 'merged by an import' } });

    // Undo of a delete is a save of the note as it was: it grows the tree past the tombstone,
    // so the note comes back on the other devices too.
    const before = (await sync.changesSince(0, 100)).lastSeq;
    await notes.delete(pageNote.id);
    await notes.save(pageNote);
    const record = (await sync.getRecords([pageNote.id]))[0]!;
    expect(Object.entries(record.leaves)).toEqual([
      [expect.stringMatching(/^3-/), { deleted: false, body: expect.objectContaining({ body: 'on the whole page' }) }],
    ]);
    expect((await sync.changesSince(0, 100)).lastSeq).toBe(before + 2);
  });
});

describe('two devices through PouchDB Server', () => {
  let server: PouchServer;
  let n = 0;
  beforeAll(async () => {
    server = await startPouchServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  async function newDb(): Promise<string> {
    const name = `idb-${++n}`;
    expect((await server.admin('PUT', `/${name}`)).status).toBe(201);
    return `${server.url}/${name}`;
  }
  const syncWith = (store: NotesSyncStore, url: string, http: HttpClient = fetch) =>
    syncOnce({ store, http, remote: { url }, clock, accept });

  it('a note, its edit and its deletion travel; the anchoring result stays on its device', async () => {
    const url = await newDb();
    const a = device();
    const b = device();
    const note = makeNote({ body: 'made on A', anchor: { status: 'anchored', score: 1 } });
    await a.notes.save(note);
    expect((await syncWith(a.sync, url)).pushed).toBe(1);
    expect((await syncWith(b.sync, url)).pulled).toBe(1);
    const onB = await b.notes.get(note.id);
    expect(onB?.body).toBe('made on A');
    expect(onB?.anchor).toBeUndefined();
    expect(await b.notes.count()).toBe(1);
    expect((await b.notes.list({ text: 'passage' })).annotations).toHaveLength(1);

    await b.notes.update(note.id, { body: 'edited on B' });
    await syncWith(b.sync, url);
    await syncWith(a.sync, url);
    expect((await a.notes.get(note.id))?.body).toBe('edited on B');
    expect((await a.notes.get(note.id))?.anchor).toEqual({ status: 'anchored', score: 1 });

    await a.notes.delete(note.id);
    await syncWith(a.sync, url);
    await syncWith(b.sync, url);
    expect(await b.notes.get(note.id)).toBeUndefined();
    expect(await b.notes.count()).toBe(0);
    // Nothing left to send either way.
    expect(await syncWith(b.sync, url)).toMatchObject({ pushed: 0, pulled: 0, pending: 0 });
  });

  it('a search on the receiving device finds what a sync brought, changed or took away, by author too', async () => {
    const url = await newDb();
    const a = device();
    const b = device();
    const texts = async (text: string, author?: { name: string | null; mine: boolean }) =>
      (await b.notes.list({ text, author })).annotations.map((n) => n.body);
    // B's search copy is loaded (and current) before anything arrives.
    await b.notes.save(makeNote({ body: 'local rhubarb' }));
    expect(await texts('rhubarb')).toEqual(['local rhubarb']);
    expect(await b.notes.prepareSearch()).toBe(1);

    const note = makeNote({ body: 'synced rhubarb', creator: 'alice', tags: ['budget'] });
    await a.notes.save(note);
    await syncWith(a.sync, url);
    await syncWith(b.sync, url);
    expect((await texts('rhubarb')).sort()).toEqual(['local rhubarb', 'synced rhubarb']);
    expect(await texts('synced')).toEqual(['synced rhubarb']);
    expect((await b.notes.list({ tag: 'budget' })).annotations.map((n) => n.id)).toEqual([note.id]);
    expect(await texts('rhubarb', { name: 'alice', mine: false })).toEqual(['synced rhubarb']);
    expect(await texts('rhubarb', { name: 'bob', mine: true })).toEqual(['local rhubarb']);
    expect((await b.notes.facets()).authors).toEqual(['alice']);

    await a.notes.update(note.id, { body: 'synced celery' });
    await syncWith(a.sync, url);
    await syncWith(b.sync, url);
    expect(await texts('synced')).toEqual(['synced celery']);
    expect(await texts('rhubarb')).toEqual(['local rhubarb']);

    await a.notes.delete(note.id);
    await syncWith(a.sync, url);
    await syncWith(b.sync, url);
    expect(await texts('synced')).toEqual([]);
    expect((await b.notes.list({ text: 'celery' })).total).toBe(0);
  });

  it('edited on both while offline: both versions kept, shown as a conflict, resolved everywhere', async () => {
    const url = await newDb();
    const a = device();
    const b = device();
    const note = makeNote({ body: 'original' });
    await a.notes.save(note);
    await syncWith(a.sync, url);
    await syncWith(b.sync, url);
    await a.notes.update(note.id, { body: 'A offline' });
    await b.notes.update(note.id, { body: 'B offline' });
    await syncWith(a.sync, url);
    expect((await syncWith(b.sync, url)).conflicts).toEqual([note.id]);
    await syncWith(a.sync, url);
    for (const side of [a, b]) {
      expect(await side.sync.conflictCount()).toBe(1);
      const [conflict] = await side.sync.conflicts();
      expect(conflict!.versions.map((v) => v.note.body).sort()).toEqual(['A offline', 'B offline']);
      expect(conflict!.versions[0]!.winner).toBe(true);
    }
    const shownOnA = (await a.notes.get(note.id))!.body;
    expect((await b.notes.get(note.id))!.body).toBe(shownOnA);

    const [conflict] = await b.sync.conflicts();
    const loser = conflict!.versions.find((v) => !v.winner)!.note;
    await b.sync.resolve({ ...loser, body: `${loser.body} + merged` });
    await syncWith(b.sync, url);
    await syncWith(a.sync, url);
    expect(await a.sync.conflictCount()).toBe(0);
    expect((await a.notes.get(note.id))!.body).toBe(`${loser.body} + merged`);
  });

  it('a server answering garbage: the sync fails with bad-response and the store is as it was', async () => {
    const url = await newDb();
    const a = device();
    await a.notes.save(makeNote({ body: 'kept' }));
    await syncWith(a.sync, url);
    const b = device();
    const before = JSON.stringify(await b.sync.changesSince(0, 100));
    const garbage: HttpClient = async (u, init) => {
      const real = await fetch(u, init);
      if (!u.includes('_changes') && !u.includes('_bulk_get')) return real;
      return { status: 200, text: async () => '{"results": [{"id": 12, "changes": "nope"}], "last_seq": {}}' };
    };
    await expect(syncWith(b.sync, url, garbage)).rejects.toMatchObject({ kind: 'bad-response' });
    expect(JSON.stringify(await b.sync.changesSince(0, 100))).toBe(before);
    expect(await b.notes.count()).toBe(0);
  });
});
