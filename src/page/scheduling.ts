// Small helpers that keep the content script out of the page's way: give the page a turn between
// slices of work, and make sure no error of ours is ever thrown into the page.
import { yieldToEventLoop } from '../lib/yield';

/** A turn for the page between slices of our work. */
export const yieldToPage = yieldToEventLoop;

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
