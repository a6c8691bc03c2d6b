// Small helpers that keep the content script out of the page's way: give the page a turn between
// slices of work, and make sure no error of ours is ever thrown into the page.
import { yieldToEventLoop } from '../lib/yield';

/** A turn for the page between slices of our work. */
export const yieldToPage = yieldToEventLoop;

/**
 * What one slice of our work may take before the page gets a turn. Well under the 50 ms
 * long-task threshold: on a busy machine (or a slow phone) the same work takes two or three times
 * longer than where it was measured.
 */
export const SLICE_MS = 10;

/** Work cut into slices: `due()` says the current slice has run its time; `next()` yields and starts another. */
export class Slices {
  private start = performance.now();

  constructor(
    private readonly signal: AbortSignal,
    private readonly sliceMs = SLICE_MS,
  ) {}

  due(): boolean {
    return performance.now() - this.start >= this.sliceMs;
  }

  /** Gives the page a turn (always), then starts a new slice; throws if the work was cancelled meanwhile. */
  async next(): Promise<void> {
    await yieldToPage();
    this.signal.throwIfAborted();
    this.start = performance.now();
  }

  /** Gives the page a turn only when the current slice has run its time. */
  async maybeNext(): Promise<void> {
    if (this.due()) await this.next();
  }
}

/** Logs an error of ours where a developer can see it, without disturbing the page. */
export function report(error: unknown, where: string): void {
  if ((error as { name?: string })?.name === 'AbortError') return;
  console.debug(`[Newsmark] ${where}:`, error);
}

/** Wraps a listener so neither a throw nor a rejected promise escapes into the page. */
export function guarded<A extends unknown[]>(where: string, fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error) => report(error, where));
    } catch (error) {
      report(error, where);
    }
  };
}
