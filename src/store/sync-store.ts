// The notes store as sync's device store (SyncStore, src/sync/store.ts): the revision trees in
// DOCS, read by change number; revisions received from the server merged into them and the
// winner written as the note, in one transaction; replication checkpoints in META. Also the
// notes edited on two devices, for the popup, and the reader's choice between their versions.
import type { Annotation } from '../lib/annotation';
import { bodyToNote, noteToBody } from '../sync/note-doc';
import { conflictRevs, mergeRevision, winningLeaf } from '../sync/revisions';
import type { MergeReport, SyncStore } from '../sync/store';
import type { DocRecord, ReplicationLog, Revision } from '../sync/types';
import { DocWriter, fromStored, type WriteTx } from './doc-records';
import type { NotesStore } from './notes-store';
import { validNote } from './notes-store';
import { CHECKPOINT_PREFIX, COUNT_KEY, DOCS, META, REPLICA_KEY, SEARCH, STORE, SYNC_INDEX, SYNC_SEQ_KEY } from './schema';
import { searchRowOf } from './search-row';

/** A note edited on two devices: the version shown (the winner, `rev`) and the others. */
export interface ConflictedNote {
  id: string;
  versions: { rev: string; note: Annotation; winner: boolean }[];
}

export class NotesSyncStore implements SyncStore {
  constructor(private readonly notes: NotesStore) {}

  async replicaId(): Promise<string> {
    return this.notes.withDb(async (db) => {
      const id = await db.get(META, REPLICA_KEY);
      if (typeof id === 'string') return id;
      const made = crypto.randomUUID();
      await db.put(META, made, REPLICA_KEY);
      return made;
    });
  }

  async changesSince(since: number, limit: number): Promise<{ records: DocRecord[]; lastSeq: number }> {
    return this.notes.withDb(async (db) => {
      const tx = db.transaction([DOCS, STORE, META]);
      const stored = await tx.objectStore(DOCS).index(SYNC_INDEX.bySeq).getAll(IDBKeyRange.lowerBound(since, true), limit);
      const rows = await Promise.all(stored.map((record) => tx.objectStore(STORE).get(record.id)));
      const current = Number((await tx.objectStore(META).get(SYNC_SEQ_KEY)) ?? 0);
      const records = stored.map((record, i) => fromStored(record, rows[i]));
      return { records, lastSeq: records.length > 0 ? records[records.length - 1]!.seq : Math.max(since, current) };
    });
  }

  async countSince(since: number): Promise<number> {
    return this.notes.withDb((db) => db.countFromIndex(DOCS, SYNC_INDEX.bySeq, IDBKeyRange.lowerBound(since, true)));
  }

  async getRecords(ids: readonly string[]): Promise<(DocRecord | undefined)[]> {
    return this.notes.withDb(async (db) => {
      const tx = db.transaction([DOCS, STORE]);
      const stored = await Promise.all(ids.map((id) => tx.objectStore(DOCS).get(id)));
      const rows = await Promise.all(ids.map((id, i) => (stored[i] ? tx.objectStore(STORE).get(id) : undefined)));
      return stored.map((record, i) => (record ? fromStored(record, rows[i]) : undefined));
    });
  }

  async mergeRevisions(revisions: readonly Revision[]): Promise<MergeReport> {
    return this.notes.write(async (tx) => {
      const docs = await DocWriter.open(tx);
      const seqBefore = docs.current;
      const rows = new Map<string, Annotation | undefined>();
      const staged = new Map<string, DocRecord>();
      let written = 0;
      for (const revision of revisions) {
        if (!rows.has(revision.id)) rows.set(revision.id, await tx.objectStore(STORE).get(revision.id));
        const current = staged.get(revision.id) ?? (await docs.read(revision.id, rows.get(revision.id)));
        const merged = mergeRevision(current, revision, 0);
        if (!merged) continue;
        staged.set(revision.id, merged);
        written++;
      }
      let countChange = 0;
      for (const record of staged.values()) {
        countChange += await showWinner(tx, record, rows.get(record.id));
        docs.put(record);
      }
      if (countChange !== 0) {
        const meta = tx.objectStore(META);
        await meta.put(Number((await meta.get(COUNT_KEY)) ?? 0) + countChange, COUNT_KEY);
      }
      await docs.finish();
      const conflicts = [...staged.values()].filter((record) => conflictRevs(record).length > 0).map((record) => record.id);
      return { written, conflicts, seqBefore, seqAfter: docs.current };
    });
  }

