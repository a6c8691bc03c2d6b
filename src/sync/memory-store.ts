// A SyncStore in memory: a device in the tests and benchmarks, and the reference the IndexedDB
// adapter follows (one record per document, a sequence per change, checkpoints beside them).
import { conflictRevs, deleteDocument, editDocument, isLive, mergeRevision, resolveConflict, winningLeaf } from './revisions';
import type { MergeReport, SyncStore } from './store';
import type { DocRecord, JsonObject, ReplicationLog, Revision } from './types';

export class MemoryStore implements SyncStore {
  private readonly records = new Map<string, DocRecord>();
  private readonly checkpoints = new Map<string, ReplicationLog>();
  private seq = 0;

  constructor(private readonly id: string) {}

  // ---- the device's own edits (what the notes store does on every save) ----

  /** Saves a document's body; false when nothing changed. */
  put(id: string, body: JsonObject): boolean {
    return this.commit(editDocument(this.records.get(id), id, body, this.seq + 1));
  }

  /** Deletes a document, leaving a tombstone to replicate; false if there was nothing to delete. */
  remove(id: string): boolean {
    const record = this.records.get(id);
    return record ? this.commit(deleteDocument(record, this.seq + 1)) : false;
  }

  /** Keeps `body` as the document's only version (one of the conflicting ones, or a merge). */
  resolve(id: string, body: JsonObject): void {
    const record = this.records.get(id);
    if (record) this.commit(resolveConflict(record, body, this.seq + 1));
  }

  /** The body the reader sees, undefined when absent or deleted. */
  get(id: string): JsonObject | undefined {
    const record = this.records.get(id);
    return record && isLive(record) ? (winningLeaf(record).body ?? undefined) : undefined;
  }

  /** Every live document's winning body, by id. */
  all(): Map<string, JsonObject> {
    const out = new Map<string, JsonObject>();
    for (const [id, record] of this.records) if (isLive(record)) out.set(id, winningLeaf(record).body!);
    return out;
  }

  record(id: string): DocRecord | undefined {
    return this.records.get(id);
  }

  /** Ids of documents with more than one live version. */
  conflicts(): string[] {
    return [...this.records.values()].filter((record) => conflictRevs(record).length > 0).map((record) => record.id);
  }

  get currentSeq(): number {
    return this.seq;
  }

  /** Everything the store holds, as JSON text: tests compare it before and after a failed sync. */
  dump(): string {
    const records = [...this.records.values()].sort((a, b) => a.seq - b.seq);
    return JSON.stringify({ seq: this.seq, records, checkpoints: [...this.checkpoints].sort() });
  }

  private commit(record: DocRecord | undefined): boolean {
    if (!record) return false;
    this.seq++;
    this.records.set(record.id, { ...record, seq: this.seq });
    return true;
  }

  // ---- SyncStore ----

  async replicaId(): Promise<string> {
    return this.id;
  }

  async changesSince(since: number, limit: number): Promise<{ records: DocRecord[]; lastSeq: number }> {
    // A real store reads an index by sequence; a scan is fine for tests.
    const records = [...this.records.values()]
      .filter((record) => record.seq > since)
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit);
    return { records, lastSeq: records.length > 0 ? records[records.length - 1]!.seq : Math.max(since, this.seq) };
  }

  async countSince(since: number): Promise<number> {
    let count = 0;
    for (const record of this.records.values()) if (record.seq > since) count++;
    return count;
  }

  async getRecords(ids: readonly string[]): Promise<(DocRecord | undefined)[]> {
    return ids.map((id) => this.records.get(id));
  }

  async mergeRevisions(revisions: readonly Revision[]): Promise<MergeReport> {
    // Computed in full before anything is kept, like the one IndexedDB transaction it stands for.
    const staged = new Map<string, DocRecord>();
    const seqBefore = this.seq;
    let written = 0;
    for (const revision of revisions) {
      const current = staged.get(revision.id) ?? this.records.get(revision.id);
      const merged = mergeRevision(current, revision, 0);
      if (!merged) continue;
      staged.set(revision.id, merged);
      written++;
    }
    for (const record of staged.values()) this.commit(record);
    const conflicts = [...staged.values()].filter((record) => conflictRevs(record).length > 0).map((record) => record.id);
    return { written, conflicts, seqBefore, seqAfter: this.seq };
  }

  async getCheckpoint(replicationId: string): Promise<ReplicationLog | undefined> {
    return structuredCloneJson(this.checkpoints.get(replicationId));
  }

  async putCheckpoint(replicationId: string, log: ReplicationLog): Promise<void> {
    this.checkpoints.set(replicationId, structuredCloneJson(log)!);
  }
}

function structuredCloneJson<T>(value: T | undefined): T | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as T);
}
