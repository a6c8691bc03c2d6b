// Re-anchors one saved note on the current article text: stored position, then the exact quote
// (white space ignored), then a fuzzy search weighed by prefix/suffix. Below the minimum score the
// note is an orphan: it is never attached to a passage that merely looks like it.
import approxSearch from 'approx-string-match';
import type { AnchorStatus, TextPositionSelector, TextQuoteSelector } from '../lib/annotation';
import { candidateWindows } from './candidates';
import { MIN_NEIGHBOUR_FOR_PLACE, nearness, scoreCandidate, similarity, weighted } from './context-score';
import { normalizeSpaceOnly } from './normalize-space';
import { occurrences, type TextIndex, toIndex } from './text-index';

/** Score (0..1) a candidate needs; below it the note is an orphan. */
export const DEFAULT_MIN_SCORE = 0.75;
/** Fuzzy search allows at most this share of the quote's characters to differ. */
const MAX_ERROR_RATIO = 0.25;
const MAX_ERRORS = 256;
/** An exact quote this long that occurs once is the same passage even if both neighbours changed. */
const LONG_UNIQUE_QUOTE = 128;
const MAX_EXACT_HITS = 1000;
/** How far from its expected place a quote still counts as "in place" (see scoreCandidate). */
const slackFor = (quoteLength: number) => 32 + quoteLength;

export type Selector = TextQuoteSelector | TextPositionSelector | { type: string };

export type AnchorResult =
  | { status: Exclude<AnchorStatus, 'orphan'>; start: number; end: number; score: number }
  | { status: 'orphan'; start: null; end: null; score: number };

export interface AnchorOptions {
  minScore?: number;
  /** Where the quote is expected to start now (defaults to the stored position). Breaks ties. */
  hint?: number;
}

interface Candidate {
  start: number;
  end: number;
  score: number;
  /** Fewest edits any fuzzy match needed so far (fuzzy search only). */
  errors?: number;
}

export function findSelector<T extends Selector['type']>(
  selectors: readonly Selector[],
  type: T,
): Extract<Selector, { type: T }> | undefined {
  return selectors.find((s) => s.type === type) as Extract<Selector, { type: T }> | undefined;
}

