// The IndexedDB schema and its migrations. Version N is reached by running migrations[0..N-1] in
// order inside the one upgrade transaction: if any step fails the whole upgrade is rolled back and
// the database stays at its old version, so a half-migrated store cannot exist.
import { type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { Annotation } from '../lib/annotation';
import { messages, StoreError, toStoreError } from './errors';

export const DB_NAME = 'newsmark';
export const STORE = 'annotations';
/** Small bookkeeping records (out-of-line keys). */
export const META = 'meta';
/** A value replaced by every write that changes what search sees, so a reader can tell in one get
 * whether the search text it holds in memory is still current (see search-cache.ts). */
export const GENERATION_KEY = 'generation';

/** A stored row is the annotation itself: nothing derived is stored, so a write costs one put and
 * the indexes below, and nothing in the database can disagree with the note. */
export type AnnotationRow = Annotation;

export const INDEX = {
  bySource: 'bySource',
  byCreated: 'byCreated',
  byTag: 'byTag',
} as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations see every past shape of the schema.
export type AnyDB = IDBPDatabase<any>;
// biome-ignore lint/suspicious/noExplicitAny: as above.
export type UpgradeTx = IDBPTransaction<any, any, 'versionchange'>;
export type Migration = (db: AnyDB, tx: UpgradeTx) => Promise<void> | void;

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
export function openNotesDb(options: OpenOptions = {}): Promise<AnyDB> {
  const migrations = options.migrations ?? MIGRATIONS;
  return new Promise<AnyDB>((resolve, reject) => {
    let settled = false;
    const opening = openDB(options.name ?? DB_NAME, migrations.length, {
      upgrade(db, oldVersion, newVersion, tx) {
        if (oldVersion === 0) options.onCreated?.();
        runMigrations(migrations, db, tx, oldVersion, newVersion ?? migrations.length);
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

function runMigrations(migrations: readonly Migration[], db: AnyDB, tx: UpgradeTx, oldVersion: number, newVersion: number): void {
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
