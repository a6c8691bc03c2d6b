// Scores a candidate span by how well its text and its surroundings agree with the stored quote,
// prefix and suffix. The weights follow the Hypothesis client's match-quote so results compare.
import approxSearch from 'approx-string-match';

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;

/** 1 when `expected` occurs in `actual` unchanged, falling towards 0 with each edit needed. */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const best = approxSearch(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

export interface Context {
  prefix: string;
  suffix: string;
}

/** Combined score in [0, 1] for text[start, end) given how many edits the quote needed there. */
export function scoreCandidate(
  text: string,
  start: number,
  end: number,
  quoteErrors: number,
  quoteLength: number,
  context: Context,
): number {
  const quoteScore = 1 - quoteErrors / quoteLength;
  const prefixScore = similarity(text.slice(Math.max(0, start - context.prefix.length), start), context.prefix);
  const suffixScore = similarity(text.slice(end, end + context.suffix.length), context.suffix);
  return (
    (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore) /
    (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT)
  );
}