/** Finds where the note described by `selectors` is in `text` now. */
export function anchorSelectors(text: string | TextIndex, selectors: readonly Selector[], options: AnchorOptions = {}): AnchorResult {
  const index = toIndex(text);
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const quote = findSelector(selectors, 'TextQuoteSelector') as TextQuoteSelector | undefined;
  const position = findSelector(selectors, 'TextPositionSelector') as TextPositionSelector | undefined;
  // Without the quote nothing can confirm a position: a bare offset would draw on whatever is there now.
  if (!quote || quote.exact.length === 0) return orphan(0);
  const hint = options.hint ?? position?.start ?? 0;
  const context = { prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' };

  if (position && index.text.slice(position.start, position.end) === quote.exact) {
    return { status: 'anchored', start: position.start, end: position.end, score: 1 };
  }
  // Text added or removed earlier in the page moves a note without changing it. At the place the
  // notes before it moved to, the intact quote with one neighbour still agreeing scores 1 (being in
  // place vouches for the other neighbour, see scoreCandidate), and wins any tie by being nearest.
  if (hint !== position?.start && inPlace(index.text, hint, quote.exact, context)) {
    return { status: 'anchored', start: hint, end: hint + quote.exact.length, score: 1 };
  }

  const exact = exactCandidates(index, quote.exact, context, hint);
  if (exact.best && (exact.best.score >= minScore || (exact.count === 1 && exact.quoteLength >= LONG_UNIQUE_QUOTE))) {
    return { status: 'anchored', ...exact.best };
  }

  const fuzzy = fuzzyCandidate(index, quote.exact, context, hint, minScore);
  if (fuzzy && fuzzy.score >= minScore) return { status: 'fuzzy', start: fuzzy.start, end: fuzzy.end, score: fuzzy.score };
  return orphan(Math.max(fuzzy?.score ?? 0, exact.best?.score ?? 0));
}

function inPlace(text: string, at: number, exact: string, context: { prefix: string; suffix: string }): boolean {
  if (at < 0 || !text.startsWith(exact, at)) return false;
  const end = at + exact.length;
  const { prefix, suffix } = context;
  // Half a neighbour intact already makes its similarity at least 1/2: no edit table needed.
  const half = (s: string) => Math.ceil(s.length / 2);
  if (text.startsWith(prefix.slice(prefix.length - half(prefix)), at - half(prefix)) && at >= half(prefix)) return true;
  if (text.startsWith(suffix.slice(0, half(suffix)), end)) return true;
  const before = similarity(text.slice(Math.max(0, at - prefix.length), at), prefix);
  return before >= MIN_NEIGHBOUR_FOR_PLACE || similarity(text.slice(end, end + suffix.length), suffix) >= MIN_NEIGHBOUR_FOR_PLACE;
}

function orphan(score: number): AnchorResult {
  return { status: 'orphan', start: null, end: null, score };
}

/** Picks the higher score; on a tie, the one closer to where the note was expected. */
function better(a: Candidate | null, b: Candidate, hint: number): Candidate {
  if (!a) return b;
  if (b.score !== a.score) return b.score > a.score ? b : a;
  return Math.abs(b.start - hint) < Math.abs(a.start - hint) ? b : a;
}

function exactCandidates(
  index: TextIndex,
  exact: string,
  context: { prefix: string; suffix: string },
  hint: number,
): { best: Candidate | null; count: number; quoteLength: number } {
  // Verbatim occurrences first: their boundaries are exact. Only when none is convincing does the
  // white-space-insensitive view (whose boundaries cover whole runs of white space) get a say.
  const found = occurrences(index.text, index.trigrams, exact, MAX_EXACT_HITS);
  const verbatim = scoreOccurrences(found, exact.length, (at) => [at, at + exact.length], index, context, hint);
  if (verbatim.best && verbatim.best.score >= DEFAULT_MIN_SCORE) return verbatim;
  const needle = normalizeSpaceOnly(exact);
  if (needle.trim().length === 0) return verbatim;
  const { text: haystack, starts, ends } = index.normalized;
  const spacedFound = occurrences(haystack, index.normalizedTrigrams, needle, MAX_EXACT_HITS);
  const spaced = scoreOccurrences(spacedFound, needle.length, (at) => [starts[at]!, ends[at + needle.length - 1]!], index, context, hint);
  return spaced.best && (!verbatim.best || spaced.best.score > verbatim.best.score) ? spaced : verbatim;
}

function scoreOccurrences(
  found: readonly number[],
  needleLength: number,
  toOriginal: (at: number) => [number, number],
  index: TextIndex,
  context: { prefix: string; suffix: string },
  hint: number,
): { best: Candidate | null; count: number; quoteLength: number } {
  let best: Candidate | null = null;
  for (const at of found) {
    const [start, end] = toOriginal(at);
    const score = scoreCandidate(index.text, start, end, 0, needleLength, context, nearness(start, hint, slackFor(needleLength)));
    best = better(best, { start, end, score }, hint);
  }
  return { best, count: found.length, quoteLength: needleLength };
}

function fuzzyCandidate(
  index: TextIndex,
  exact: string,
  context: { prefix: string; suffix: string },
  hint: number,
  minScore: number,
): Candidate | null {
  const m = exact.length;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(m * MAX_ERROR_RATIO));
  if (maxErrors === 0) return null;
  const { text } = index;
  const windows = candidateWindows(index, exact, maxErrors);
  if (!windows) return bestInWindow(index, { start: 0, end: text.length }, exact, maxErrors, context, hint, null);
  // Branch and bound: visit the windows with the most trigram hits first, and stop once no
  // remaining window could score higher than the best match found (its hits bound its edits).
  // The window holding the expected place goes first: it usually has the match, and a good match
  // found early lets the bound skip the rest.
  const holdsHint = (w: { start: number; end: number }) => (w.start <= hint && hint < w.end ? 1 : 0);
  windows.sort((a, b) => holdsHint(b) - holdsHint(a) || b.hits - a.hits);
  let best: Candidate | null = null;
  for (const window of windows) {
    const minErrors = Math.max(0, Math.ceil((m - 2 - window.hits) / 3));
    // As with approx-string-match over the whole text, only the fewest-edit matches compete (a window
    // that needs more edits than some match already found is skipped), except in the window of the
    // expected place, searched first, which always competes.
    if (best && (minErrors > best.errors! || best.score > scoreBound(minErrors, m))) continue;
    // A window whose surroundings cannot reach the minimum score, however well the quote matches
    // there, is not searched: this is what makes giving up on a note whose passage is gone cheap.
    if (contextBound(text, window, minErrors, m, context, hint) < minScore) continue;
    best = bestInWindow(index, window, exact, maxErrors, context, hint, best);
  }
  return best;
}

/** The highest score any match in `window` could reach (as scoreCandidate counts): its quote needs at
 * least `minErrors` edits, and its prefix (suffix) lies in the text just before (after) or inside the
 * window, so its similarity to that whole stretch bounds it (similarity takes the best substring). */
function contextBound(
  text: string,
  window: { start: number; end: number },
  minErrors: number,
  m: number,
  context: { prefix: string; suffix: string },
  hint: number,
): number {
  let prefix = similarity(text.slice(Math.max(0, window.start - context.prefix.length), window.end), context.prefix);
  let suffix = similarity(text.slice(window.start, window.end + context.suffix.length), context.suffix);
  // Near the expected place, being there can stand in for both neighbours (see scoreCandidate).
  const reach = 2 * slackFor(m);
  const near = window.start < hint + reach && hint - reach < window.end;
  if (near && Math.max(prefix, suffix) >= MIN_NEIGHBOUR_FOR_PLACE) prefix = suffix = 1;
  return weighted(1 - minErrors / m, prefix, suffix);
}

/** The highest score a match with `errors` edits could reach, with perfect context. */
function scoreBound(errors: number, quoteLength: number): number {
  return weighted(1 - errors / quoteLength, 1, 1);
}

function bestInWindow(
  index: TextIndex,
  window: { start: number; end: number },
  exact: string,
  maxErrors: number,
  context: { prefix: string; suffix: string },
  hint: number,
  best: Candidate | null,
): Candidate | null {
  const { text } = index;
  const slice = window.start === 0 && window.end === text.length ? text : text.slice(window.start, window.end);
  for (const match of approxSearch(slice, exact, maxErrors)) {
    const start = window.start + match.start;
    const end = window.start + match.end;
    const near = nearness(start, hint, slackFor(exact.length));
    const score = scoreCandidate(text, start, end, match.errors, exact.length, context, near);
    const errors = Math.min(match.errors, best?.errors ?? match.errors);
    best = { ...better(best, { start, end, score }, hint), errors };
  }
  return best;
}
