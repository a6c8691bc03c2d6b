// When the Syncer syncs, on a clock moved by hand: retries with growing pauses while the server is
// unreachable (nothing lost, the changes wait), none at all after a 401 until the reader acts, one
// sync for a burst of edits, one run for two calls at once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HttpClient, HttpRequest } from './couch-client';
import { MemoryStore } from './memory-store';
import { Syncer, type SyncerOptions } from './syncer';
import { ManualClock } from './test-clock';
import { countingSessions, type Exchange, type Story } from './test-story';

// B's first sync of the recorded two-devices story: an empty device receiving three notes.
const story = JSON.parse(readFileSync(new URL('../../test/fixtures/sync/two-devices.json', import.meta.url), 'utf8')) as Story;
const firstPull = story.steps.find((step) => step.device === 'B' && step.sync)!.sync!;

/** A server that is down until `up()`, then answers as recorded; it counts the requests. */
function server(exchanges: readonly Exchange[]) {
  let down = true;
  let status: number | undefined;
  let next = 0;
  const requests: string[] = [];
  const http: HttpClient = async (url: string, init: HttpRequest) => {
    requests.push(`${init.method} ${url.slice(story.db.length + 1)}`);
    if (status) return { status, text: async () => '{"error":"unauthorized","reason":"Name or password is incorrect."}' };
    if (down) throw new TypeError('fetch failed: connect ECONNREFUSED');
    const exchange = exchanges[next++]!;
    return { status: exchange.status, text: async () => exchange.response };
  };
  return {
    http,
    requests,
    up: () => {
      down = false;
    },
    refuse: (code: number) => {
      status = code;
    },
    /** Answers from the recording's start again. */
    rewind: () => {
      next = 0;
    },
  };
}

function syncer(http: HttpClient, clock: ManualClock, extra: Partial<SyncerOptions> = {}) {
  const store = new MemoryStore('device-B');
  const statuses: string[] = [];
  const sync = new Syncer({
    store,
    http,
    remote: { url: story.db },
    clock,
    newSessionId: countingSessions(),
    retryBaseMs: 5000,
    maxRetryMs: 60_000,
    random: () => 0, // the shortest pause of each jittered range
    onStatus: (status) => statuses.push(status.state),
    ...extra,
  });
  return { sync, store, statuses };
}

describe('Syncer', () => {
  it('retries an unreachable server with doubling pauses (capped), then syncs when it is back', async () => {
    const clock = new ManualClock();
    const remote = server(firstPull);
    const { sync, store } = syncer(remote.http, clock);
    await sync.syncNow();
    expect(sync.status).toMatchObject({ state: 'retrying', attempts: 1, error: { kind: 'offline' } });
    const pauses: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      const pause = clock.nextDue()!;
      pauses.push(pause);
      await clock.advance(pause - 1);
      expect(remote.requests).toHaveLength(attempt); // nothing before the pause ends
      await clock.advance(1);
      expect(remote.requests).toHaveLength(attempt + 1);
    }
    // base 5 s × 2^(n−1) × 0.5 (random 0), capped at 60 s × 0.5
    expect(pauses).toEqual([2500, 5000, 10_000, 20_000, 30_000, 30_000]);
    remote.up();
    await clock.advance(clock.nextDue()!);
    expect(sync.status).toMatchObject({ state: 'idle', attempts: 0, lastReport: { pulled: 3 } });
    expect(store.all().size).toBe(3);
    expect(clock.nextDue()).toBeUndefined();
  });

  it('after a 401: a clear error, no retry however long it waits, not even on a local change', async () => {
    const clock = new ManualClock();
    const remote = server(firstPull);
    remote.refuse(401);
    const { sync, store } = syncer(remote.http, clock);
    await sync.syncNow();
    expect(sync.status).toMatchObject({
      state: 'failed',
      error: { kind: 'unauthorized', message: expect.stringMatching(/user name and password/) },
    });
    store.put('note-9', { body: 'written while the password is wrong' });
    sync.changed();
    await clock.advance(24 * 60 * 60_000);
    expect(remote.requests).toEqual(['GET ']);
    // The reader fixes nothing and presses "Sync now": one more try, still refused, still no loop.
    await sync.syncNow();
    await clock.advance(24 * 60 * 60_000);
    expect(remote.requests).toHaveLength(2);
    expect(await store.countSince(0)).toBe(1); // the note waits, not lost
  });

  it('a 403 is not retried either', async () => {
    const clock = new ManualClock();
    const remote = server(firstPull);
    remote.refuse(403);
    const { sync } = syncer(remote.http, clock);
    await sync.syncNow();
    expect(sync.status.state).toBe('failed');
    expect(sync.status.error?.kind).toBe('forbidden');
    expect(clock.nextDue()).toBeUndefined();
  });

  it('a burst of local changes is one sync, after the pause', async () => {
    const clock = new ManualClock();
    const remote = server(firstPull);
    remote.up();
    const { sync } = syncer(remote.http, clock, { debounceMs: 2000 });
    for (let i = 0; i < 5; i++) {
      sync.changed();
      await clock.advance(500);
    }
    expect(remote.requests).toHaveLength(0);
    await clock.advance(2000);
    expect(sync.status.state).toBe('idle');
    expect(remote.requests.filter((r) => r === 'GET ')).toHaveLength(1);
  });

  it('two calls at once are one sync', async () => {
    const clock = new ManualClock();
    const remote = server(firstPull);
    remote.up();
    const { sync } = syncer(remote.http, clock);
    const [first, second] = await Promise.all([sync.syncNow(), sync.syncNow()]);
    expect(first).toBe(second);
    expect(remote.requests.filter((r) => r === 'GET ')).toHaveLength(1);
    expect(first.lastReport?.pulled).toBe(3);
  });

  it('a device store that fails to write (a full disk): retried later, then the notes arrive', async () => {
    const clock = new ManualClock();
    const remote = server(firstPull);
    remote.up();
    const { sync, store } = syncer(remote.http, clock);
    const merge = store.mergeRevisions.bind(store);
    let failures = 1;
    store.mergeRevisions = (revisions) =>
      failures-- > 0 ? Promise.reject(new DOMException('The disk is full', 'QuotaExceededError')) : merge(revisions);
    await sync.syncNow();
    expect(sync.status).toMatchObject({ state: 'retrying', error: { kind: 'local', message: expect.stringMatching(/disk is full/) } });
    expect(store.all().size).toBe(0);
    // Nothing was checkpointed: the retry makes the same requests from the start.
    remote.rewind();
    await clock.advance(clock.nextDue()!);
    expect(sync.status.state).toBe('idle');
    expect(store.all().size).toBe(3);
  });

  it('stop() ends a sync under way at its next step and plans nothing more', async () => {
    const clock = new ManualClock();
    const remote = server(firstPull);
    remote.up();
    const { sync } = syncer(remote.http, clock);
    const running = sync.syncNow();
    sync.stop();
    const status = await running;
    expect(status.state).toBe('stopped');
    expect(remote.requests.length).toBeLessThan(firstPull.length);
    sync.changed();
    await clock.advance(60 * 60_000);
    expect(clock.nextDue()).toBeUndefined();
  });
});
