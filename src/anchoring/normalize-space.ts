// A whitespace-insensitive view of a text: runs of white space become one space and invisible
// characters (soft hyphen, zero-width space) vanish, with maps back to offsets in the original text.
// Lets an exact quote be found again when the page re-flowed its white space or hyphenation.

const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/;
const SPACE = /\s/;

export interface SpaceNormalized {
  text: string;
  /** starts[i]: offset in the original of the first character that normalized char i stands for. */
  starts: Int32Array;
  /** ends[i]: offset in the original just after the last character that normalized char i stands for. */
  ends: Int32Array;
}

export function normalizeSpace(original: string): SpaceNormalized {
  const chars: string[] = [];
  const starts = new Int32Array(original.length + 1);
  const ends = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (n > 0 && chars[n - 1] === ' ') {
        ends[n - 1] = i + 1;
        continue;
      }
      chars.push(' ');
    } else {
      chars.push(ch);
    }
    starts[n] = i;
    ends[n] = i + 1;
    n++;
  }
  return { text: chars.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** The normalized form of a short string (a quote), without offset maps. */
export function normalizeSpaceOnly(s: string): string {
  return s.replace(/[\u00AD\u200B\u2060\uFEFF]/g, '').replace(/\s+/g, ' ');
}
