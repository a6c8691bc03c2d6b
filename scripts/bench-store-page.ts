// The in-browser half of bench:store, bundled by scripts/bench-store.ts and evaluated in an extension
// page: it asks the background for pages of notes as the popup does (annotation.list), reads the
// newest notes straight from IndexedDB as the popup does, and holds the naive peers measured in the
// same run: one transaction per note for writing, and a search that reads and folds every record.
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

/** The naive peer: the same records, each put in a transaction of its own, in a database of its own. */
async function naiveWrite(notes: Annotation[]) {
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

/** The first page of the newest notes, read in this page (the popup's first render). */
async function newest(limit: number) {
  const { ms, value } = await timed(() => store.list({}, { limit }));
  return { ms, ids: value.annotations.map((a) => a.id) };
}

/** A search, asked of the background as the popup asks it. */
async function search(text: string, limit = 50) {
  const { ms, value } = await timed(async () => {
    const reply = await chrome.runtime.sendMessage({ type: 'annotation.list', payload: { query: { text }, limit } });
    if (!reply?.ok) throw new Error(JSON.stringify(reply));
    return reply.value as { annotations: Annotation[]; total: number | null; totalIsAtLeast?: boolean };
  });
  return { ms, ids: value.annotations.map((a) => a.id), total: value.total, totalIsAtLeast: value.totalIsAtLeast === true };
}

async function prepareSearch() {
  return timed(async () => {
    const reply = await chrome.runtime.sendMessage({ type: 'annotation.prepareSearch', payload: {} });
    if (!reply?.ok) throw new Error(JSON.stringify(reply));
    return reply.value.notes as number;
  });
}

/** The naive peer: read every record, fold its text, keep those whose words start with every query word. */
async function naiveSearch(query: string, limit = 50) {
  const { ms, value } = await timed(async () => {
    const db = await openDB('newsmark');
    try {
      const terms = queryTerms(query);
      const rows = (await db.getAll('annotations')) as Annotation[];
      const hits = rows.filter((a) => {
        const words = searchTerms(a.target.selector![0].exact, a.body, a.target.title, ...a.tags);
        return terms.every((t) => words.some((w) => w.startsWith(t)));
      });
      hits.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : a.id < b.id ? 1 : -1));
      return { hits: hits.slice(0, limit), total: hits.length };
    } finally {
      db.close();
    }
  });
  return { ms, ids: value.hits.map((a) => a.id), total: value.total };
}

/** Where an import's time goes, measured apart in this page: checking the file, and writing its
 * notes in one transaction into a scratch database. */
async function importBreakdown(text: string) {
  const parse = await timed(() => parseImportFile(text));
  const scratch = new NotesStore({ name: `newsmark-bench-scratch-${Date.now()}` });
  await scratch.count();
  const write = await timed(() => scratch.importAnnotations(parse.value.annotations));
  scratch.close();
  return { parseMs: parse.ms, writeMs: write.ms };
}

async function deleteAll() {
  const reply = await chrome.runtime.sendMessage({ type: 'annotation.deleteAll', payload: { confirm: true } });
  if (!reply?.ok) throw new Error(JSON.stringify(reply));
  return reply.value.deleted as number;
}

(globalThis as { newsmarkBench?: unknown }).newsmarkBench = {
  naiveWrite,
  newest,
  search,
  prepareSearch,
  naiveSearch,
  deleteAll,
  importBreakdown,
};
