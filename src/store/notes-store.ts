// The notes store: every read and write of the reader's notes goes through here. Each write is one
// IndexedDB transaction, so it either happens completely or not at all, and every note written is
// first checked with the one note schema (src/lib/annotation.ts). The background service worker
// is the only context that calls the write methods; other contexts read.
import { type IDBPObjectStore, unwrap } from 'idb';
import { type AnchorStatus, type Annotation, checkNote } from '../lib/annotation';
import type { ArticleRecord } from '../lib/article-record';
import { addressForms } from '../lib/url';
import { noteToBody } from '../sync/note-doc';
import { editDocument } from '../sync/revisions';
import { DocWriter, fromStored, toStored, type WriteTx } from './doc-records';
import { StoreError, toStoreError } from './errors';
import { mergeAnnotations } from './merge';
import {
  ARTICLES,
  COUNT_KEY,
  DOCS,
  GENERATION_KEY,
  IMPORTS,
  type ImportRecord,
  INDEX,
  META,
  type Migration,
  type NotesDatabase,
  type NotesDB,
  newGeneration,
  openNotesDb,
  SEARCH,
  STORE,
  SYNC_SEQ_KEY,
  WRITE_STORES,
  type WriteStores,
} from './schema';
import { isEmptyQuery, type ListCursor, type NoteQuery, SearchCache } from './search-cache';
import { type SearchRow, searchRowOf } from './search-row';

export interface NotePatch {
  body?: string;
  tags?: string[];
  color?: Annotation['color'];
  motivation?: Annotation['motivation'];
  assessment?: Annotation['assessment'];
}

export interface AnchorUpdate {
  id: string;
  status: AnchorStatus;
  score: number;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/** One page of the list: its notes, where the next page starts (null at the end), and how many
 * notes match in all (for searches and filters; null when not counted). */
export interface NotesPage {
  annotations: Annotation[];
  next: ListCursor | null;
  total: number | null;
  /** True when more notes match than `total` (counting stopped at COUNT_CAP, search-cache.ts). */
  totalIsAtLeast?: boolean;
}

export interface StoreOptions {
  name?: string;
  migrations?: readonly Migration[];
  /** Told about events the reader should know of although no call failed (the database was deleted). */
  onFault?: (error: StoreError) => void;
  /** Clock, replaceable in tests. */
  now?: () => Date;
}

type NotesWrite = IDBPObjectStore<NotesDB, WriteStores, typeof STORE, 'readwrite'>;

/** Pages of the list stop here unless asked otherwise: enough to fill the popup twice. */
const DEFAULT_LIMIT = 50;
/** Search rows read per transaction when the search copy loads. */
const SEARCH_BATCH = 5000;

/** Checks a note with the one schema; a StoreError that says which rule it breaks otherwise. */
export function validNote(annotation: unknown): Annotation {
  const checked = checkNote(annotation);
  if (!checked.ok) throw new StoreError('invalid', `This note cannot be saved: ${checked.reason}.`);
  return checked.note;
}

export class NotesStore {
  private connection: Promise<NotesDatabase> | null = null;
  private existed = false;
  private readonly searchCache = new SearchCache();
  private loadingSearch: Promise<void> | null = null;

  constructor(private readonly options: StoreOptions = {}) {}

  private db(): Promise<NotesDatabase> {
    this.connection ??= openNotesDb({
      name: this.options.name,
      migrations: this.options.migrations,
      onCreated: () => {
        if (this.existed) {
          this.options.onFault?.(
            new StoreError('deleted', 'The notes database was deleted outside Newsmark; notes saved before that are gone.'),
          );
        }
      },
      onClose: () => {
        this.connection = null;
      },
    }).then(
      (db) => {
        this.existed = true;
        return db;
      },
      (error) => {
        this.connection = null;
        throw error;
      },
    );
    return this.connection;
  }

  /** Runs `fn`; if the connection was closed under it (database deleted or upgraded), reopens once. */
  async withDb<T>(fn: (db: NotesDatabase) => Promise<T>): Promise<T> {
    try {
      return await fn(await this.db());
    } catch (error) {
      if ((error as { name?: string }).name !== 'InvalidStateError') throw toStoreError(error);
      this.connection = null;
      try {
        return await fn(await this.db());
      } catch (retryError) {
        throw toStoreError(retryError);
      }
    }
  }

