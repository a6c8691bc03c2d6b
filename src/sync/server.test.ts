// Integration: devices (memory stores) syncing through a real PouchDB Server that the tests start on
// 127.0.0.1 at a free port and stop after. In memory, except the crash test, which needs the server
// to keep its data across a kill and a restart (on disk, in a temporary directory).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PouchServer, startPouchServer } from '../../scripts/pouchdb-server';
import type { Clock } from './clock';
import { CouchClient, type HttpClient } from './couch-client';
import { installDesignDoc } from './design-doc';
import { MemoryStore } from './memory-store';
import { conflictRevs, winningRev } from './revisions';
import { type SyncConfig, syncOnce } from './sync';
import { Syncer } from './syncer';
import { ManualClock } from './test-clock';
import type { JsonObject } from './types';

const realClock: Clock = {
  now: () => Date.now(),
  schedule: (run, ms) => setTimeout(run, ms),
  cancel: (h) => clearTimeout(h as NodeJS.Timeout),
};

let server: PouchServer;
let dbCount = 0;

beforeAll(async () => {
  server = await startPouchServer();
});
afterAll(async () => {
  await server?.stop();
});

async function newDb(on: PouchServer = server): Promise<string> {
  const name = `notes-${++dbCount}`;
  const created = await on.admin('PUT', `/${name}`);
  expect(created.status).toBe(201);
  return `${on.url}/${name}`;
}

const note = (text: string, creator = 'alice'): JsonObject => ({ body: text, creator, created: '2026-01-10T08:00:00.000Z', tags: [] });

function config(store: MemoryStore, url: string, extra: Partial<SyncConfig> = {}): SyncConfig {
  return { store, http: fetch, remote: { url }, clock: realClock, ...extra };
}

describe('two devices through PouchDB Server', () => {
  it('a note made on A reaches B; an edit on B reaches A; a delete on A reaches B', async () => {
    const url = await newDb();
    const a = new MemoryStore('A');
    const b = new MemoryStore('B');
    a.put('n1', note('made on A'));
    expect((await syncOnce(config(a, url))).pushed).toBe(1);
    expect((await syncOnce(config(b, url))).pulled).toBe(1);
    expect(b.get('n1')?.body).toBe('made on A');

    b.put('n1', note('edited on B'));
    await syncOnce(config(b, url));
    await syncOnce(config(a, url));
    expect(a.get('n1')?.body).toBe('edited on B');

    a.remove('n1');
    await syncOnce(config(a, url));
    await syncOnce(config(b, url));
    expect(b.get('n1')).toBeUndefined();
    expect(b.record('n1')!.leaves[winningRev(b.record('n1')!)]!.deleted).toBe(true);
    const onServer = await server.admin('GET', `/${url.split('/').pop()}/n1`);
    expect(onServer.status).toBe(404);
  });

  it('both edit offline: both versions kept on both devices, the conflict reported, the server’s winner everywhere', async () => {
    const url = await newDb();
    const a = new MemoryStore('A');
    const b = new MemoryStore('B');
    a.put('n1', note('original'));
    await syncOnce(config(a, url));
    await syncOnce(config(b, url));
    a.put('n1', note('A, offline'));
    b.put('n1', note('B, offline'));
    const first = await syncOnce(config(a, url));
    const second = await syncOnce(config(b, url));
    const third = await syncOnce(config(a, url));
    expect(first.conflicts).toEqual([]);
    expect(second.conflicts).toEqual(['n1']);
    expect(third.conflicts).toEqual(['n1']);

    const served = (await server.admin('GET', `/${url.split('/').pop()}/n1?conflicts=true`)).json as {
      _rev: string;
      _conflicts: string[];
      body: string;
    };
    for (const device of [a, b]) {
      const record = device.record('n1')!;
      expect(winningRev(record)).toBe(served._rev);
      expect(conflictRevs(record)).toEqual(served._conflicts);
      expect(
        Object.values(record.leaves)
          .map((leaf) => leaf.body?.body)
          .sort(),
      ).toEqual(['A, offline', 'B, offline']);
    }
    expect(a.get('n1')?.body).toBe(served.body);

    // The reader keeps the losing version on B: the conflict ends everywhere.
    const loser = b.record('n1')!.leaves[conflictRevs(b.record('n1')!)[0]!]!.body!;
    b.resolve('n1', loser);
    await syncOnce(config(b, url));
    await syncOnce(config(a, url));
    expect(a.conflicts()).toEqual([]);
    expect(a.get('n1')).toEqual(loser);
    const after = (await server.admin('GET', `/${url.split('/').pop()}/n1?conflicts=true`)).json as { _conflicts?: string[]; body: string };
    expect(after._conflicts).toBeUndefined();
    expect(after.body).toBe(loser.body);
  });

  it('a second sync with nothing new sends no document either way', async () => {
    const url = await newDb();
    const a = new MemoryStore('A');
    for (let i = 0; i < 50; i++) a.put(`n${i}`, note(`note ${i}`));
    await syncOnce(config(a, url));
    const requests: string[] = [];
    const counting: HttpClient = (u, init) => {
      requests.push(`${init.method} ${u.slice(url.length)}`);
      return fetch(u, init);
    };
    const report = await syncOnce(config(a, url, { http: counting }));
    expect(report).toMatchObject({ pushed: 0, pulled: 0, pending: 0 });
    expect(requests.some((r) => /_bulk_docs|_bulk_get/.test(r))).toBe(false);
  });
});

