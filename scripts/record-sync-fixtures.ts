// Records the sync fixtures (test/fixtures/sync/*.json): stories of devices editing notes and
// syncing, run against a real PouchDB Server in memory, every request and answer kept. The unit
// tests replay them (src/sync/replay.test.ts), intact and broken. Re-record after a change to the
// requests the engine makes: npx tsx scripts/record-sync-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { noteToBody } from '../src/sync/note-doc';
import { type Exchange, frozenClock, runStory, type Story, type StoryStep } from '../src/sync/test-story';
import type { JsonObject } from '../src/sync/types';
import { startPouchServer } from './pouchdb-server';

const OUT = new URL('../test/fixtures/sync/', import.meta.url).pathname;
/** The address the devices are configured with; the recorder forwards it to the live server. */
export const FIXTURE_DB = 'https://couch.test/notes';
export const FIXTURE_TIME = Date.UTC(2026, 0, 15, 9, 30);

function note(n: number, body: string, creator = 'alice'): { id: string; body: JsonObject } {
  const created = new Date(Date.UTC(2026, 0, 10, 8, n)).toISOString();
  return {
    id: `note-${n}`,
    body: noteToBody({
      id: `note-${n}`,
      created,
      modified: created,
      motivation: 'commenting',
      color: 'yellow',
      tags: n % 2 ? ['à vérifier'] : [],
      body,
      creator,
      target: {
        source: `https://news.example/story-${n}`,
        url: `https://news.example/story-${n}?ref=home`,
        title: `Story ${n}`,
        selector: [
          { type: 'TextQuoteSelector', exact: `quoted passage ${n}`, prefix: 'before ', suffix: ' after' },
          { type: 'TextPositionSelector', start: 10 * n, end: 10 * n + 16 },
        ],
      },
    }),
  };
}

const stories: Record<string, { about: string; steps: StoryStep[]; breakBulkGet?: boolean }> = {
  'two-devices': {
    about:
      'A creates three notes and syncs; B (empty) syncs and receives them, the design document skipped; B edits one and deletes one; A receives both; both edit note-3 offline and sync: a conflict on both, the same winner; C (empty) syncs in batches of 2.',
    steps: [
      { device: 'A', put: note(1, 'Source ?') },
      { device: 'A', put: note(2, 'Vérifier ce chiffre') },
      { device: 'A', put: note(3, 'Check the number') },
      { device: 'A', sync: [] },
      { device: 'B', sync: [] },
      { device: 'B', put: note(1, 'Source: the ministry, confirmed') },
      { device: 'B', remove: 'note-2' },
      { device: 'B', sync: [] },
      { device: 'A', sync: [] },
      { device: 'A', put: note(3, 'Checked on A, offline') },
      { device: 'B', put: note(3, 'Checked on B, offline') },
      { device: 'A', sync: [] },
      { device: 'B', sync: [] },
      { device: 'A', sync: [] },
      { device: 'C', sync: [], batchSize: 2 },
    ],
  },
  'open-revs': {
    about:
      'A server without _bulk_get (CouchDB 1.x answers 405: made up here, PouchDB Server has it): B falls back to GET ?revs=true&open_revs=…, answered by the real server.',
    breakBulkGet: true,
    steps: [
      { device: 'A', put: note(1, 'First') },
      { device: 'A', put: note(2, 'Second') },
      { device: 'A', sync: [] },
      { device: 'A', put: note(2, 'Second, edited') },
      { device: 'A', sync: [] },
      { device: 'B', sync: [] },
    ],
  },
};

const server = await startPouchServer();
try {
  mkdirSync(OUT, { recursive: true });
  const clock = frozenClock(
    FIXTURE_TIME,
    (run, ms) => setTimeout(run, ms),
    (handle) => clearTimeout(handle as NodeJS.Timeout),
  );
  for (const [name, story] of Object.entries(stories)) {
    const db = `${server.url}/${name}`;
    await server.admin('PUT', `/${name}`);
    // A design document in the database, as a team's has: the devices must leave it alone.
    await server.admin('PUT', `/${name}/_design/views`, { views: { byCreator: { map: 'function (doc) { emit(doc.creator); }' } } });
    const steps = story.steps.map((step) => ({ ...step }));
    const run = await runStory(steps, {
      db: FIXTURE_DB,
      clock,
      httpFor: (step) => {
        const exchanges: Exchange[] = [];
        step.sync = exchanges;
        return async (url, init) => {
          const request = `${init.method} ${url.slice(FIXTURE_DB.length + 1)}`;
          const body = init.body === undefined ? undefined : JSON.parse(init.body);
          if (story.breakBulkGet && request.startsWith('POST _bulk_get')) {
            const response = '{"error":"method_not_allowed","reason":"Only GET,HEAD,PUT,DELETE allowed"}';
            exchanges.push({ request, body, status: 405, response, synthetic: 'CouchDB 1.x has no _bulk_get' });
            return { status: 405, text: async () => response };
          }
          const answer = await fetch(`${db}${url.slice(FIXTURE_DB.length)}`, init);
          const response = await answer.text();
          exchanges.push({ request, body, status: answer.status, response });
          return { status: answer.status, text: async () => response };
        };
      },
    });
    let report = 0;
    for (const step of steps) if (step.sync) step.report = run.reports[report++];
    const fixture: Story = { about: story.about, server: 'PouchDB Server 4.2.0, in memory', db: FIXTURE_DB, steps };
    writeFileSync(`${OUT}${name}.json`, `${JSON.stringify(fixture, null, 1)}\n`);
    console.log(`${name}: ${steps.filter((s) => s.sync).length} syncs, ${steps.reduce((n, s) => n + (s.sync?.length ?? 0), 0)} exchanges`);
  }
} finally {
  await server.stop();
}
