// "Filter, then verify": the q-gram lemma says a match of an m-char quote with at most k edits keeps
// at least (m - 3 + 1) - 3k of the quote's trigrams. Counting trigram hits per diagonal band of the
// text finds the only places such a match can be, so the costly approximate search runs on a few
// short windows instead of the whole text, and a passage that is gone costs almost nothing.
import { GRAM, gramSlot, type TextIndex } from './text-index';

export interface Window {
  start: number;
  end: number;
  /** Most trigram hits of any band pair in the window: by the lemma, a match here needs at least
   * (m - 2 - hits) / 3 edits, which bounds how good the window can be. */
  hits: number;
}

/** Below this many guaranteed trigram hits the filter proves nothing: search the whole text. */
const MIN_GUARANTEED_HITS = 2;

/** Windows of the text that may hold a match of `quote` with at most `maxErrors` edits, or null when
 * the quote is too short or the error budget too large for the filter to be sound (then search all). */
export function candidateWindows(index: TextIndex, quote: string, maxErrors: number): Window[] | null {
  const m = quote.length;
  const threshold = m - GRAM + 1 - GRAM * maxErrors;
  if (threshold < MIN_GUARANTEED_HITS) return null;

  // A match starting at s puts each kept quote trigram i at a text position p with p - i within
  // [s - k, s + k]: a band of width 2k + 1, so it spans at most two consecutive buckets of that width.
  const n = index.text.length;
  const band = 2 * maxErrors + 1;
  const { offsets, positions } = index.trigrams;
  const buckets = Math.floor((n + m) / band) + 3;
  const counts = new Int32Array(buckets);
  // Each quote trigram counts once per bucket, however often it recurs there, which keeps the
  // hit count (and the bound on edits derived from it) tight.
  const lastCounted = new Int32Array(buckets).fill(-1);
  for (let i = 0; i + GRAM <= m; i++) {
    const slot = gramSlot(quote, i);
    for (let at = offsets[slot]!, end = offsets[slot + 1]!; at < end; at++) {
      const bucket = Math.floor((positions[at]! - i + m) / band);
      if (lastCounted[bucket] === i) continue;
      lastCounted[bucket] = i;
      counts[bucket]!++;
    }
  }

  const windows: Window[] = [];
  for (let b = 0; b + 1 < counts.length; b++) {
    const hits = counts[b]! + counts[b + 1]!;
    if (hits < threshold) continue;
    const diagonal = b * band - m;
    const start = Math.max(0, diagonal - maxErrors - 1);
    const end = Math.min(n, diagonal + 2 * band + 2 * maxErrors + m + 1);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.hits = Math.max(last.hits, hits);
    } else {
      windows.push({ start, end, hits });
    }
  }
  return windows;
}
