// "Filter, then verify": the q-gram lemma says a match of an m-char quote with at most k edits keeps
// at least (m - 3 + 1) - 3k of the quote's trigrams. Counting trigram hits per diagonal band of the
// text finds the only places such a match can be, so the costly approximate search runs on a few
// short windows instead of the whole text, and a passage that is gone costs almost nothing.
import { GRAM, gramKey, type TextIndex } from './text-index';

export interface Window {
  start: number;
  end: number;
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
  const band = 2 * maxErrors + 1;
  const grams = index.trigrams;
  const counts = new Map<number, number>();
  for (let i = 0; i + GRAM <= m; i++) {
    const positions = grams.get(gramKey(quote, i));
    if (!positions) continue;
    for (const p of positions) {
      const bucket = Math.floor((p - i) / band);
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
  }

  const windows: Window[] = [];
  const n = index.text.length;
  for (const [bucket, count] of counts) {
    if (count + (counts.get(bucket + 1) ?? 0) < threshold) continue;
    windows.push({
      start: Math.max(0, bucket * band - maxErrors - 1),
      end: Math.min(n, (bucket + 2) * band + 2 * maxErrors + m + 1),
    });
  }
  return mergeWindows(windows);
}

function mergeWindows(windows: Window[]): Window[] {
  windows.sort((a, b) => a.start - b.start);
  const merged: Window[] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  return merged;
}
