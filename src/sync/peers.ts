// The two ends of a replication behind one interface, so that push (device → server) and pull
// (server → device) are the same algorithm run both ways: the server over HTTP, the device's store.
import type * as v from 'valibot';
import type { CouchClient } from './couch-client';
import { SyncError } from './errors';
import { revisionOf } from './revisions';
import type { SyncStore } from './store';
import type { ReplicationLog, Revision, Seq } from './types';
import {
  BulkDocsSchema,
  BulkGetSchema,
  ChangesSchema,
  DbInfoSchema,
  docToRevision,
  isSpecialId,
  LocalDocSchema,
  logFromServer,
  OpenRevsSchema,
  PutResultSchema,
  RevsDiffSchema,
  revisionToDoc,
  type ServerDoc,
} from './wire';

export interface ChangeBatch {
  /** Each changed document with its leaf revisions. */
  changes: { id: string; revs: string[] }[];
  /** Where the next batch starts. */
  lastSeq: Seq;
  /** True when the feed had fewer changes than asked for: nothing more to read for now. */
  done: boolean;
}

export interface WriteFailure {
  id: string;
  rev: string;
  /** CouchDB's error name: 'forbidden' and 'unauthorized' are refusals by validate_doc_update. */
  error: string;
  reason: string;
}

export interface WriteResult {
  written: number;
  failures: WriteFailure[];
  conflicts: string[];
  /** The local sequence before and after the write (local store only). */
  seqBefore?: number;
  seqAfter?: number;
}

export interface Peer {
  changes(since: Seq, limit: number): Promise<ChangeBatch>;
  /** Of the revisions given, those this side does not have. */
  revsDiff(wanted: Map<string, string[]>): Promise<Map<string, string[]>>;
  /** The given revisions with their history (the newest descendant where one was superseded). */
  read(wanted: Map<string, string[]>): Promise<Revision[]>;
  /** Stores revisions as they are (`new_edits: false`). */
  write(revisions: Revision[]): Promise<WriteResult>;
  getLog(replicationId: string): Promise<ReplicationLog | undefined>;
  putLog(replicationId: string, log: ReplicationLog): Promise<void>;
  /** A sequence read from a log, as this side's feed takes it (the device's is a number). */
  toSeq(value: Seq): Seq;
}

export class RemotePeer implements Peer {
  /** `_rev` of each `_local` log, needed to replace it. */
  private readonly logRevs = new Map<string, string>();
  private bulkGet = true;

  constructor(private readonly client: CouchClient) {}

  /** Checks that the database exists and that these credentials may read it. */
  async info(): Promise<{ updateSeq: Seq }> {
    const info = await this.client.request('GET', '', { schema: DbInfoSchema });
    return { updateSeq: info.update_seq };
  }

  async changes(since: Seq, limit: number): Promise<ChangeBatch> {
    const query = `style=all_docs&since=${encodeURIComponent(String(since))}&limit=${limit}`;
    const answer = await this.client.request('GET', `_changes?${query}`, { schema: ChangesSchema });
    return {
      // Design documents and other special ones are the server's business, not notes.
      changes: answer.results.filter((row) => !isSpecialId(row.id)).map((row) => ({ id: row.id, revs: row.changes.map((c) => c.rev) })),
      lastSeq: answer.last_seq,
      done: answer.results.length < limit,
    };
  }

  async revsDiff(wanted: Map<string, string[]>): Promise<Map<string, string[]>> {
    if (wanted.size === 0) return new Map();
    const answer = await this.client.request('POST', '_revs_diff', { body: Object.fromEntries(wanted), schema: RevsDiffSchema });
    const missing = new Map<string, string[]>();
    for (const [id, revs] of wanted) {
      const asked = new Set(revs);
      // Only what was asked: a server cannot make us send documents we did not offer.
      const found = (answer[id]?.missing ?? []).filter((rev) => asked.has(rev));
      if (found.length > 0) missing.set(id, found);
    }
    return missing;
  }

  async read(wanted: Map<string, string[]>): Promise<Revision[]> {
    if (wanted.size === 0) return [];
    if (this.bulkGet) {
      try {
        return await this.readBulk(wanted);
      } catch (error) {
        // CouchDB before 2.0 has no _bulk_get: fall back to one GET per document.
        if (!(error instanceof SyncError) || ![400, 404, 405, 501].includes(error.status ?? 0)) throw error;
        this.bulkGet = false;
      }
    }
    const revisions: Revision[] = [];
    for (const [id, revs] of wanted) {
      const path = `${encodeDocId(id)}?revs=true&latest=true&open_revs=${encodeURIComponent(JSON.stringify(revs))}`;
      const answer = await this.client.request('GET', path, { schema: OpenRevsSchema, headers: { Accept: 'application/json' } });
      for (const entry of answer) if ('ok' in entry) revisions.push(checkedRevision(entry.ok, id));
    }
    return revisions;
  }

  private async readBulk(wanted: Map<string, string[]>): Promise<Revision[]> {
    const docs = [...wanted].flatMap(([id, revs]) => revs.map((rev) => ({ id, rev })));
    const answer = await this.client.request('POST', '_bulk_get?revs=true&latest=true', { body: { docs }, schema: BulkGetSchema });
    const revisions: Revision[] = [];
    for (const result of answer.results) {
      if (!wanted.has(result.id)) throw new SyncError('bad-response', `The server sent document ${result.id}, which was not asked for.`);
      // An error entry is a revision gone since (compacted away): its successor comes with a later change.
      for (const entry of result.docs) if ('ok' in entry) revisions.push(checkedRevision(entry.ok, result.id));
    }
    return revisions;
  }

