// White space as the text model reads it: runs of white space collapse to one space (also across
// text nodes, through `afterSpace`), soft hyphens and zero-width spaces are dropped, with a map
// from each kept character to its offset in the node. Work is done per run of white space, not
// per character: the content script reads the first screenful before its first highlights.

export interface Collapsed {
  text: string;
  /** map[i]: offset in the node's data of text[i]; null when they coincide. */
  map: Int32Array | null;
  /** The text ends in a collapsed space (or is empty after one). */
  endsWithSpace: boolean;
}

const DROPPED = '\u00AD\u200B';
/** Text taken as it is: no white space but single plain spaces, nothing dropped. */
const NOTHING_TO_COLLAPSE = /^[^\s\u00AD\u200B]*(?: [^\s\u00AD\u200B]+)* ?$/;
const RUN = /[\s\u00AD\u200B]+/g;

export function collapse(data: string, afterSpace: boolean): Collapsed {
  if (data.length === 0) return { text: '', map: null, endsWithSpace: afterSpace };
  // Most text nodes: one native regex test, no copy.
  if (!(afterSpace && data.charCodeAt(0) === 32) && NOTHING_TO_COLLAPSE.test(data)) {
    return { text: data, map: null, endsWithSpace: data.charCodeAt(data.length - 1) === 32 };
  }
  const parts: string[] = [];
  let map: Int32Array | null = null;
  let length = 0;
  let lastSpace = afterSpace;
  let from = 0;
  RUN.lastIndex = 0;
  for (;;) {
    const run = RUN.exec(data);
    const runStart = run ? run.index : data.length;
    if (runStart > from) {
      if (map) for (let i = from; i < runStart; i++) map[length + i - from] = i;
      parts.push(data.slice(from, runStart));
      length += runStart - from;
      lastSpace = false;
    }
    if (!run) break;
    const runEnd = runStart + run[0].length;
    // The run becomes one space, at its first character that is not dropped, unless a space came just before.
    let spaceAt = -1;
    if (!lastSpace) {
      for (let i = runStart; i < runEnd; i++) {
        if (!DROPPED.includes(data[i]!)) {
          spaceAt = i;
          break;
        }
      }
    }
    if (!map && !(spaceAt === runStart && run[0] === ' ')) {
      map = new Int32Array(data.length);
      for (let i = 0; i < length; i++) map[i] = i;
    }
    if (spaceAt >= 0) {
      if (map) map[length] = spaceAt;
      parts.push(' ');
      length++;
      lastSpace = true;
    }
    from = runEnd;
  }
  return { text: parts.join(''), map: map ? map.slice(0, length) : null, endsWithSpace: lastSpace };
}