  async getCheckpoint(replicationId: string): Promise<ReplicationLog | undefined> {
    const text = await this.notes.withDb((db) => db.get(META, CHECKPOINT_PREFIX + replicationId));
    return typeof text === 'string' ? (JSON.parse(text) as ReplicationLog) : undefined;
  }

  async putCheckpoint(replicationId: string, log: ReplicationLog): Promise<void> {
    await this.notes.withDb((db) => db.put(META, JSON.stringify(log), CHECKPOINT_PREFIX + replicationId));
  }

  // ---- notes edited on two devices ----

  /** How many notes have two live versions or more. */
  async conflictCount(): Promise<number> {
    return this.notes.withDb((db) => db.countFromIndex(DOCS, SYNC_INDEX.byConflict));
  }

  /** The notes edited on two devices, each with its versions, the shown one first. */
  async conflicts(limit = 200): Promise<ConflictedNote[]> {
    return this.notes.withDb(async (db) => {
      const tx = db.transaction([DOCS, STORE]);
      const stored = await tx.objectStore(DOCS).index(SYNC_INDEX.byConflict).getAll(undefined, limit);
      const out: ConflictedNote[] = [];
      for (const record of stored) {
        const row = await tx.objectStore(STORE).get(record.id);
        if (!row) continue;
        const full = fromStored(record, row);
        const versions = [{ rev: winningLeaf(full).rev, note: row, winner: true }];
        for (const rev of conflictRevs(full)) {
          const note = asNote(record.id, full.leaves[rev]!.body, row);
          if (note) versions.push({ rev, note, winner: false });
        }
        out.push({ id: record.id, versions });
      }
      return out;
    });
  }

  /**
   * Ends a conflict: `note` (one of the versions, or the reader's merge of them) becomes the only
   * live version; the others end in deletions, which sync to the other devices.
   */
  async resolve(note: Annotation): Promise<Annotation> {
    const checked = validNote(note);
    return this.notes.write(async (tx) => {
      const before = await tx.objectStore(STORE).get(checked.id);
      const kept: Annotation = before?.anchor ? { ...checked, anchor: before.anchor } : checked;
      const docs = await DocWriter.open(tx);
      await docs.resolved(before, checked.id, noteToBody(kept));
      await tx.objectStore(STORE).put(kept);
      await tx.objectStore(SEARCH).put(searchRowOf(kept));
      if (!before) {
        const meta = tx.objectStore(META);
        await meta.put(Number((await meta.get(COUNT_KEY)) ?? 0) + 1, COUNT_KEY);
      }
      await docs.finish();
      return kept;
    });
  }
}

/** Writes the document's winner as the note (keeping this device's anchoring result), or removes
 * the note when the winner is a deletion. Returns the change to the count of notes. */
async function showWinner(tx: WriteTx, record: DocRecord, row: Annotation | undefined): Promise<number> {
  const winner = winningLeaf(record);
  if (winner.deleted || !winner.body) {
    if (!row) return 0;
    await tx.objectStore(STORE).delete(record.id);
    await tx.objectStore(SEARCH).delete(record.id);
    return -1;
  }
  const parsed = validNote(bodyToNote(record.id, winner.body, (value) => value as Annotation));
  const note: Annotation = row?.anchor ? { ...parsed, anchor: row.anchor } : parsed;
  await tx.objectStore(STORE).put(note);
  await tx.objectStore(SEARCH).put(searchRowOf(note));
  return row ? 0 : 1;
}

function asNote(id: string, body: DocRecord['leaves'][string]['body'], row: Annotation): Annotation | undefined {
  if (!body) return undefined;
  try {
    return validNote({ ...bodyToNote(id, body, (value) => value as Annotation), anchor: row.anchor });
  } catch {
    return undefined;
  }
}
