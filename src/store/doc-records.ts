// Sync's side of the notes store: each note's revision tree (src/sync/revisions.ts) kept in DOCS
// beside the note, written in the same transaction as the note, with a change counter that every
// write of a note moves, so a sync finds what changed. One copy of each note: the winning
// revision's body is the note's row itself (`inRow`); only the other versions of a note edited on
// two devices keep a body here.
import type { IDBPTransaction } from 'idb';
import type { Annotation } from '../lib/annotation';
import { noteToBody } from '../sync/note-doc';
import { conflictRevs, deleteDocument, editDocument, resolveConflict, winningRev } from '../sync/revisions';
import type { DocRecord, JsonObject, Leaf } from '../sync/types';
import type { NotesDB, WriteStores } from './schema';

export interface StoredLeaf extends Leaf {
  /** The body is the note's row (this leaf is the winner and the note exists). */
  inRow?: true;
}

export interface StoredDocRecord extends DocRecord {
  leaves: Record<string, StoredLeaf>;
  /** Set (to 1) only while the note has two live versions or more: the sparse byConflict index. */
  conflicted?: 1;
}

export type WriteTx = IDBPTransaction<NotesDB, WriteStores, 'readwrite'>;

/** The record as stored: the winner's body left to the note's row, the conflict mark set or not. */
export function toStored(record: DocRecord): StoredDocRecord {
  const winner = winningRev(record);
  const leaves: Record<string, StoredLeaf> = { ...record.leaves };
  if (!leaves[winner]!.deleted) leaves[winner] = { deleted: false, body: null, inRow: true };
  const stored: StoredDocRecord = { id: record.id, revs: record.revs, leaves, seq: record.seq };
  if (conflictRevs(record).length > 0) stored.conflicted = 1;
  return stored;
}

/** The record as the engine sees it, the winner's body read from the note's row. */
export function fromStored(stored: StoredDocRecord, row: Annotation | undefined): DocRecord {
  const leaves: Record<string, Leaf> = {};
  for (const [rev, leaf] of Object.entries(stored.leaves)) {
    leaves[rev] = leaf.inRow ? { deleted: false, body: row ? noteToBody(row) : {} } : { deleted: leaf.deleted, body: leaf.body };
  }
  return { id: stored.id, revs: stored.revs, leaves, seq: stored.seq };
}

/**
 * The revision bookkeeping of one write transaction: reads the change counter once, gives each
 * changed record the next number, and writes the counter back at the end (finish()).
 */
export class DocWriter {
  private constructor(
    private readonly tx: WriteTx,
    private seq: number,
    private readonly start: number,
    private readonly enabled = true,
  ) {}

  static async open(tx: WriteTx): Promise<DocWriter> {
    // A database opened with fewer migrations (the migration tests) keeps no revisions.
    if (!tx.objectStoreNames.contains('docs')) return new DocWriter(tx, 0, 0, false);
    const seq = Number((await tx.objectStore('meta').get('syncSeq')) ?? 0);
    return new DocWriter(tx, seq, seq);
  }

  get current(): number {
    return this.seq;
  }

  /** The record of a note, its winner's body taken from `row` (the row as it is before the write). */
  async read(id: string, row: Annotation | undefined): Promise<DocRecord | undefined> {
    if (!this.enabled) return undefined;
    const stored = await this.tx.objectStore('docs').get(id);
    return stored ? fromStored(stored, row) : undefined;
  }

  /** Keeps a record, giving it the next change number. */
  put(record: DocRecord): void {
    if (!this.enabled) return;
    this.seq++;
    // Not awaited: a put that fails aborts the transaction, and the write reports that.
    this.tx
      .objectStore('docs')
      .put(toStored({ ...record, seq: this.seq }))
      .catch(() => undefined);
  }

  /** A note saved (new or changed): a new revision, unless its synced body is the same. */
  async edited(before: Annotation | undefined, note: Annotation): Promise<void> {
    const next = editDocument(await this.read(note.id, before), note.id, noteToBody(note), this.seq + 1);
    if (next) this.put(next);
  }

  /** A note deleted: a tombstone to replicate. */
  async deleted(before: Annotation): Promise<void> {
    if (!this.enabled) return;
    const record = (await this.read(before.id, before)) ?? editDocument(undefined, before.id, noteToBody(before), 0)!;
    const next = deleteDocument(record, this.seq + 1);
    if (next) this.put(next);
  }

  /** The note's conflict ended by keeping `body` (one version, or the reader's merge). */
  async resolved(before: Annotation | undefined, id: string, body: JsonObject): Promise<DocRecord | undefined> {
    const record = await this.read(id, before);
    if (!record) return undefined;
    const next = resolveConflict(record, body, this.seq + 1);
    this.put(next);
    return next;
  }

  /** Writes the counter back; call once, at the end of the transaction's work. */
  async finish(): Promise<void> {
    if (this.seq !== this.start) await this.tx.objectStore('meta').put(this.seq, 'syncSeq');
  }
}
