// Scores a candidate span by how well its text and its surroundings agree with the stored quote,
// prefix and suffix. The weights follow the Hypothesis client's match-quote so results compare.
/** How much the quote and each neighbour count in a candidate's score (match.ts bounds its search
 * with the same weights, so they live here once). */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20 } as const;
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix;

/** The score of a candidate whose quote scores `quote` and neighbours `prefix` and `suffix` (each 0..1). */
export function weighted(quote: number, prefix: number, suffix: number): number {
  return (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix) / TOTAL_WEIGHT;
}
/** A neighbour at least this similar lets being in the expected place vouch for the other one. */
export const MIN_NEIGHBOUR_FOR_PLACE = 0.5;

/** 1 when `expected` occurs in `actual` unchanged, falling towards 0 with each edit needed (the
 * fewest edits over every substring of `actual`: the same measure as approx-string-match's best match,
 * computed directly because contexts are short). */
export function similarity(actual: string, expected: string): number {
  const m = expected.length;
  if (m === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual.endsWith(expected) || actual.startsWith(expected)) return 1;
  return 1 - (m <= 32 ? fewestEditsBitParallel(actual, expected) : fewestEditsTable(actual, expected)) / m;
}

/** Myers' bit-vector search (one machine word holds a column of the edit table): the fewest edits
 * turning `pattern` (at most 32 characters) into some substring of `text`, without allocating. */
function fewestEditsBitParallel(text: string, pattern: string): number {
  const m = pattern.length;
  const last = 1 << (m - 1);
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let i = 0; i < m; i++) PEQ[pattern.charCodeAt(i)]! |= 1 << i;
  for (let j = 0; j < text.length; j++) {
    const eq = PEQ[text.charCodeAt(j)]!;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  for (let i = 0; i < m; i++) PEQ[pattern.charCodeAt(i)] = 0;
  return best;
}

/** For each UTF-16 code unit, the pattern positions holding it; all zero between calls. */
const PEQ = new Int32Array(65536);

/** The same measure by the edit table, for longer patterns. */
function fewestEditsTable(actual: string, expected: string): number {
  const m = expected.length;
  const n = actual.length;
  // Row i holds, for each end position j in `actual`, the edits to match expected[0, i) ending at j.
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const e = expected.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitute = prev[j - 1]! + (actual.charCodeAt(j - 1) === e ? 0 : 1);
      cur[j] = Math.min(substitute, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j++) best = Math.min(best, prev[j]!);
  return best;
}

export interface Context {
  prefix: string;
  suffix: string;
}

/**
 * Combined score in [0, 1] for text[start, end) given how many edits the quote needed there.
 * `nearness` (1 when the span is where the note was expected, 0 when far) may stand in for a
 * neighbour that changed: a quote that is still in its expected place, between edited neighbours,
 * is the same passage; far away, only its own context can vouch for it.
 */
export function scoreCandidate(
  text: string,
  start: number,
  end: number,
  quoteErrors: number,
  quoteLength: number,
  context: Context,
  nearness = 0,
): number {
  const quoteScore = 1 - quoteErrors / quoteLength;
  const prefixScore = similarity(text.slice(Math.max(0, start - context.prefix.length), start), context.prefix);
  const suffixScore = similarity(text.slice(end, end + context.suffix.length), context.suffix);
  // Being in the expected place vouches only for a passage one of whose neighbours still agrees: a
  // paragraph that took the place of a removed one, however alike, has neither.
  const near = Math.max(prefixScore, suffixScore) >= MIN_NEIGHBOUR_FOR_PLACE ? nearness : 0;
  return weighted(quoteScore, Math.max(prefixScore, near), Math.max(suffixScore, near));
}

/** 1 within `slack` characters of the expected start, falling to 0 at twice that distance. */
export function nearness(start: number, expected: number, slack: number): number {
  const distance = Math.abs(start - expected);
  return distance <= slack ? 1 : Math.max(0, 2 - distance / slack);
}
