// Per-text data built once and shared by every note anchored on that text: the whitespace-insensitive
// view (for exact search) and a trigram index (to find the few places a fuzzy match could be).
import { normalizeSpace, type SpaceNormalized } from './normalize-space';

export const GRAM = 3;
const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

/** A trigram's slot in the index. Different trigrams may share a slot: that only adds candidate
 * hits, never hides one, so the filter that counts them stays sound. */
export function gramSlot(s: string, i: number): number {
  return (Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ Math.imul(s.charCodeAt(i + 1), 0x85ebca6b) ^ s.charCodeAt(i + 2)) & TABLE_MASK;
}

/** Positions of every trigram, grouped by slot (compressed rows: offsets into one positions array). */
export interface TrigramIndex {
  offsets: Int32Array;
  positions: Int32Array;
}

function buildTrigrams(text: string): TrigramIndex {
  const count = Math.max(0, text.length - GRAM + 1);
  const slots = new Int32Array(count);
  const offsets = new Int32Array(TABLE_MASK + 2);
  for (let i = 0; i < count; i++) {
    const slot = gramSlot(text, i);
    slots[i] = slot;
    offsets[slot + 1]!++;
  }
  for (let s = 1; s < offsets.length; s++) offsets[s]! += offsets[s - 1]!;
  const fill = offsets.slice(0, TABLE_MASK + 1);
  const positions = new Int32Array(count);
  for (let i = 0; i < count; i++) positions[fill[slots[i]!]!++] = i;
  return { offsets, positions };
}

/**
 * Every start of `needle` in `text` (at most `limit`), ascending: the same as an indexOf loop, but
 * only the places of the needle's rarest trigram are checked (each occurrence holds that trigram).
 */
export function occurrences(text: string, grams: TrigramIndex, needle: string, limit: number): number[] {
  const found: number[] = [];
  if (needle.length < GRAM) {
    for (let at = text.indexOf(needle); at !== -1 && found.length < limit; at = text.indexOf(needle, at + 1)) found.push(at);
    return found;
  }
  const { offsets, positions } = grams;
  let rarest = 0;
  let fewest = Number.POSITIVE_INFINITY;
  for (let i = 0; i + GRAM <= needle.length && fewest > 0; i++) {
    const slot = gramSlot(needle, i);
    const count = offsets[slot + 1]! - offsets[slot]!;
    if (count < fewest) {
      fewest = count;
      rarest = i;
    }
  }
  const slot = gramSlot(needle, rarest);
  for (let k = offsets[slot]!, end = offsets[slot + 1]!; k < end && found.length < limit; k++) {
    const at = positions[k]! - rarest;
    if (at >= 0 && text.startsWith(needle, at)) found.push(at);
  }
  return found;
}

export class TextIndex {
  private spaced?: SpaceNormalized;
  private grams?: TrigramIndex;
  private spacedGrams?: TrigramIndex;

  constructor(readonly text: string) {}

  get normalized(): SpaceNormalized {
    this.spaced ??= normalizeSpace(this.text);
    return this.spaced;
  }

  get trigrams(): TrigramIndex {
    this.grams ??= buildTrigrams(this.text);
    return this.grams;
  }

  /** Trigrams of the white-space-insensitive view. */
  get normalizedTrigrams(): TrigramIndex {
    this.spacedGrams ??= buildTrigrams(this.normalized.text);
    return this.spacedGrams;
  }
}

/** Accepts a text or a prepared index, so single calls stay simple and batches share the work. */
export function toIndex(text: string | TextIndex): TextIndex {
  return typeof text === 'string' ? new TextIndex(text) : text;
}