  /** One readwrite transaction: commits when `fn` resolves, rolls back entirely if anything throws.
   * Unless told the text did not change, it also renews the generation, so searches reload.
   * (Also used by sync-store.ts, whose writes are the notes' too.) */
  write<T>(
    fn: (tx: WriteTx) => Promise<T>,
    options: {
      textUnchanged?: boolean;
      /** Brings this context's search copy up to date with the write. */
      patch?: (cache: SearchCache, result: T) => boolean;
    } = {},
  ): Promise<T> {
    return this.withDb(async (db) => {
      // A database opened with fewer migrations (the migration tests) lacks the later stores.
      const tx = db.transaction(
        WRITE_STORES.filter((name) => db.objectStoreNames.contains(name)),
        'readwrite',
      ) as unknown as WriteTx;
      // Heard below; marked handled now, as an abort can come while a request is still pending.
      tx.done.catch(() => undefined);
      try {
        const meta = tx.objectStore(META);
        const before = options.textUnchanged ? undefined : await meta.get(GENERATION_KEY);
        const result = await fn(tx);
        const after = newGeneration();
        if (!options.textUnchanged) await meta.put(after, GENERATION_KEY);
        await tx.done;
        // The background writes and searches: patching its copy spares it a reload after each save.
        // A copy that was already behind, or a change it cannot patch, waits for the next reload.
        if (!options.textUnchanged && this.searchCache.isCurrent(before) && options.patch?.(this.searchCache, result)) {
          this.searchCache.advance(after);
        }
        return result;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // the transaction already aborted on its own
        }
        await tx.done.catch(() => undefined);
        // When the transaction aborted on its own (a full disk), its requests fail with a bare
        // AbortError, or refuse to start: the transaction's error says why.
        throw tx.error ?? error;
      }
    });
  }

  close(): void {
    const connection = this.connection;
    this.connection = null;
    void connection?.then((db) => db.close()).catch(() => undefined);
  }

  // ---- writes (background only) ----

  /** Saves a note, replacing any with the same id: saving twice is the same as saving once. Undo
   * of a delete is a save of the note as it was, so it passes the same check the note passed. */
  async save(annotation: Annotation): Promise<Annotation> {
    const [note] = await this.saveMany([annotation]);
    return note!;
  }

  /** Saves several notes in one transaction, all or none (each checked first, as save() does). */
  async saveMany(annotations: readonly Annotation[]): Promise<Annotation[]> {
    const notes = annotations.map(validNote);
    await this.write(
      async (tx) => {
        const docs = await DocWriter.open(tx);
        let added = 0;
        // One after the other: a request refused at once (a full disk) must not leave another's
        // rejection unheard.
        for (const note of notes) {
          const before = await tx.objectStore(STORE).get(note.id);
          await docs.edited(before, note);
          await tx.objectStore(STORE).put(note);
          await tx.objectStore(SEARCH).put(searchRowOf(note));
          if (!before) added++;
        }
        if (added > 0) await addToCount(tx, added);
        await docs.finish();
      },
      { patch: (cache) => notes.every((note) => cache.put(searchRowOf(note))) },
    );
    return notes;
  }

  async update(id: string, patch: NotePatch): Promise<Annotation> {
    return this.write(
      async (tx) => {
        const row = await tx.objectStore(STORE).get(id);
        if (!row) throw new StoreError('not-found', `No note with id ${id}: it may have been deleted.`);
        const updated = validNote({ ...row, ...definedOnly(patch), modified: (this.options.now?.() ?? new Date()).toISOString() });
        const docs = await DocWriter.open(tx);
        await docs.edited(row, updated);
        await tx.objectStore(STORE).put(updated);
        await tx.objectStore(SEARCH).put(searchRowOf(updated));
        await docs.finish();
        return updated;
      },
      { patch: (cache, updated) => cache.put(searchRowOf(updated)) },
    );
  }

  /** Deletes a note; true if it existed. Deleting again is harmless. */
  async delete(id: string): Promise<boolean> {
    return this.write(
      async (tx) => {
        const store = tx.objectStore(STORE);
        const before = await store.get(id);
        if (before) {
          const docs = await DocWriter.open(tx);
          await docs.deleted(before);
          await store.delete(id);
          await tx.objectStore(SEARCH).delete(id);
          await addToCount(tx, -1);
          await docs.finish();
        }
        return before !== undefined;
      },
      { patch: (cache) => cache.remove(id) },
    );
  }

