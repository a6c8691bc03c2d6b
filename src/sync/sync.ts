// One sync of the device's store with the reader's database: push the device's changes, then pull
// the server's, each a replication of its own with its own checkpoints.
import type { Clock } from './clock';
import { CouchClient, type HttpClient, type RemoteDb } from './couch-client';
import { md5 } from './md5';
import { LocalPeer, RemotePeer, type WriteFailure } from './peers';
import { REPLICATION_ID_VERSION, replicate } from './replicate';
import { canonicalJson } from './revisions';
import type { SyncStore } from './store';
import type { Revision } from './types';

export interface SyncConfig {
  store: SyncStore;
  http: HttpClient;
  remote: RemoteDb;
  clock: Clock;
  /** Changes per batch (and so per checkpoint). */
  batchSize?: number;
  timeoutMs?: number;
  /** Why a document received from the server must not be stored (it is not a valid note), or null. */
  accept?: (revision: Revision) => string | null;
  /** A random session id per replication; replaceable so recorded exchanges replay identically. */
  newSessionId?: () => string;
}

export interface SyncReport {
  /** Revisions sent to the server and stored there. */
  pushed: number;
  /** Revisions the server refused (another author's note, with the design document installed). */
  refused: WriteFailure[];
  /** Revisions received and stored. */
  pulled: number;
  /** Received documents that are not valid notes, left out. */
  rejected: { id: string; rev: string; reason: string }[];
  /** Documents edited on two devices: more than one live version, the winner shown. */
  conflicts: string[];
  /** Local changes the server has not seen yet (made during the sync). */
  pending: number;
}

export const DEFAULT_BATCH_SIZE = 200;

/** The id of the logs of one direction of one device ⇄ database pair (never the credentials). */
export function replicationId(replicaId: string, dbUrl: string, direction: 'push' | 'pull'): string {
  return md5(canonicalJson([REPLICATION_ID_VERSION, replicaId, dbUrl, direction]));
}

export async function syncOnce(config: SyncConfig, cancelled?: () => boolean): Promise<SyncReport> {
  const client = new CouchClient(config.remote, { http: config.http, clock: config.clock, timeoutMs: config.timeoutMs });
  const remote = new RemotePeer(client);
  const local = new LocalPeer(config.store);
  await remote.info(); // the database exists and these credentials may read it
  const replicaId = await config.store.replicaId();
  const newSessionId = config.newSessionId ?? (() => md5(`${config.clock.now()} ${Math.random()} ${Math.random()}`));
  const common = { batchSize: config.batchSize ?? DEFAULT_BATCH_SIZE, now: () => config.clock.now(), cancelled };

  const push = await replicate(local, remote, replicationId(replicaId, client.dbUrl, 'push'), { ...common, sessionId: newSessionId() });

  // What the pull writes is on the server by definition. If nothing else was written locally
  // between the push's end and the pull's writes, the push checkpoint can skip those changes, so
  // they are not offered back to the server next time (10,000 pulled notes, 10,000 fewer checks).
  let pushedUpTo = push.lastSeq as number;
  let unbroken = true;
  const pull = await replicate(remote, local, replicationId(replicaId, client.dbUrl, 'pull'), {
    ...common,
    sessionId: newSessionId(),
    accept: config.accept,
    onBatch: ({ write }) => {
      if (write.written === 0 || write.seqBefore === undefined || write.seqAfter === undefined) return;
      if (write.seqBefore === pushedUpTo && unbroken) pushedUpTo = write.seqAfter;
      else unbroken = false;
    },
  });
  if (pushedUpTo !== push.lastSeq) await push.checkpoint(pushedUpTo);

  return {
    pushed: push.docsWritten,
    refused: push.failures,
    pulled: pull.docsWritten,
    rejected: pull.rejected,
    conflicts: pull.conflicts,
    pending: await config.store.countSince(pushedUpTo),
  };
}