describe('a server that stops in the middle of a sync', () => {
  let disk: PouchServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsmark-sync-disk-'));
    disk = await startPouchServer({ dir });
  });
  afterAll(async () => {
    await disk?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** fetch, except that the server is killed when the n-th request matching `at` is about to go. */
  function killOn(at: RegExp, n: number): HttpClient & { requests: string[] } {
    let seen = 0;
    const requests: string[] = [];
    const http = async (url: string, init: Parameters<HttpClient>[1]) => {
      requests.push(`${init.method} ${decodeURIComponent(url)}`);
      if (at.test(url) && ++seen === n) await disk.kill();
      return fetch(url, init);
    };
    return Object.assign(http, { requests });
  }

  it('push and pull resume from their checkpoints after a restart: no note lost or doubled', async () => {
    const NOTES = 400;
    const url = await newDb(disk);
    const a = new MemoryStore('A');
    for (let i = 0; i < NOTES; i++) a.put(`n${String(i).padStart(4, '0')}`, note(`note ${i}`));

    // Push in batches of 50; the server dies as the 4th batch is sent.
    const pushHttp = killOn(/_bulk_docs/, 4);
    const clock = new ManualClock();
    const pusher = new Syncer({ ...config(a, url, { http: pushHttp, batchSize: 50 }), clock, retryBaseMs: 60_000 });
    await pusher.syncNow();
    expect(pusher.status).toMatchObject({ state: 'retrying', error: { kind: 'offline' } });
    await disk.restart();
    const afterRestart = pushHttp.requests.length;
    await pusher.syncNow();
    expect(pusher.status).toMatchObject({ state: 'idle', lastReport: { pending: 0 } });
    // Resumed after the 3 batches checkpointed: 250 documents offered again (5 batches), not 400.
    const offered = pushHttp.requests.slice(afterRestart).filter((r) => r.startsWith('POST') && r.includes('_revs_diff')).length;
    expect(offered).toBe(5);

    // A new device pulls in batches of 50; the server dies as the 5th _bulk_get is sent.
    const b = new MemoryStore('B');
    const pullHttp = killOn(/_bulk_get/, 5);
    await expect(syncOnce(config(b, url, { http: pullHttp, batchSize: 50 }))).rejects.toMatchObject({ kind: 'offline' });
    expect(b.all().size).toBe(200);
    await disk.restart();
    const resumedAt = pullHttp.requests.length;
    const report = await syncOnce(config(b, url, { http: pullHttp, batchSize: 50 }));
    expect(report.pulled).toBe(200);
    const firstChanges = pullHttp.requests.slice(resumedAt).find((r) => r.includes('_changes'))!;
    expect(firstChanges).not.toMatch(/since=0&/);

    // Every note once, at its first revision, on B and on the server.
    expect(b.all().size).toBe(NOTES);
    expect(b.conflicts()).toEqual([]);
    for (const [id, body] of a.all()) expect(b.get(id)).toEqual(body);
    const info = (await disk.admin('GET', `/${url.split('/').pop()}`)).json as { doc_count: number };
    expect(info.doc_count).toBe(NOTES);
    const all = (await disk.admin('GET', `/${url.split('/').pop()}/_all_docs`)).json as { rows: { value: { rev: string } }[] };
    expect(all.rows.every((row) => row.value.rev.startsWith('1-'))).toBe(true);
  });
});

