// A whitespace-insensitive view of a text: runs of white space become one space and invisible
// characters (soft hyphen, zero-width space, word joiner, BOM) vanish, with maps back to offsets in
// the original text. Lets an exact quote be found again when the page re-flowed its white space.

export interface SpaceNormalized {
  text: string;
  /** starts[i]: offset in the original of the first character that normalized char i stands for. */
  starts: Int32Array;
  /** ends[i]: offset in the original just after the last character that normalized char i stands for. */
  ends: Int32Array;
}

function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff;
}

/** The characters JavaScript's \s matches (BOM excepted: it is invisible above). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

export function normalizeSpace(original: string): SpaceNormalized {
  const codes = new Uint16Array(original.length);
  const starts = new Int32Array(original.length);
  const ends = new Int32Array(original.length);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (isSpace(c)) {
      if (n > 0 && codes[n - 1] === 32) {
        ends[n - 1] = i + 1;
        continue;
      }
      codes[n] = 32;
    } else {
      codes[n] = c;
    }
    starts[n] = i;
    ends[n] = i + 1;
    n++;
  }
  let text = '';
  for (let at = 0; at < n; at += 8192) text += String.fromCharCode(...codes.subarray(at, Math.min(n, at + 8192)));
  return { text, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** The normalized form of a short string (a quote), without offset maps. */
export function normalizeSpaceOnly(s: string): string {
  return isNormalized(s) ? s : normalizeSpace(s).text;
}

/** Most quotes have nothing to normalize: telling so costs one pass and no allocation. */
function isNormalized(s: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isInvisible(c)) return false;
    const space = isSpace(c);
    if (space && (c !== 32 || previousSpace)) return false;
    previousSpace = space;
  }
  return true;
}
