// Sync with a CouchDB-compatible database through the CouchDB Replication Protocol: the public face
// of src/sync. Pure: no DOM, no extension API; the store, fetch and the clock are injected.
export type { Clock } from './clock';
export { checkRemoteUrl, type HttpClient, type HttpRequest, type HttpResponse, type RemoteDb } from './couch-client';
export { DESIGN_DOC_ID, type InstallOutcome, installDesignDoc, VALIDATE_DOC_UPDATE } from './design-doc';
export { SyncCancelled, SyncError, type SyncErrorKind } from './errors';
export { MemoryStore } from './memory-store';
export { acceptNotes, bodyToNote, noteToBody, type SyncedNote } from './note-doc';
export {
  conflictRevs,
  deleteDocument,
  editDocument,
  isLive,
  mergeRevision,
  resolveConflict,
  winningLeaf,
  winningRev,
} from './revisions';
export type { MergeReport, SyncStore } from './store';
export { type SyncConfig, type SyncReport, syncOnce } from './sync';
export { Syncer, type SyncerOptions, type SyncState, type SyncStatus } from './syncer';
export type { DocRecord, JsonObject, Leaf, ReplicationLog, Revision } from './types';
