// The notes store: every read and write of the reader's notes goes through here. Each write is one
// IndexedDB transaction, so it either happens completely or not at all. The background service
// worker is the only context that calls the write methods; other contexts read.
import { type IDBPObjectStore, unwrap } from 'idb';
import type { AnchorStatus, Annotation } from '../lib/annotation';
import { StoreError, toStoreError } from './errors';
import { queryTerms } from './fold';
import { type ParsedImport, parseImportFile } from './import';
import { mergeAnnotations } from './merge';
import { type AnnotationRow, type AnyDB, GENERATION_KEY, INDEX, META, type Migration, newGeneration, openNotesDb, STORE } from './schema';
import { SearchCache } from './search-cache';

export interface NotePatch {
  body?: string;
  tags?: string[];
  color?: Annotation['color'];
  motivation?: Annotation['motivation'];
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

export interface StoreOptions {
  name?: string;
  migrations?: readonly Migration[];
  /** Told about events the reader should know of although no call failed (the database was deleted). */
  onFault?: (error: StoreError) => void;
  /** Clock, replaceable in tests. */
  now?: () => Date;
}

// biome-ignore lint/suspicious/noExplicitAny: the schema is described by schema.ts, not by idb's DBSchema.
type WriteStore = IDBPObjectStore<any, (typeof STORE | typeof META)[], typeof STORE, 'readwrite'>;

/** Search results stop here unless asked otherwise: enough for a list, cheap enough per keystroke. */
const DEFAULT_LIMIT = 50;

const newestFirst = (a: Annotation, b: Annotation) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0);

export class NotesStore {
  private connection: Promise<AnyDB> | null = null;
  private existed = false;
  private readonly searchCache = new SearchCache();

  constructor(private readonly options: StoreOptions = {}) {}