  async write(revisions: Revision[]): Promise<WriteResult> {
    const failures: WriteFailure[] = [];
    let written = 0;
    for (const chunk of chunksOfJson(
      revisions.map((revision) => JSON.stringify(revisionToDoc(revision))),
      MAX_REQUEST_BYTES,
    )) {
      let answer: v.InferOutput<typeof BulkDocsSchema>;
      try {
        answer = await this.client.request('POST', '_bulk_docs', {
          json: `{"docs":[${chunk.join(',')}],"new_edits":false}`,
          schema: BulkDocsSchema,
        });
      } catch (error) {
        // One note larger than the server takes (413): refused alone, the others go on.
        if (!(error instanceof SyncError) || error.status !== 413 || chunk.length > 1) throw error;
        const { _id, _rev } = JSON.parse(chunk[0]!) as { _id: string; _rev: string };
        failures.push({ id: _id, rev: _rev, error: 'too_large', reason: 'The note is larger than the server accepts.' });
        continue;
      }
      // CouchDB lists only the failures here (PouchDB Server lists every document): either way, an
      // entry with an error is a document the server refused; the others were stored.
      const refused = answer
        .filter((entry) => entry.error !== undefined)
        .map((entry) => ({ id: entry.id ?? '', rev: entry.rev ?? '', error: entry.error!, reason: entry.reason ?? '' }));
      failures.push(...refused);
      written += chunk.length - refused.length;
    }
    return { written, failures, conflicts: [] };
  }

  async getLog(replicationId: string): Promise<ReplicationLog | undefined> {
    const doc = await this.client.request('GET', `_local/${encodeURIComponent(replicationId)}`, {
      schema: LocalDocSchema,
      missingOk: true,
    });
    if (!doc) return undefined;
    this.logRevs.set(replicationId, doc._rev);
    return logFromServer(doc);
  }

  async putLog(replicationId: string, log: ReplicationLog): Promise<void> {
    const path = `_local/${encodeURIComponent(replicationId)}`;
    const put = () => {
      const rev = this.logRevs.get(replicationId);
      return this.client.request('PUT', path, { body: rev ? { ...log, _rev: rev } : log, schema: PutResultSchema });
    };
    let result: { rev: string };
    try {
      result = await put();
    } catch (error) {
      // 409: the log changed since we read it (another run of this same replication): read it again.
      if (!(error instanceof SyncError) || error.status !== 409) throw error;
      await this.getLog(replicationId);
      result = await put();
    }
    this.logRevs.set(replicationId, result.rev);
  }

  toSeq(value: Seq): Seq {
    return value;
  }
}

/** Bodies sent in one request at most (unless one document alone is larger): servers cap the
 * request size (CouchDB's max_http_request_size, proxies' limits), and notes can be long. */
const MAX_REQUEST_BYTES = 1_000_000;

/** Consecutive groups of serialised documents, each under `maxLength` characters when it can be. */
export function chunksOfJson(docs: readonly string[], maxLength: number): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const doc of docs) {
    if (current.length > 0 && length + doc.length + 1 > maxLength) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(doc);
    length += doc.length + 1;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** A document from the server is taken only if it is the one asked for and well formed. */
function checkedRevision(doc: ServerDoc, id: string): Revision {
  if (doc._id !== id) throw new SyncError('bad-response', `The server sent document ${doc._id} in place of ${id}.`);
  return docToRevision(doc);
}

function encodeDocId(id: string): string {
  return id.startsWith('_design/') ? `_design/${encodeURIComponent(id.slice(8))}` : encodeURIComponent(id);
}

export class LocalPeer implements Peer {
  constructor(private readonly store: SyncStore) {}

  async changes(since: Seq, limit: number): Promise<ChangeBatch> {
    const { records, lastSeq } = await this.store.changesSince(this.toSeq(since) as number, limit);
    return {
      changes: records.map((record) => ({ id: record.id, revs: Object.keys(record.leaves) })),
      lastSeq,
      done: records.length < limit,
    };
  }

  async revsDiff(wanted: Map<string, string[]>): Promise<Map<string, string[]>> {
    const ids = [...wanted.keys()];
    const records = await this.store.getRecords(ids);
    const missing = new Map<string, string[]>();
    ids.forEach((id, i) => {
      const known = records[i]?.revs ?? {};
      const absent = wanted.get(id)!.filter((rev) => known[rev] === undefined);
      if (absent.length > 0) missing.set(id, absent);
    });
    return missing;
  }

  async read(wanted: Map<string, string[]>): Promise<Revision[]> {
    const ids = [...wanted.keys()];
    const records = await this.store.getRecords(ids);
    const revisions: Revision[] = [];
    ids.forEach((id, i) => {
      const record = records[i];
      if (!record) return;
      // A revision edited again since the changes were read comes with a later change.
      for (const rev of wanted.get(id)!) {
        const revision = revisionOf(record, rev);
        if (revision) revisions.push(revision);
      }
    });
    return revisions;
  }

  async write(revisions: Revision[]): Promise<WriteResult> {
    if (revisions.length === 0) return { written: 0, failures: [], conflicts: [] };
    const report = await this.store.mergeRevisions(revisions);
    return { ...report, failures: [] };
  }

  getLog(replicationId: string): Promise<ReplicationLog | undefined> {
    return this.store.getCheckpoint(replicationId);
  }

  putLog(replicationId: string, log: ReplicationLog): Promise<void> {
    return this.store.putCheckpoint(replicationId, log);
  }

  toSeq(value: Seq): Seq {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
  }
}