  /** Deletes every note in one transaction (the options page's "delete everything"); returns their ids. */
  async clear(): Promise<string[]> {
    return this.write(
      async (tx) => {
        const store = tx.objectStore(STORE);
        const ids = await store.getAllKeys();
        // Each note leaves a tombstone, so the deletion reaches the reader's other devices.
        const docs = await DocWriter.open(tx);
        for (const row of await store.getAll()) await docs.deleted(row);
        await docs.finish();
        await store.clear();
        await tx.objectStore(SEARCH).clear();
        await tx.objectStore(META).put(0, COUNT_KEY);
        return ids;
      },
      { patch: (cache) => cache.empty() },
    );
  }

  /** Records the last anchoring result (for the popup) of the notes that still exist. */
  async setAnchorStatus(updates: readonly AnchorUpdate[]): Promise<number> {
    return this.write(
      async (tx) => {
        const store = tx.objectStore(STORE);
        const rows = await Promise.all(updates.map((u) => store.get(u.id)));
        const changed: [Annotation, Annotation][] = [];
        rows.forEach((row, i) => {
          const { status, score } = updates[i]!;
          if (row && (row.anchor?.status !== status || row.anchor?.score !== score))
            changed.push([row, { ...row, anchor: { status, score } }]);
        });
        // Through sync's bookkeeping like every write of a note: the anchoring result is this
        // device's own and is not in the synced body, so no revision is made (see note-doc.ts).
        const docs = await DocWriter.open(tx);
        for (const [row, updated] of changed) await docs.edited(row, updated);
        await Promise.all(changed.map(([, updated]) => request(() => store.put(updated))));
        await docs.finish();
        return changed.length;
      },
      { textUnchanged: true },
    );
  }

  /** Adds or merges many notes in one transaction: all of them, or none if any is invalid or a
   * write fails. (Files go through import-job.ts, which writes them in several.) */
  async importAnnotations(annotations: readonly Annotation[]): Promise<ImportSummary> {
    const notes = annotations.map(validNote);
    return this.write(async (tx) => mergeInto(tx.objectStore(STORE), tx, notes, new Set(await tx.objectStore(STORE).getAllKeys())));
  }

  /**
   * Writes the next notes of a staged import, already checked, and moves its mark in the same
   * transaction: if the worker stops, the import resumes after the last chunk that committed and
   * the counts stay true. `known` holds the ids in the store when the import (re)started.
   */
  async writeImportChunk(importId: string, notes: readonly Annotation[], known: Set<string>): Promise<ImportRecord> {
    return this.write(async (tx) => {
      const imports = tx.objectStore(IMPORTS);
      const record = await imports.get(importId);
      if (!record) throw new StoreError('not-found', 'The import was cancelled.');
      const summary = await mergeInto(tx.objectStore(STORE), tx, notes, known);
      const next: ImportRecord = {
        ...record,
        written: record.written + notes.length,
        added: record.added + summary.added,
        updated: record.updated + summary.updated,
        unchanged: record.unchanged + summary.unchanged,
      };
      await imports.put(next);
      for (const note of notes) known.add(note.id);
      return next;
    });
  }

  /** Keeps what the engine found in an annotated article (the People view reads it). */
  async rememberArticle(article: ArticleRecord): Promise<void> {
    await this.withDb((db) => db.put(ARTICLES, article).then(() => undefined));
  }

  /** Every annotated article remembered. */
  async articles(): Promise<ArticleRecord[]> {
    return this.withDb((db) => db.getAll(ARTICLES));
  }

  /** How many notes a page has, under any form of its address. */
  async countForPage(source: string): Promise<number> {
    return this.withDb(async (db) => {
      const index = db.transaction(STORE).store.index(INDEX.bySource);
      const counts = await Promise.all(addressForms(source).map((form) => index.count(form)));
      return counts.reduce((a, b) => a + b, 0);
    });
  }

  // ---- staged imports (any extension page stages; the background imports) ----

  /** Keeps a file the reader chose until the background has imported it. */
  async stageImport(id: string, name: string, file: Blob | string): Promise<void> {
    const record: ImportRecord = { id, file, name, staged: new Date().toISOString(), written: 0, added: 0, updated: 0, unchanged: 0 };
    await this.withDb(async (db) => {
      const tx = db.transaction(IMPORTS, 'readwrite');
      // Finished imports are kept a day, so a late repeat of their request gets the same answer.
      const dayAgo = new Date(Date.now() - 86_400_000).toISOString();
      for (const old of await tx.store.getAll()) if (old.outcome && old.staged < dayAgo) await tx.store.delete(old.id);
      await tx.store.put(record);
      await tx.done;
    });
  }

