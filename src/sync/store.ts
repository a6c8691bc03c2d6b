// What the replication engine needs of the device's store. The IndexedDB notes store implements it
// (see README.md in this folder); memory-store.ts implements it for tests and benchmarks.
import type { DocRecord, ReplicationLog, Revision } from './types';

export interface MergeReport {
  /** Revisions that were new to the store. */
  written: number;
  /** Ids of documents that have more than one live version after the merge. */
  conflicts: string[];
  /** The store's sequence just before and just after this write (read in its transaction): when
   * `seqBefore` is where the last push ended, the engine knows the server has everything up to
   * `seqAfter` and need not offer these revisions back to it. */
  seqBefore: number;
  seqAfter: number;
}

export interface SyncStore {
  /** A random id made once per store and kept with it: names this device's replications. A store
   * wiped and made anew gets a new one, so its first sync starts from the beginning. */
  replicaId(): Promise<string>;

  /** The documents changed after local sequence `since`, in sequence order, at most `limit`;
   * `lastSeq` is the sequence of the last one returned (or the store's current one if none). */
  changesSince(since: number, limit: number): Promise<{ records: DocRecord[]; lastSeq: number }>;

  /** How many documents changed after `since` (the changes a push has still to send). */
  countSince(since: number): Promise<number>;

  /** The records of these ids, undefined for a document never seen. */
  getRecords(ids: readonly string[]): Promise<(DocRecord | undefined)[]>;

  /**
   * Adds revisions received from the server, in one transaction: each through mergeRevision()
   * (revisions.ts), each changed document taking the next local sequence number, and the note the
   * reader sees replaced by the new winner. All of them or none.
   */
  mergeRevisions(revisions: readonly Revision[]): Promise<MergeReport>;

  /** This side's replication logs (CouchDB keeps them as `_local/<id>` documents). */
  getCheckpoint(replicationId: string): Promise<ReplicationLog | undefined>;
  putCheckpoint(replicationId: string, log: ReplicationLog): Promise<void>;
}
