// The data the replication engine works on: JSON bodies, revisions and a document's revision tree.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A position in a changes feed. CouchDB 2+ answers opaque strings, PouchDB Server and the local
 * store numbers: a sequence is only ever handed back to the side that gave it. */
export type Seq = string | number;

/** One revision as it travels between two databases: its content and its history. */
export interface Revision {
  id: string;
  /** "N-hash": N is the generation (1 for a new document, +1 per edit). */
  rev: string;
  deleted: boolean;
  /** The document's fields without the `_`-prefixed ones; null for a deletion (a tombstone). */
  body: JsonObject | null;
  /** This revision then its ancestors, newest first (`_revisions` on the wire), possibly cut short. */
  history: string[];
}

/** A tip of a branch of a document's history. */
export interface Leaf {
  deleted: boolean;
  body: JsonObject | null;
}

/**
 * Everything a database keeps about one document. Only leaves keep a body (like CouchDB after
 * compaction); inner revisions are kept as ids so that the two sides can tell which edits they share.
 */
export interface DocRecord {
  id: string;
  /** Every known revision → its parent; null for a first revision or where older history was cut. */
  revs: Record<string, string | null>;
  /** The leaf revisions: one normally, several when the document was edited on two devices. */
  leaves: Record<string, Leaf>;
  /** The local sequence number of the last change to this document. */
  seq: number;
}

/** A replication log ("checkpoint"), kept as `_local/<replication id>` on both sides. The layout
 * is CouchDB's, so its own replicator and tools can read ours. */
export interface ReplicationLog {
  session_id: string;
  source_last_seq: Seq;
  replication_id_version: number;
  history: ReplicationHistoryEntry[];
}

export interface ReplicationHistoryEntry {
  session_id: string;
  recorded_seq: Seq;
  start_time: string;
  end_time: string;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
}
