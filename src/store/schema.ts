// The IndexedDB schema and its migrations. Version N is reached by running migrations[0..N-1] in
// order inside the one upgrade transaction: if any step fails the whole upgrade is rolled back and
// the database stays at its old version, so a half-migrated store cannot exist.
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { Annotation } from '../lib/annotation';
import type { ArticleRecord } from '../lib/article-record';
import { noteToBody } from '../sync/note-doc';
import { editDocument } from '../sync/revisions';
import { type StoredDocRecord, toStored } from './doc-records';
import { messages, StoreError, toStoreError } from './errors';
import { repairNote } from './repair';
import { type SearchRow, searchRowOf } from './search-row';

export const DB_NAME = 'newsmark';
export const STORE = 'annotations';
/** Small bookkeeping records (out-of-line keys). */
export const META = 'meta';
/** What search reads, one small row per note, written in the same transaction as the note. */
export const SEARCH = 'search';
/** Import files waiting or being imported, with their progress (see import-job.ts). */
export const IMPORTS = 'imports';
/** The articles the reader annotated: their officials and the claims each made (People view). */
export const ARTICLES = 'articles';
/** A value replaced by every write that changes what search sees, so a reader can tell in one get
 * whether the search text it holds in memory is still current (see search-cache.ts). */
export const GENERATION_KEY = 'generation';
/** How many notes the store holds, kept by every write in its own transaction: IndexedDB's count()
 * walks every key (100,000 of them take long enough to hold up the popup's first page). */
export const COUNT_KEY = 'count';
/** Sync: each note's revision tree, tombstones included (see doc-records.ts). */
export const DOCS = 'docs';
/** Sync: the local change counter, moved by every write of a note (DOCS' bySeq index follows it). */
export const SYNC_SEQ_KEY = 'syncSeq';
/** Sync: this device's random id, naming its replications (made once, with the store). */
export const REPLICA_KEY = 'replicaId';
/** Sync: a replication log is kept in META under this prefix and the replication's id. */
export const CHECKPOINT_PREFIX = 'checkpoint:';

export const SYNC_INDEX = {
  bySeq: 'bySeq',
  /** Sparse: only records with two live versions or more carry the field. */
  byConflict: 'byConflict',
} as const;

/** A stored row is the annotation itself. */
export type AnnotationRow = Annotation;

export const INDEX = {
  bySource: 'bySource',
  byCreated: 'byCreated',
  byTag: 'byTag',
} as const;

/** An import: the file as the reader chose it, and how far the background got with it. */
export interface ImportRecord {
  id: string;
  /** Dropped once the import has finished. */
  file?: Blob | string;
  name: string;
  staged: string;
  /** Notes of the file already written (they are written in order, in transactions of a few
   * thousand, each of which also moves this mark: a restarted worker resumes here). */
  written: number;
  added: number;
  updated: number;
  unchanged: number;
  /** The final answer, kept so a client asking again for the same import gets the same one. */
  outcome?: { ok: true; result: unknown } | { ok: false; error: string };
}

/** The current schema, as idb types it. Migrations see older shapes through UpgradeDB. */
export interface NotesDB extends DBSchema {
  [STORE]: {
    key: string;
    value: AnnotationRow;
    indexes: { [INDEX.bySource]: string; [INDEX.byCreated]: string; [INDEX.byTag]: string };
  };
  [META]: { key: string; value: string | number };
  [SEARCH]: { key: string; value: SearchRow };
  [IMPORTS]: { key: string; value: ImportRecord };
  [DOCS]: {
    key: string;
    value: StoredDocRecord;
    indexes: { [SYNC_INDEX.bySeq]: number; [SYNC_INDEX.byConflict]: number };
  };
  [ARTICLES]: { key: string; value: ArticleRecord };
}

export type NotesDatabase = IDBPDatabase<NotesDB>;
/** A migration works on whatever the database was at its version: untyped stores by name. */
export type UpgradeDB = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type Migration = (db: UpgradeDB, tx: UpgradeTx) => Promise<void> | void;

export function newGeneration(): string {
  return crypto.randomUUID();
}