  async importRecord(id: string): Promise<ImportRecord | undefined> {
    return this.withDb((db) => db.get(IMPORTS, id));
  }

  /** Records how an import ended and lets go of its file. */
  async finishImport(id: string, outcome: NonNullable<ImportRecord['outcome']>): Promise<void> {
    await this.withDb(async (db) => {
      const tx = db.transaction(IMPORTS, 'readwrite');
      const record = await tx.store.get(id);
      if (record) {
        const { file: _file, ...rest } = record;
        await tx.store.put({ ...rest, outcome });
      }
      await tx.done;
    });
  }

  // ---- reads (any extension context) ----

  async get(id: string): Promise<Annotation | undefined> {
    return this.withDb((db) => db.get(STORE, id));
  }

  /** The notes of one page, in page order: those filed under its canonical address and under its
   * other forms (http or https, with or without the trailing slash; see addressForms). */
  async forPage(source: string): Promise<Annotation[]> {
    return this.withDb(async (db) => {
      const index = db.transaction(STORE).store.index(INDEX.bySource);
      const lists = await Promise.all(addressForms(source).map((form) => index.getAll(form)));
      return lists.flat().sort((a, b) => pageOrder(a) - pageOrder(b));
    });
  }

  /**
   * One page of the notes, newest first, after `after` (the last note of the previous page). With
   * words or filters the search copy answers (the first call in a context loads it: the popup asks
   * the background, whose copy outlives the popup); without, the created index is read directly.
   */
  async list(query: NoteQuery = {}, options: { after?: ListCursor | null; limit?: number } = {}): Promise<NotesPage> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const after = options.after ?? null;
    if (isEmptyQuery(query)) return this.newest(after, limit);
    await this.prepareSearch();
    const found = this.searchCache.query(query, after, limit);
    return this.withDb(async (db) => {
      const notes = db.transaction(STORE).store;
      const rows = await Promise.all(found.ids.map((id) => notes.get(id)));
      // A note deleted since the copy was read is left out; the next query sees the copy reloaded.
      return {
        annotations: rows.filter((row): row is Annotation => row !== undefined),
        next: found.next,
        total: found.total,
        totalIsAtLeast: found.totalIsAtLeast,
      };
    });
  }

  /** Loads the search copy if the database changed since it was read (the first search in a
   * context loads it), so the first keystroke does not wait. Resolves to the notes it holds. */
  async prepareSearch(): Promise<number> {
    const generation = await this.withDb((db) => db.get(META, GENERATION_KEY));
    if (!this.searchCache.isCurrent(generation)) {
      this.loadingSearch ??= this.loadSearch().finally(() => {
        this.loadingSearch = null;
      });
      await this.loadingSearch;
    }
    return this.searchCache.size;
  }

  /**
   * Reads every search row in batches of a few thousand, each its own short transaction: one
   * getAll of 100,000 rows would hold the origin's IndexedDB for seconds, and the popup's first
   * page (read meanwhile) would wait for it. The copy is marked with the generation read first, so
   * a write made during the load makes the next search load again.
   */
  private async loadSearch(): Promise<void> {
    const generation = await this.withDb((db) => db.get(META, GENERATION_KEY));
    const rows: SearchRow[] = [];
    let last: string | null = null;
    for (;;) {
      const from: string | null = last;
      const batch: SearchRow[] = await this.withDb((db) =>
        db.getAll(SEARCH, from === null ? null : IDBKeyRange.lowerBound(from, true), SEARCH_BATCH),
      );
      rows.push(...batch);
      if (batch.length < SEARCH_BATCH) break;
      last = batch[batch.length - 1]!.id;
    }
    this.searchCache.load(rows, generation);
  }

  /** Every tag, site and author in use, for the filter menus (from the search copy). */
  async facets(): Promise<{ tags: string[]; sites: string[]; authors: string[] }> {
    await this.prepareSearch();
    return this.searchCache.facets();
  }

  private newest(after: ListCursor | null, limit: number): Promise<NotesPage> {
    return this.withDb(async (db) => {
      const range = after ? IDBKeyRange.upperBound(after.created) : null;
      const annotations: Annotation[] = [];
      let cursor = await db.transaction(STORE).store.index(INDEX.byCreated).openCursor(range, 'prev');
      let next: ListCursor | null = null;
      while (cursor) {
        const row = cursor.value;
        // Notes made in the same millisecond as the cursor come in falling id order: skip those shown.
        if (!after || row.created < after.created || row.id < after.id) {
          if (annotations.length === limit) {
            const last = annotations[limit - 1]!;
            next = { created: last.created, id: last.id };
            break;
          }
          annotations.push(row);
        }
        cursor = await cursor.continue();
      }
      return { annotations, next, total: null };
    });
  }

  /** Every note in batches, newest first (for export without holding them all). */
  async *batches(size = 1000): AsyncGenerator<Annotation[]> {
    let after: ListCursor | null = null;
    do {
      const page: NotesPage = await this.newest(after, size);
      if (page.annotations.length > 0) yield page.annotations;
      after = page.next;
    } while (after);
  }

  /** Every note, newest first. */
  async all(): Promise<Annotation[]> {
    const out: Annotation[] = [];
    for await (const batch of this.batches(5000)) out.push(...batch);
    return out;
  }

  /** The id of every note. */
  async ids(): Promise<string[]> {
    return this.withDb((db) => db.getAllKeys(STORE));
  }

  /** How many notes there are: one read of the count every write keeps (see COUNT_KEY). */
  async count(): Promise<number> {
    return this.withDb(async (db) => Number(await db.get(META, COUNT_KEY)));
  }
}

