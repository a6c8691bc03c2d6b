// Time, injected: the service worker passes its timers (or alarms), tests a clock they move by hand.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `run` once after `ms`; returns a handle for cancel(). */
  schedule(run: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
}

/** Resolves after `ms` on the given clock. */
export function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.schedule(resolve, ms));
}

/** Settles like `promise`, or rejects with `onTimeout()` if it has not settled after `ms`. */
export function withTimeout<T>(clock: Clock, promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const handle = clock.schedule(() => reject(onTimeout()), ms);
    promise.then(
      (value) => {
        clock.cancel(handle);
        resolve(value);
      },
      (error: unknown) => {
        clock.cancel(handle);
        reject(error);
      },
    );
  });
}