/** migrations[i] upgrades a database from version i to version i + 1. */
export const MIGRATIONS: readonly Migration[] = [
  // v1: one store keyed by the annotation id, with the indexes the popup and the page query, and a
  // multiEntry index of folded words for search.
  (db) => {
    const store = db.createObjectStore(STORE, { keyPath: 'id' });
    store.createIndex(INDEX.bySource, 'target.source');
    store.createIndex(INDEX.byCreated, 'created');
    store.createIndex(INDEX.byTag, 'tags', { multiEntry: true });
    store.createIndex('byTerm', '_terms', { multiEntry: true });
  },
  // v2: the word index goes (it made every note dozens of index entries: importing 10,000 notes
  // took seconds in Chromium); search reads a compact in-memory copy of the text instead, kept
  // current by the generation record created here.
  async (db, tx) => {
    const store = tx.objectStore(STORE);
    store.deleteIndex('byTerm');
    db.createObjectStore(META);
    await tx.objectStore(META).put(newGeneration(), GENERATION_KEY);
    let cursor = await store.openCursor();
    while (cursor) {
      const { _terms, ...annotation } = cursor.value as Annotation & { _terms?: string[] };
      if (_terms) await cursor.update(annotation);
      cursor = await cursor.continue();
    }
  },
  // v3: (1) notes imported before every path shared one schema are brought within its limits, so
  // that each can be edited, and deleted then put back (repair.ts says what changes, and keeps the
  // text); (2) search gets its own small row per note, so that the background loads 100,000 notes'
  // search text without reading every note whole, and the count of notes is kept in META; (3) the
  // store of import files (imports resume after a restarted worker).
  async (db, tx) => {
    db.createObjectStore(SEARCH, { keyPath: 'id' });
    db.createObjectStore(IMPORTS, { keyPath: 'id' });
    const notes = tx.objectStore(STORE);
    const search = tx.objectStore(SEARCH);
    let count = 0;
    let cursor = await notes.openCursor();
    while (cursor) {
      const row = cursor.value as Annotation;
      const repaired = repairNote(row);
      if (repaired !== row) await cursor.update(repaired);
      await search.put(searchRowOf(repaired));
      count++;
      cursor = await cursor.continue();
    }
    await tx.objectStore(META).put(newGeneration(), GENERATION_KEY);
    await tx.objectStore(META).put(count, COUNT_KEY);
  },
  // v4: the articles the reader annotated, keyed by their canonical address: the officials the
  // engine found there and the claims each was the source of, for the People view. Nothing to
  // move: the store fills as annotated articles are read again.
  (db) => {
    db.createObjectStore(ARTICLES, { keyPath: 'source' });
  },
  // v5: sync (src/sync). Each note's revision tree in DOCS, made here as one first revision per
  // note there is (the body stays in the note's row, see doc-records.ts); the local change counter
  // and this device's replica id in META. The `anchor` result is left out of the revision. Notes
  // with an author (imported) get it in their search row, for the author filter.
  async (db, tx) => {
    const docs = db.createObjectStore(DOCS, { keyPath: 'id' });
    docs.createIndex(SYNC_INDEX.bySeq, 'seq', { unique: true });
    docs.createIndex(SYNC_INDEX.byConflict, 'conflicted');
    const docStore = tx.objectStore(DOCS);
    let seq = 0;
    let cursor = await tx.objectStore(STORE).openCursor();
    while (cursor) {
      const row = cursor.value as Annotation;
      const record = editDocument(undefined, row.id, noteToBody(row), ++seq);
      if (record) await docStore.put(toStored(record));
      // The author filter of "All notes" reads the author from the search row.
      if (row.creator) await tx.objectStore(SEARCH).put(searchRowOf(row));
      cursor = await cursor.continue();
    }
    await tx.objectStore(META).put(seq, SYNC_SEQ_KEY);
    await tx.objectStore(META).put(crypto.randomUUID(), REPLICA_KEY);
  },
];

export interface OpenOptions {
  name?: string;
  migrations?: readonly Migration[];
  /** Another context asked to upgrade or delete the database: this connection has been closed. */
  onClose?: (reason: 'deleted' | 'upgraded' | 'terminated') => void;
  /** The upgrade created the database from nothing (first run, or deleted since). */
  onCreated?: () => void;
}

/**
 * Opens the notes database, running the pending migrations. Rejects with a StoreError:
 * 'blocked' when an older connection elsewhere will not let the upgrade run, 'version' when the
 * database is newer than this code.
 */
export function openNotesDb(options: OpenOptions = {}): Promise<NotesDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  return new Promise<NotesDatabase>((resolve, reject) => {
    let settled = false;
    const opening = openDB<NotesDB>(options.name ?? DB_NAME, migrations.length, {
      upgrade(db, oldVersion, newVersion, tx) {
        if (oldVersion === 0) options.onCreated?.();
        // Migrations see the database as it was at each version, not as NotesDB describes it now.
        runMigrations(migrations, db as unknown as UpgradeDB, tx as unknown as UpgradeTx, oldVersion, newVersion ?? migrations.length);
      },
      blocked() {
        // The request stays queued until the other connection closes; we answer now, and close
        // the connection if it opens later so it cannot keep blocking anyone.
        settled = true;
        reject(new StoreError('blocked', messages.blocked));
      },
      blocking(_current, next, event) {
        (event.target as IDBDatabase).close();
        options.onClose?.(next === null ? 'deleted' : 'upgraded');
      },
      terminated() {
        options.onClose?.('terminated');
      },
    });
    opening.then(
      (db) => {
        if (settled) db.close();
        else resolve(db);
      },
      (error) => {
        if (!settled) reject(toStoreError(error));
      },
    );
  });
}

function runMigrations(migrations: readonly Migration[], db: UpgradeDB, tx: UpgradeTx, oldVersion: number, newVersion: number): void {
  // The open request reports an aborted upgrade; this promise would otherwise reject unheard.
  tx.done.catch(() => undefined);
  const steps = async () => {
    for (let version = oldVersion; version < newVersion; version++) await migrations[version]!(db, tx);
  };
  steps().catch((error) => {
    // Aborting the versionchange transaction rolls back every step: the database keeps its old version.
    console.error('Newsmark: migration failed, the notes database was left unchanged', error);
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
  });
}

/** Every store: what a write transaction of the notes store spans. */
export const WRITE_STORES = [STORE, SEARCH, META, IMPORTS, DOCS] as const;
export type WriteStores = (typeof STORE | typeof SEARCH | typeof META | typeof IMPORTS | typeof DOCS)[];
