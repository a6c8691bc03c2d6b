// The protocol module against recorded PouchDB Server answers (test/fixtures/sync, recorded by
// scripts/record-sync-fixtures.ts): replayed as they were, the devices make the same requests and
// end in the same state; replayed broken (not JSON, wrong shapes, documents that contradict their
// own history, 401, 500), the sync fails with a clear error and the device's store is untouched.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Clock } from './clock';
import type { HttpClient } from './couch-client';
import { SyncError } from './errors';
import type { MemoryStore } from './memory-store';
import { acceptNotes } from './note-doc';
import { conflictRevs, winningRev } from './revisions';
import { syncOnce } from './sync';
import { type Exchange, runStory, type Story, type StoryRun } from './test-story';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../test/fixtures/sync/${name}.json`, import.meta.url), 'utf8')) as Story;
const TIME = Date.UTC(2026, 0, 15, 9, 30);
const clock: Clock = {
  now: () => TIME,
  schedule: (run, ms) => setTimeout(run, ms),
  cancel: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Answers each request with the next recorded answer, after checking it is the recorded request. */
function replay(exchanges: readonly Exchange[], db: string, options: { skipBody?: RegExp } = {}): HttpClient & { served: () => number } {
  let next = 0;
  const http = async (url: string, init: { method: string; body?: string }) => {
    const exchange = exchanges[next++];
    const request = `${init.method} ${url.slice(db.length + 1)}`;
    if (!exchange) throw new Error(`Unexpected request after the recording ended: ${request}`);
    expect(request).toBe(exchange.request);
    if (!options.skipBody?.test(request)) expect(init.body === undefined ? undefined : JSON.parse(init.body)).toEqual(exchange.body);
    return { status: exchange.status, text: async () => exchange.response };
  };
  return Object.assign(http, { served: () => next });
}

async function replayStory(story: Story, until?: number): Promise<StoryRun> {
  return runStory(story.steps, { db: story.db, clock, until, httpFor: (step) => replay(step.sync!, story.db) });
}

/** Runs the story up to its step `index` (a sync), then that sync with some answers replaced. */
async function breakSync(story: Story, index: number, change: (exchange: Exchange) => Exchange | undefined) {
  const run = await replayStory(story, index);
  const step = story.steps[index]!;
  const store = run.devices.get(step.device)!;
  const before = store.dump();
  const exchanges = step.sync!.map((exchange) => change(exchange) ?? exchange);
  const http = replay(exchanges, story.db);
  const outcome = await syncOnce({
    store,
    http,
    remote: { url: story.db },
    clock,
    batchSize: step.batchSize,
    newSessionId: run.sessions.get(step.device)!,
  }).then(
    (report) => ({ report, error: undefined }),
    (error: unknown) => ({ report: undefined, error: error as SyncError }),
  );
  return { ...outcome, store, before, served: http.served() };
}

const twoDevices = load('two-devices');
const stepOf = (story: Story, device: string, nth: number) =>
  story.steps.findIndex(
    (step, i) =>
      step.device === device && step.sync && story.steps.slice(0, i + 1).filter((s) => s.device === device && s.sync).length === nth,
  );
const B_FIRST_PULL = stepOf(twoDevices, 'B', 1);
const A_PUSH = stepOf(twoDevices, 'A', 1);

describe('recorded exchanges replayed as they were', () => {
  it('two devices: the same requests, the same reports, notes and conflict as with the live server', async () => {
    const run = await replayStory(twoDevices);
    expect(run.reports).toEqual(twoDevices.steps.filter((step) => step.sync).map((step) => step.report));
    const [a, b, c] = ['A', 'B', 'C'].map((name) => run.devices.get(name)!) as [MemoryStore, MemoryStore, MemoryStore];
    expect([...a.all().keys()].sort()).toEqual(['note-1', 'note-3']);
    expect(a.get('note-1')?.body).toBe('Source: the ministry, confirmed');
    expect(a.get('note-2')).toBeUndefined();
    // Both offline edits are kept on every device, with the same winner.
    for (const device of [a, b, c]) {
      const record = device.record('note-3')!;
      expect(conflictRevs(record)).toHaveLength(1);
      expect(winningRev(record)).toBe(winningRev(a.record('note-3')!));
      expect(Object.values(record.leaves).map((leaf) => leaf.body?.body)).toEqual(
        expect.arrayContaining(['Checked on A, offline', 'Checked on B, offline']),
      );
    }
    expect(c.all()).toEqual(a.all());
    expect(run.devices.size).toBe(3);
  });

  it('a server without _bulk_get: one GET with open_revs per document, same result', async () => {
    const story = load('open-revs');
    const run = await replayStory(story);
    expect(run.reports).toEqual(story.steps.filter((step) => step.sync).map((step) => step.report));
    const pull = story.steps.at(-1)!.sync!;
    expect(pull.filter((e) => e.request.startsWith('GET note-')).length).toBe(2);
    expect(run.devices.get('B')!.get('note-2')?.body).toBe('Second, edited');
    expect(run.devices.get('B')!.record('note-2')!.revs).toEqual(run.devices.get('A')!.record('note-2')!.revs);
  });

  it('a sync makes only the requests the recording has (none left over, none missing)', async () => {
    const outcome = await breakSync(twoDevices, B_FIRST_PULL, () => undefined);
    expect(outcome.error).toBeUndefined();
    expect(outcome.served).toBe(twoDevices.steps[B_FIRST_PULL]!.sync!.length);
  });
});

describe('broken answers: a clear error, the store untouched', () => {
  const cases: { name: string; at: string; response: (text: string) => string; status?: number; kind: string; message: RegExp }[] = [
    {
      name: 'HTML instead of the changes feed',
      at: 'GET _changes',
      response: () => '<html><body>Sign in to the Wi-Fi</body></html>',
      kind: 'bad-response',
      message: /not JSON/,
    },
    {
      name: 'a truncated answer',
      at: 'POST _bulk_get',
      response: (text) => text.slice(0, text.length / 2),
      kind: 'bad-response',
      message: /not JSON/,
    },
    {
      name: 'the changes feed without results',
      at: 'GET _changes',
      response: () => '{"last_seq": 7}',
      kind: 'bad-response',
      message: /results/,
    },
    {
      name: 'a sequence that is an object',
      at: 'GET _changes',
      response: (text) => JSON.stringify({ ...JSON.parse(text), last_seq: { evil: true } }),
      kind: 'bad-response',
      message: /last_seq/,
    },
    {
      name: 'a revision id that is not one',
      at: 'GET _changes',
      response: (text) => text.replace(/"rev":"1-[0-9a-f]+"/, '"rev":"<script>"'),
      kind: 'bad-response',
      message: /N-hash/,
    },
    {
      name: 'a document whose history contradicts its revision',
      at: 'POST _bulk_get',
      response: (text) => text.replace(/"ids":\["[0-9a-f]+"/, '"ids":["0000"'),
      kind: 'bad-response',
      message: /_revisions/,
    },
    {
      name: 'a document that was not asked for',
      at: 'POST _bulk_get',
      response: (text) => text.replace(/"_id":"note-1"/, '"_id":"note-99"'),
      kind: 'bad-response',
      message: /note-99/,
    },
    {
      name: 'a checkpoint that is not one',
      at: 'GET _local',
      response: () => '{"_rev":"0-1","history":"yes"}',
      status: 200,
      kind: 'bad-response',
      message: /_local/,
    },
    {
      name: "PouchDB Server's plain-text 401",
      at: 'GET _changes',
      response: () => 'Name or password is incorrect.',
      status: 401,
      kind: 'unauthorized',
      message: /user name and password/,
    },
    {
      name: 'a 500',
      at: 'POST _bulk_get',
      response: () => '{"error":"unknown_error","reason":"function_clause"}',
      status: 500,
      kind: 'server',
      message: /function_clause/,
    },
  ];
  for (const broken of cases) {
    it(`${broken.name} (${broken.at}) → ${broken.kind}`, async () => {
      let replaced = false;
      const outcome = await breakSync(twoDevices, B_FIRST_PULL, (exchange) => {
        if (replaced || !exchange.request.startsWith(broken.at)) return undefined;
        replaced = true;
        return { ...exchange, status: broken.status ?? exchange.status, response: broken.response(exchange.response) };
      });
      expect(replaced).toBe(true);
      expect(outcome.error).toBeInstanceOf(SyncError);
      expect(outcome.error!.kind).toBe(broken.kind);
      expect(outcome.error!.message).toMatch(broken.message);
      expect(outcome.store.dump()).toBe(outcome.before);
    });
  }

  it('a changes feed that does not move on: an error, not an endless loop', async () => {
    let changesSeen = 0;
    const outcome = await breakSync(twoDevices, stepOf(twoDevices, 'C', 1), (exchange) => {
      if (!exchange.request.startsWith('GET _changes') || ++changesSeen !== 2) return undefined;
      const since = /since=([^&]+)/.exec(exchange.request)![1]!;
      return { ...exchange, response: JSON.stringify({ ...JSON.parse(exchange.response), last_seq: Number(since) }) };
    });
    expect(outcome.error?.kind).toBe('bad-response');
    expect(outcome.error?.message).toMatch(/does not move on/);
  });

  it('a push whose _bulk_docs answer is not a list: no checkpoint, the changes still pending', async () => {
    const outcome = await breakSync(twoDevices, A_PUSH, (exchange) =>
      exchange.request === 'POST _bulk_docs' ? { ...exchange, response: '{"ok":true}' } : undefined,
    );
    expect(outcome.error?.kind).toBe('bad-response');
    expect(outcome.store.dump()).toBe(outcome.before);
    expect(await outcome.store.countSince(0)).toBe(3);
  });

  it('a _revs_diff answer that asks for revisions never offered sends nothing extra', async () => {
    const outcome = await breakSync(twoDevices, A_PUSH, (exchange) => {
      if (exchange.request !== 'POST _revs_diff') return undefined;
      const answer = JSON.parse(exchange.response) as Record<string, { missing: string[] }>;
      answer['note-1']!.missing.push('9-feedface');
      answer['someone-elses'] = { missing: ['1-abc'] };
      return { ...exchange, response: JSON.stringify(answer) };
    });
    // The request body is checked by the replay: still the three recorded revisions, nothing else.
    expect(outcome.error).toBeUndefined();
    expect(outcome.report?.pushed).toBe(3);
  });
});

describe('documents that are not notes', () => {
  const NoteSchema = v.object({ body: v.string(), created: v.string(), target: v.object({ source: v.string() }) });
  const accept = acceptNotes((value) => v.parse(NoteSchema, value));

  it('are left out and reported; the valid ones are stored and the sync goes on', async () => {
    const run = await replayStory(twoDevices, B_FIRST_PULL);
    const step = twoDevices.steps[B_FIRST_PULL]!;
    const exchanges = step.sync!.map((exchange) =>
      exchange.request.startsWith('POST _bulk_get')
        ? { ...exchange, response: exchange.response.replace('"body":"Source ?"', '"body":42') }
        : exchange,
    );
    const store = run.devices.get('B')!;
    const report = await syncOnce({
      store,
      // The checkpoints count one document fewer written than recorded.
      http: replay(exchanges, twoDevices.db, { skipBody: /^PUT _local/ }),
      remote: { url: twoDevices.db },
      clock,
      accept,
      newSessionId: run.sessions.get('B')!,
    });
    expect(report.rejected).toEqual([{ id: 'note-1', rev: expect.stringMatching(/^1-/), reason: expect.stringMatching(/string/i) }]);
    expect(report.pulled).toBe(2);
    expect(store.get('note-1')).toBeUndefined();
    expect(store.get('note-2')?.body).toBe('Vérifier ce chiffre');
  });
});