describe('accounts and teams', () => {
  let secured: PouchServer;
  let url: string;
  const users = { alice: 'alice-password', bob: 'bob-password' };

  beforeAll(async () => {
    secured = await startPouchServer();
    await secured.makeAdmin('admin', 'admin-password');
    for (const [name, password] of Object.entries(users)) {
      const made = await secured.admin('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles: [], type: 'user' });
      expect(made.status).toBe(201);
    }
    url = await newDb(secured);
    const security = await secured.admin('PUT', `/${url.split('/').pop()}/_security`, {
      admins: { names: [], roles: [] },
      members: { names: ['alice', 'bob'], roles: [] },
    });
    expect(security.status).toBe(200);
  });
  afterAll(async () => {
    await secured?.stop();
  });

  const as = (store: MemoryStore, username: string, password: string, http: HttpClient = fetch): SyncConfig => ({
    ...config(store, url, { http }),
    remote: { url, username, password },
  });

  it('a wrong password: the error in plain words, one request, no retry loop', async () => {
    let requests = 0;
    const counting: HttpClient = (u, init) => {
      requests++;
      return fetch(u, init);
    };
    const store = new MemoryStore('A');
    store.put('n1', note('waiting'));
    const clock = new ManualClock();
    const sync = new Syncer({ ...as(store, 'alice', 'wrong', counting), clock });
    await sync.syncNow();
    expect(sync.status).toMatchObject({
      state: 'failed',
      error: { kind: 'unauthorized', message: 'The server did not accept the user name and password.' },
    });
    sync.changed();
    await clock.advance(24 * 60 * 60_000);
    expect(requests).toBe(1);
    // With the right password the same note goes through.
    const report = await syncOnce(as(store, 'alice', users.alice));
    expect(report.pushed).toBe(1);
  });

  it('the design document: installed by an admin, refused to a member; then only a note’s author may change or delete it', async () => {
    const client = (username: string, password: string) => new CouchClient({ url, username, password }, { http: fetch, clock: realClock });
    expect(await installDesignDoc(client('alice', users.alice))).toBe('not-allowed');
    expect(await installDesignDoc(client('admin', 'admin-password'))).toBe('installed');
    expect(await installDesignDoc(client('admin', 'admin-password'))).toBe('up-to-date');

    const alice = new MemoryStore('alice-laptop');
    const bob = new MemoryStore('bob-phone');
    alice.put('shared', note('by alice', 'alice'));
    expect((await syncOnce(as(alice, 'alice', users.alice))).pushed).toBe(1);
    await syncOnce(as(bob, 'bob', users.bob));
    expect(bob.get('shared')?.body).toBe('by alice');

    bob.put('shared', note('bob rewrites it', 'alice'));
    bob.put('forged', note('bob signs as alice', 'alice'));
    bob.put('own', note('bob’s own note', 'bob'));
    const report = await syncOnce(as(bob, 'bob', users.bob));
    expect(report.pushed).toBe(1);
    expect(report.refused.map((r) => [r.id, r.error]).sort()).toEqual([
      ['forged', 'forbidden'],
      ['shared', 'forbidden'],
    ]);
    expect(report.refused.find((r) => r.id === 'shared')!.reason).toBe('Only the author of a note may change or delete it.');

    bob.remove('shared');
    expect((await syncOnce(as(bob, 'bob', users.bob))).refused.map((r) => r.id)).toEqual(['shared']);

    const server = (await secured.admin('GET', `/${url.split('/').pop()}/shared`)).json as { body: string };
    expect(server.body).toBe('by alice');
    alice.put('shared', note('alice edits her own', 'alice'));
    const own = await syncOnce(as(alice, 'alice', users.alice));
    expect(own.refused).toEqual([]);
    expect(alice.get('own')?.body).toBe('bob’s own note');
  });
});
