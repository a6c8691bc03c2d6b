// The in-browser half of bench:store, bundled by scripts/bench-store.ts and evaluated in an extension
// page (the popup), where it reads the extension's real IndexedDB through the same NotesStore code
// the popup uses. Also holds the naive peers measured in the same run: one transaction per note for
// the import, and a scan of every record for the search.
import { openDB } from 'idb';
import type { Annotation } from '../src/lib/annotation';
import { queryTerms, searchTerms } from '../src/store/fold';
import { parseImportFile } from '../src/store/import';
import { NotesStore } from '../src/store/notes-store';

const store = new NotesStore();

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** The product's import: the file goes to the service worker, which parses and writes it. */
async function importViaWorker(text: string) {
  return timed(async () => {
    const reply = await chrome.runtime.sendMessage({ type: 'annotation.import', payload: { text } });
    if (!reply?.ok) throw new Error(`import failed: ${JSON.stringify(reply)}`);
    return reply.value as { added: number };
  });
}

/** The naive peer: the same records, each put in a transaction of its own, in a database of its own. */
async function naiveImport(notes: Annotation[]) {
  const db = await openDB(`newsmark-bench-naive-${Date.now()}`, 1, {
    upgrade(d) {
      const s = d.createObjectStore('annotations', { keyPath: 'id' });
      s.createIndex('byCreated', 'created');
    },
  });
  try {
    return await timed(async () => {
      await Promise.all(notes.map((note) => db.put('annotations', note)));
      return notes.length;
    });
  } finally {
    db.close();
  }
}

/** Where the import's time goes: checking the file, and the one transaction (into a scratch database). */
async function importBreakdown(text: string) {
  const parse = await timed(() => parseImportFile(text));
  const scratch = new NotesStore({ name: `newsmark-bench-scratch-${Date.now()}` });
  await scratch.count();
  const write = await timed(() => scratch.importAnnotations(parse.value.annotations));
  scratch.close();
  return { parseMs: parse.ms, writeMs: write.ms };
}

async function recent(limit: number) {
  const { ms, value } = await timed(() => store.recent(limit));
  return { ms, ids: value.map((a) => a.id) };
}

async function search(query: string) {
  const { ms, value } = await timed(() => store.search(query));
  return { ms, ids: value.map((a) => a.id) };
}

/** The naive peer: read every record, fold its text, keep those whose words start with every query word. */
async function naiveSearch(query: string, limit = 50) {
  const { ms, value } = await timed(async () => {
    const db = await openDB('newsmark');
    try {
      const terms = queryTerms(query);
      const rows = (await db.getAll('annotations')) as Annotation[];
      const hits = rows.filter((a) => {
        const words = searchTerms(a.target.selector[0].exact, a.body, a.target.title, ...a.tags);
        return terms.every((t) => words.some((w) => w.startsWith(t)));
      });
      hits.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
      return hits.slice(0, limit);
    } finally {
      db.close();
    }
  });
  return { ms, ids: value.map((a) => a.id) };
}

(globalThis as { newsmarkBench?: unknown }).newsmarkBench = { importViaWorker, importBreakdown, naiveImport, recent, search, naiveSearch };