/** Adds or merges notes (already checked) inside a write transaction; `known`: ids in the store. */
async function mergeInto(store: NotesWrite, tx: WriteTx, notes: readonly Annotation[], known: Set<string>): Promise<ImportSummary> {
  const existing = await Promise.all(notes.map((a) => (known.has(a.id) ? store.get(a.id) : undefined)));
  // A note's revision tree may be there without the note (a tombstone): read for every note.
  const synced = tx.objectStoreNames.contains(DOCS);
  const records = synced ? await Promise.all(notes.map((a) => tx.objectStore(DOCS).get(a.id))) : [];
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  // Thousands of puts go straight to IndexedDB, without a promise each: a put that throws
  // (a full disk) fails the call, and one that fails later aborts the transaction, whose
  // failure write() reports. Either way nothing of the chunk is kept.
  const count = await tx.objectStore(META).get(COUNT_KEY);
  let seq = Number((await tx.objectStore(META).get(SYNC_SEQ_KEY)) ?? 0);
  const nativeNotes = unwrap(store) as IDBObjectStore;
  const nativeSearch = unwrap(tx.objectStore(SEARCH)) as IDBObjectStore;
  const nativeDocs = synced ? (unwrap(tx.objectStore(DOCS)) as IDBObjectStore) : null;
  const newRevision = (before: Annotation | undefined, note: Annotation, i: number) => {
    if (!nativeDocs) return;
    const stored = records[i];
    const next = editDocument(stored ? fromStored(stored, before) : undefined, note.id, noteToBody(note), seq + 1);
    if (next) nativeDocs.put(toStored({ ...next, seq: ++seq }));
  };
  notes.forEach((incoming, i) => {
    const row = existing[i];
    if (!row) {
      summary.added++;
      nativeNotes.put(incoming);
      nativeSearch.put(searchRowOf(incoming));
      newRevision(undefined, incoming, i);
      return;
    }
    const merged = mergeAnnotations(row, incoming);
    if (merged.changed) {
      summary.updated++;
      nativeNotes.put(merged.annotation);
      nativeSearch.put(searchRowOf(merged.annotation));
      newRevision(row, merged.annotation, i);
    } else {
      summary.unchanged++;
    }
  });
  if (summary.added > 0) await tx.objectStore(META).put(Number(count ?? 0) + summary.added, COUNT_KEY);
  if (synced) await tx.objectStore(META).put(seq, SYNC_SEQ_KEY);
  return summary;
}

/** Moves the kept count of notes by `change`, in the write's transaction. */
async function addToCount(tx: WriteTx, change: number): Promise<void> {
  const meta = tx.objectStore(META);
  await meta.put(Number((await meta.get(COUNT_KEY)) ?? 0) + change, COUNT_KEY);
}

/** Turns a request that throws at once (e.g. QuotaExceededError) into a rejected promise, so a batch
 * awaited with Promise.all fails as one and no sibling request's rejection goes unhandled. */
function request<T>(issue: () => Promise<T>): Promise<T> {
  try {
    return issue();
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Where a note is in its page: page notes first, then passages in text order. */
function pageOrder(note: Annotation): number {
  return note.target.selector?.[1].start ?? -1;
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
