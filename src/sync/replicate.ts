// One replication, source → target, as the CouchDB Replication Protocol describes it: find where
// the last run stopped from the logs both sides keep, then, batch by batch, read the source's
// changes, ask the target which revisions it lacks (_revs_diff), copy those with their history
// (_bulk_get → _bulk_docs with new_edits: false), and record a checkpoint on both sides. A run
// stopped at any point resumes from the last checkpoint; a batch done twice changes nothing.
import { SyncCancelled, SyncError } from './errors';
import type { Peer, WriteFailure, WriteResult } from './peers';
import type { ReplicationLog, Revision, Seq } from './types';

/** Ours, recorded in the logs; bump it if the replication id's recipe changes. */
export const REPLICATION_ID_VERSION = 1;
/** Sessions kept in a log's history (CouchDB keeps 50). */
const HISTORY_LENGTH = 50;

export interface ReplicationOptions {
  /** Changes read per batch. */
  batchSize: number;
  /** A new random id per run (CouchDB's session_id). */
  sessionId: string;
  now: () => number;
  /** Why a received revision must not be stored, or null to store it (the note schema's check). */
  accept?: (revision: Revision) => string | null;
  /** Asked between steps: true stops the run (what was checkpointed stays). */
  cancelled?: () => boolean;
  /** After each batch is written, before its checkpoint. */
  onBatch?: (batch: BatchReport) => void;
}

export interface BatchReport {
  docsRead: number;
  write: WriteResult;
}

export interface ReplicationResult {
  /** Where the source's feed was read up to (recorded in the logs). */
  lastSeq: Seq;
  docsRead: number;
  docsWritten: number;
  /** Revisions the target refused (validate_doc_update: 'forbidden', 'unauthorized'; or others). */
  failures: WriteFailure[];
  /** Received revisions refused by `accept`: not stored. */
  rejected: { id: string; rev: string; reason: string }[];
  /** Documents left with more than one live version. */
  conflicts: string[];
  /** Records a checkpoint at a later source sequence under this run's session. */
  checkpoint: (seq: Seq) => Promise<void>;
}

/** Where to start: the latest session both logs know of, else the beginning. */
export function startingSeq(sourceLog: ReplicationLog | undefined, targetLog: ReplicationLog | undefined): Seq | undefined {
  if (!sourceLog || !targetLog) return undefined;
  if (sourceLog.session_id === targetLog.session_id) return sourceLog.source_last_seq;
  const targetSessions = new Set(targetLog.history.map((entry) => entry.session_id));
  return sourceLog.history.find((entry) => targetSessions.has(entry.session_id))?.recorded_seq;
}

export async function replicate(
  source: Peer,
  target: Peer,
  replicationId: string,
  options: ReplicationOptions,
): Promise<ReplicationResult> {
  const checkCancelled = () => {
    if (options.cancelled?.()) throw new SyncCancelled();
  };
  const [sourceLog, targetLog] = await Promise.all([source.getLog(replicationId), target.getLog(replicationId)]);
  const startSeq = source.toSeq(startingSeq(sourceLog, targetLog) ?? 0);
  const startTime = new Date(options.now()).toUTCString();
  const previousHistory = (sourceLog ?? targetLog)?.history.filter((entry) => entry.session_id !== options.sessionId) ?? [];

  const result: Omit<ReplicationResult, 'checkpoint'> = {
    lastSeq: startSeq,
    docsRead: 0,
    docsWritten: 0,
    failures: [],
    rejected: [],
    conflicts: [],
  };
  const conflicts = new Set<string>();

  const checkpoint = async (seq: Seq) => {
    const log: ReplicationLog = {
      session_id: options.sessionId,
      source_last_seq: seq,
      replication_id_version: REPLICATION_ID_VERSION,
      history: [
        {
          session_id: options.sessionId,
          recorded_seq: seq,
          start_time: startTime,
          end_time: new Date(options.now()).toUTCString(),
          docs_read: result.docsRead,
          docs_written: result.docsWritten,
          doc_write_failures: result.failures.length,
        },
        ...previousHistory,
      ].slice(0, HISTORY_LENGTH),
    };
    // The target first: a log on the source alone would claim a change the target may not have.
    await target.putLog(replicationId, log);
    await source.putLog(replicationId, log);
  };

  let since = startSeq;
  for (;;) {
    checkCancelled();
    const batch = await source.changes(since, options.batchSize);
    const wanted = new Map(batch.changes.map((change) => [change.id, change.revs]));
    checkCancelled();
    const missing = await target.revsDiff(wanted);
    checkCancelled();
    const revisions = await source.read(missing);
    const accepted: Revision[] = [];
    for (const revision of revisions) {
      const reason = options.accept?.(revision) ?? null;
      if (reason === null) accepted.push(revision);
      else result.rejected.push({ id: revision.id, rev: revision.rev, reason });
    }
    checkCancelled();
    const write = await target.write(accepted);
    result.docsRead += revisions.length;
    result.docsWritten += write.written;
    result.failures.push(...write.failures);
    for (const id of write.conflicts) conflicts.add(id);
    options.onBatch?.({ docsRead: revisions.length, write });
    const moved = batch.lastSeq !== since;
    // A full batch that does not move the feed on would be read again forever.
    if (!moved && !batch.done)
      throw new SyncError('bad-response', "The server's changes feed does not move on: its sequence stays the same.");
    since = batch.lastSeq;
    result.lastSeq = since;
    if (moved) await checkpoint(since);
    if (batch.done) break;
  }
  result.conflicts = [...conflicts];
  return { ...result, checkpoint };
}
