// Benchmark of the first sync of a new device: 10,000 notes pulled from a PouchDB Server (in memory,
// on 127.0.0.1) into an empty device store through src/sync, beside the server's own replication
// (POST /_replicate from a second in-memory database on the same server) of the same documents,
// measured in the same run; the ratio is printed. Two devices: the memory store (the protocol's and
// the server's time alone) and the extension's own store (NotesSyncStore over NotesStore: every note
// validated, written with its revision tree and search row), here on fake-indexeddb, which is slower
// than a browser's IndexedDB, so its figure is an upper bound.
// Run: npm run bench:sync [-- --notes 10000 --runs 3 --batch 200]
import 'fake-indexeddb/auto';
import { NotesStore, validNote } from '../src/store/notes-store';
import { NotesSyncStore } from '../src/store/sync-store';
import { acceptNotes, type Clock, MemoryStore, type SyncStore, syncOnce } from '../src/sync';
import { DEFAULT_BATCH_SIZE } from '../src/sync/sync';
import { startPouchServer } from './pouchdb-server';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const NOTES = arg('notes', 10_000);
const RUNS = arg('runs', 3);
const BATCH = arg('batch', DEFAULT_BATCH_SIZE);

const clock: Clock = {
  now: () => Date.now(),
  schedule: (run, ms) => setTimeout(run, ms),
  cancel: (h) => clearTimeout(h as NodeJS.Timeout),
};

let seed = 11;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const WORDS = ['ministre', 'budget', 'senator', 'reportedly', 'aurait', 'chiffre', 'claims', 'spokesperson', 'selon', 'million'];
const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');

/** Notes as the extension stores them: a quote with its context, a short comment, tags, an author. */
function noteDoc(i: number) {
  const created = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  const quote = words(8 + Math.floor(random() * 20));
  return {
    _id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, // a UUID, as the extension makes
    created,
    modified: created,
    motivation: i % 3 ? 'commenting' : 'highlighting',
    color: 'yellow',
    tags: i % 4 ? ['à vérifier'] : [],
    body: i % 3 ? words(5 + Math.floor(random() * 15)) : '',
    creator: 'alice',
    target: {
      source: `https://news.example/story-${i % 700}`,
      url: `https://news.example/story-${i % 700}?ref=home`,
      title: `Story ${i % 700}: ${words(6)}`,
      selector: [
        { type: 'TextQuoteSelector', exact: quote, prefix: words(5).slice(0, 32), suffix: words(5).slice(0, 32) },
        { type: 'TextPositionSelector', start: i, end: i + quote.length },
      ],
    },
  };
}

async function json(url: string, method: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json()) as unknown;
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

const server = await startPouchServer();
try {
  const source = `${server.url}/source`;
  await json(source, 'PUT');
  for (let start = 0; start < NOTES; start += 1000) {
    const docs = Array.from({ length: Math.min(1000, NOTES - start) }, (_, k) => noteDoc(start + k));
    await json(`${source}/_bulk_docs`, 'POST', { docs });
  }
  const bytes = JSON.stringify(noteDoc(1)).length;
  console.log(
    `${NOTES} notes (~${bytes} bytes each) on PouchDB Server 4.2.0 in memory, 127.0.0.1; batches of ${BATCH}; ${RUNS} runs, least time kept`,
  );

  const ours: number[] = [];
  const again: number[] = [];
  const extension: number[] = [];
  const extensionAgain: number[] = [];
  // The background's own check of what a server sends (sync-service.ts).
  const accept = acceptNotes((value) => validNote(value));
  const peer: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    // The server's own replication: a second in-memory database filled from the first, no HTTP between them.
    const target = `peer-${run}`;
    let start = performance.now();
    const replicated = (await json(`${server.url}/_replicate`, 'POST', { source: 'source', target, create_target: true })) as {
      docs_written?: number;
    };
    peer.push(performance.now() - start);
    const info = (await json(`${server.url}/${target}`, 'GET')) as { doc_count: number };
    if (info.doc_count !== NOTES) throw new Error(`_replicate wrote ${info.doc_count} of ${NOTES} (${JSON.stringify(replicated)})`);

    // A new device: one sync (push, nothing to send; pull, everything).
    const device = new MemoryStore(`bench-device-${run}`);
    start = performance.now();
    const report = await syncOnce({ store: device, http: fetch, remote: { url: source }, clock, batchSize: BATCH });
    ours.push(performance.now() - start);
    if (report.pulled !== NOTES || device.all().size !== NOTES || report.pending !== 0) {
      throw new Error(`the device has ${device.all().size} notes of ${NOTES} (${JSON.stringify({ ...report, rejected: undefined })})`);
    }
    // The next sync, with nothing new: what every later sync of an idle device costs.
    start = performance.now();
    await syncOnce({ store: device, http: fetch, remote: { url: source }, clock, batchSize: BATCH });
    again.push(performance.now() - start);
    await json(`${server.url}/${target}`, 'DELETE');

    // A new device with the extension's store: the same sync, into IndexedDB.
    const notes = new NotesStore({ name: `bench-device-${run}` });
    const store: SyncStore = new NotesSyncStore(notes);
    start = performance.now();
    const stored = await syncOnce({ store, http: fetch, remote: { url: source }, clock, batchSize: BATCH, accept });
    extension.push(performance.now() - start);
    const count = await notes.count();
    if (stored.pulled !== NOTES || count !== NOTES || stored.rejected.length > 0) {
      throw new Error(
        `the extension's store has ${count} notes of ${NOTES} (${stored.rejected.length} rejected: ${stored.rejected[0]?.reason})`,
      );
    }
    start = performance.now();
    await syncOnce({ store, http: fetch, remote: { url: source }, clock, batchSize: BATCH, accept });
    extensionAgain.push(performance.now() - start);
    notes.close();
  }
  const least = (xs: number[]) => Math.min(...xs);
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`first sync of a new device (src/sync)   ${fmt(least(ours))}   runs: ${ours.map(fmt).join(', ')}`);
  console.log(`server's own _replicate (peer)           ${fmt(least(peer))}   runs: ${peer.map(fmt).join(', ')}`);
  console.log(`ratio (src/sync / _replicate)            ${(least(ours) / least(peer)).toFixed(2)}×`);
  console.log(`next sync, nothing new                   ${(least(again)).toFixed(0)} ms`);
  console.log(`first sync into the extension's store    ${fmt(least(extension))}   runs: ${extension.map(fmt).join(', ')}`);
  console.log(`ratio (extension's store / _replicate)   ${(least(extension) / least(peer)).toFixed(2)}×`);
  console.log(`next sync, nothing new (extension)       ${least(extensionAgain).toFixed(0)} ms`);
} finally {
  await server.stop();
}