  private db(): Promise<AnyDB> {
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
  private async withDb<T>(fn: (db: AnyDB) => Promise<T>): Promise<T> {
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
   * Unless told the text did not change, it also renews the generation, so searches reload. */
  private write<T>(
    fn: (store: WriteStore) => Promise<T>,
    options: {
      textUnchanged?: boolean /** Brings this context's search copy up to date with the write. */;
      patch?: (cache: SearchCache, result: T) => boolean;
    } = {},
  ): Promise<T> {
    return this.withDb(async (db) => {
      const tx = db.transaction([STORE, META], 'readwrite');
      try {
        const meta = tx.objectStore(META);
        const before = options.textUnchanged ? undefined : await meta.get(GENERATION_KEY);
        const result = await fn(tx.objectStore(STORE));
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
        // AbortError: the transaction's error says why.
        throw (error as { name?: string }).name === 'AbortError' && tx.error ? tx.error : error;
      }
    });
  }

  close(): void {
    const connection = this.connection;
    this.connection = null;
    void connection?.then((db) => db.close()).catch(() => undefined);
  }

  // ---- writes (background only) ----

  /** Saves a note, replacing any with the same id: saving twice is the same as saving once. */
  async save(annotation: Annotation): Promise<Annotation> {
    await this.write(
      async (store) => {
        await store.put(annotation);
      },
      { patch: (cache) => cache.put(annotation) },
    );
    return annotation;
  }

  async update(id: string, patch: NotePatch): Promise<Annotation> {
    return this.write(
      async (store) => {
        const row = (await store.get(id)) as AnnotationRow | undefined;
        if (!row) throw new StoreError('not-found', `No note with id ${id}: it may have been deleted.`);
        const updated: Annotation = {
          ...row,
          ...definedOnly(patch),
          modified: (this.options.now?.() ?? new Date()).toISOString(),
        };
        await store.put(updated);
        return updated;
      },
      { patch: (cache, updated) => cache.put(updated) },
    );
  }

  /** Deletes a note; true if it existed. Deleting again is harmless. */
  async delete(id: string): Promise<boolean> {
    return this.write(
      async (store) => {
        const existed = (await store.getKey(id)) !== undefined;
        if (existed) await store.delete(id);
        return existed;
      },
      { patch: (cache) => cache.remove(id) },
    );
  }

  /** Deletes every note in one transaction (the options page's "delete everything"); returns their ids. */
  async clear(): Promise<string[]> {
    return this.write(
      async (store) => {
        const ids = (await store.getAllKeys()) as string[];
        await store.clear();
        return ids;
      },
      { patch: (cache) => cache.empty() },
    );
  }

  /** Records the last anchoring result (for the popup) of the notes that still exist. */
  async setAnchorStatus(updates: readonly AnchorUpdate[]): Promise<number> {
    return this.write(
      async (store) => {
        const rows = (await Promise.all(updates.map((u) => store.get(u.id)))) as (AnnotationRow | undefined)[];
        const puts: Promise<unknown>[] = [];
        rows.forEach((row, i) => {
          const { status, score } = updates[i]!;
          if (row && (row.anchor?.status !== status || row.anchor?.score !== score)) {
            puts.push(request(() => store.put({ ...row, anchor: { status, score } })));
          }
        });
        await Promise.all(puts);
        return puts.length;
      },
      { textUnchanged: true },
    );
  }

  /** Adds or merges many notes in one transaction: all of them, or none if anything fails. */
  async importAnnotations(annotations: readonly Annotation[]): Promise<ImportSummary> {
    return this.write(async (store) => {
      // One key listing instead of a lookup per note: most imported notes are new.
      const keys = new Set((await store.getAllKeys()) as string[]);
      const existing = (await Promise.all(annotations.map((a) => (keys.has(a.id) ? store.get(a.id) : undefined)))) as (
        | AnnotationRow
        | undefined
      )[];
      const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
      // Thousands of puts go straight to IndexedDB, without a promise each: a put that throws
      // (a full disk) fails the call, and one that fails later aborts the transaction, whose
      // failure write() reports. Either way nothing of the file is kept.
      const native = unwrap(store) as IDBObjectStore;
      annotations.forEach((incoming, i) => {
        const row = existing[i];
        if (!row) {
          summary.added++;
          native.put(incoming);
          return;
        }
        const merged = mergeAnnotations(row, incoming);
        if (merged.changed) {
          summary.updated++;
          native.put(merged.annotation);
        } else {
          summary.unchanged++;
        }
      });
      return summary;
    });
  }

  /** Checks a whole import file, then adds or merges its notes in one transaction. */
  async importFile(text: string): Promise<ImportSummary & { format: ParsedImport['format']; skipped: ParsedImport['skipped'] }> {
    const parsed = await parseImportFile(text);
    const summary = await this.importAnnotations(parsed.annotations);
    return { ...summary, format: parsed.format, skipped: parsed.skipped };
  }

  // ---- reads (any extension context) ----

  async get(id: string): Promise<Annotation | undefined> {
    return this.withDb(async (db) => {
      return (await db.get(STORE, id)) as AnnotationRow | undefined;
    });
  }

  /** The notes of one page (by canonical URL), in page order. */
  async forPage(source: string): Promise<Annotation[]> {
    return this.withDb(async (db) => {
      const rows = (await db.getAllFromIndex(STORE, INDEX.bySource, source)) as AnnotationRow[];
      return rows.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
    });
  }

  /** The newest notes across all pages, newest first; `before` (a created time) pages further back. */
  async recent(limit = DEFAULT_LIMIT, before?: string): Promise<Annotation[]> {
    return this.withDb(async (db) => {
      const range = before ? IDBKeyRange.upperBound(before, true) : null;
      const out: Annotation[] = [];
      let cursor = await db.transaction(STORE).store.index(INDEX.byCreated).openCursor(range, 'prev');
      while (cursor && out.length < limit) {
        out.push(cursor.value as AnnotationRow);
        cursor = await cursor.continue();
      }
      return out;
    });
  }

  async byTag(tag: string): Promise<Annotation[]> {
    return this.withDb(async (db) => {
      const rows = (await db.getAllFromIndex(STORE, INDEX.byTag, tag)) as AnnotationRow[];
      return rows.sort(newestFirst);
    });
  }

  /** Every tag in use, sorted. */
  async tags(): Promise<string[]> {
    return this.withDb(async (db) => {
      const tags: string[] = [];
      let cursor = await db.transaction(STORE).store.index(INDEX.byTag).openKeyCursor(null, 'nextunique');
      while (cursor) {
        tags.push(cursor.key as string);
        cursor = await cursor.continue();
      }
      return tags;
    });
  }

  /**
   * Full-text search over quote, note, page title and tags, ignoring accents and case. Every word of
   * the query must start a word of the note (so results narrow as the reader types). Newest first.
   * The first search in a context (or the first after a write) loads the text of every note; the
   * others scan it in memory and read only the notes shown.
   */
  async search(query: string, limit = DEFAULT_LIMIT): Promise<Annotation[]> {
    const terms = queryTerms(query);
    if (terms.length === 0) return this.recent(limit);
    return this.withDb(async (db) => {
      // One transaction: the generation, the text and the rows shown all come from the same state.
      const tx = db.transaction([STORE, META]);
      const notes = tx.objectStore(STORE);
      const generation = await tx.objectStore(META).get(GENERATION_KEY);
      if (!this.searchCache.isCurrent(generation)) this.searchCache.load((await notes.getAll()) as AnnotationRow[], generation);
      const ids = this.searchCache.match(terms, limit);
      const rows = (await Promise.all(ids.map((id) => notes.get(id)))) as (AnnotationRow | undefined)[];
      return rows.filter((row): row is AnnotationRow => row !== undefined);
    });
  }

  /** Every note, newest first (for export). */
  async all(): Promise<Annotation[]> {
    return this.withDb(async (db) => ((await db.getAll(STORE)) as AnnotationRow[]).sort(newestFirst));
  }

  async count(): Promise<number> {
    return this.withDb((db) => db.count(STORE));
  }
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

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
