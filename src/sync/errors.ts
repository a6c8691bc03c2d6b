// Why a sync failed, sorted into the few cases the reader and the retry logic care about.

export type SyncErrorKind =
  /** No answer: no network, the server is down or refused the connection. Retried. */
  | 'offline'
  /** The server took too long to answer. Retried. */
  | 'timeout'
  /** The server failed (5xx), or asked us to slow down (429, 408). Retried. */
  | 'server'
  /** The server's answer is not what the protocol says (not JSON, wrong shape). Retried: a captive
   * portal or a proxy can answer this way for a while. The local notes are not touched. */
  | 'bad-response'
  /** 401: wrong user name or password. Not retried until the settings change. */
  | 'unauthorized'
  /** 403: this user may not read or write the database. Not retried. */
  | 'forbidden'
  /** 404 on the database: wrong URL or database name. Not retried. */
  | 'not-found'
  /** The server refused the request itself (another 4xx). Not retried. */
  | 'rejected'
  /** The settings cannot work (an http:// address other than this machine). Not retried. */
  | 'config'
  /** The device's own store failed (full disk, database closed). Retried. */
  | 'local';

const RETRYABLE: ReadonlySet<SyncErrorKind> = new Set(['offline', 'timeout', 'server', 'bad-response', 'local']);

export class SyncError extends Error {
  override readonly name = 'SyncError';
  readonly retryable: boolean;

  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message);
    this.retryable = RETRYABLE.has(kind);
  }
}

/** Thrown between two steps when the caller stopped the sync; the checkpoints already written stay. */
export class SyncCancelled extends Error {
  override readonly name = 'SyncCancelled';
  constructor() {
    super('The sync was stopped.');
  }
}
