// When to sync: soon after a local change, now when asked, again with growing pauses while the
// server cannot be reached, and never on its own after the server refused the credentials (no
// retry storm). Changes wait in the store meanwhile: they are the documents after the push checkpoint.
import type { Clock } from './clock';
import { SyncCancelled, SyncError, type SyncErrorKind } from './errors';
import { type SyncConfig, type SyncReport, syncOnce } from './sync';

export type SyncState =
  /** Nothing to do, or waiting for the next change. */
  | 'idle'
  | 'syncing'
  /** The last try failed for a passing reason; another is planned at `retryAt`. */
  | 'retrying'
  /** The last try failed for a reason only the reader can fix (credentials, address): no retry. */
  | 'failed'
  | 'stopped';

export interface SyncStatus {
  state: SyncState;
  /** When the last sync that completed ended. */
  lastSuccess?: number;
  lastReport?: SyncReport;
  error?: { kind: SyncErrorKind; message: string };
  retryAt?: number;
  /** Failed tries in a row. */
  attempts: number;
}

export interface SyncerOptions extends SyncConfig {
  /** Pause after a local change before syncing, so a burst of edits is one sync. */
  debounceMs?: number;
  /** The first retry's pause; each next one doubles, up to maxRetryMs. */
  retryBaseMs?: number;
  maxRetryMs?: number;
  /** In [0, 1): spreads the retries of many devices (jitter). */
  random?: () => number;
  onStatus?: (status: SyncStatus) => void;
}

export class Syncer {
  private current: SyncStatus = { state: 'idle', attempts: 0 };
  private running: Promise<SyncStatus> | null = null;
  private timer: unknown;
  private changedWhileRunning = false;
  private stopped = false;
  private readonly clock: Clock;

  constructor(private readonly options: SyncerOptions) {
    this.clock = options.clock;
  }

  get status(): SyncStatus {
    return this.current;
  }

  /** Syncs now (the reader's "Sync now", a start-up, a network back online). Joins a sync under way. */
  syncNow(): Promise<SyncStatus> {
    if (this.stopped) return Promise.resolve(this.current);
    // A note changed after the running sync read the changes: it may have missed it, so sync again after.
    if (this.running && this.changedWhileRunning) return this.running.then(() => this.syncNow());
    this.cancelTimer();
    this.running ??= this.run().finally(() => {
      this.running = null;
      if (this.changedWhileRunning && !this.stopped && this.current.state === 'idle') {
        this.changedWhileRunning = false;
        this.plan(this.options.debounceMs ?? 2000);
      }
    });
    return this.running;
  }

  /** A note was saved or deleted: sync soon, unless a retry is already planned or the
   * credentials were refused (then the change waits for the reader). */
  changed(): void {
    if (this.stopped || this.current.state === 'failed' || this.current.state === 'retrying') return;
    if (this.running) {
      this.changedWhileRunning = true;
      return;
    }
    this.plan(this.options.debounceMs ?? 2000);
  }

  /** Stops planning syncs; a sync under way stops at its next step, its checkpoints kept. */
  stop(): void {
    this.stopped = true;
    this.cancelTimer();
    this.update({ ...this.current, state: 'stopped', retryAt: undefined });
  }

  private async run(): Promise<SyncStatus> {
    this.update({ ...this.current, state: 'syncing', retryAt: undefined });
    try {
      const report = await syncOnce(this.options, () => this.stopped);
      this.update({ state: 'idle', attempts: 0, lastSuccess: this.clock.now(), lastReport: report });
    } catch (error) {
      if (error instanceof SyncCancelled) {
        this.update({ ...this.current, state: 'stopped' });
        return this.current;
      }
      // Anything else comes from the device's store (the engine turns every network outcome into a SyncError).
      const failure =
        error instanceof SyncError
          ? error
          : new SyncError('local', `The notes on this device could not be read or saved: ${String(error)}`);
      const attempts = this.current.attempts + 1;
      const base = { ...this.current, attempts, error: { kind: failure.kind, message: failure.message } };
      if (failure.retryable && !this.stopped) {
        const delay = this.retryDelay(attempts);
        this.update({ ...base, state: 'retrying', retryAt: this.clock.now() + delay });
        this.plan(delay);
      } else {
        this.update({ ...base, state: 'failed', retryAt: undefined });
      }
    }
    return this.current;
  }

  /** Exponential backoff with jitter: base × 2^(n−1), capped, times a random factor in [0.5, 1). */
  retryDelay(attempt: number): number {
    const base = this.options.retryBaseMs ?? 5_000;
    const max = this.options.maxRetryMs ?? 15 * 60_000;
    const random = this.options.random ?? Math.random;
    return Math.round(Math.min(max, base * 2 ** (attempt - 1)) * (0.5 + random() / 2));
  }

  private plan(ms: number): void {
    this.cancelTimer();
    this.timer = this.clock.schedule(() => {
      this.timer = undefined;
      void this.syncNow();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.clock.cancel(this.timer);
    this.timer = undefined;
  }

  private update(status: SyncStatus): void {
    this.current = status;
    this.options.onStatus?.(status);
  }
}
