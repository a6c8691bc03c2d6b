// Which quotations of a sentence are someone's words (not a label, an offence, a tag or a title), and
// where quotation marks close.
import type { QuoteRegion } from '../text/quotes';
import { isCapitalised, type Word } from '../text/tokens';
import type { SentenceView } from './subject';
import { isFunctionWord } from './word-classes';

// An incise verb sits a few words after the closing quotation mark.
const MAX_INCISE_LOOKBACK = 24;

/** Whether a word lies inside one of the quotation regions the sentence touches (a loop: this runs for every word). */
export function inQuote(w: Word, touching: readonly number[], regions: readonly QuoteRegion[]): boolean {
  for (let k = 0; k < touching.length; k++) {
    const q = regions[touching[k]!]!;
    if (q.start < w.start && w.end <= q.end) return true;
  }
  return false;
}

/** The index of the last word of the sentence that ends at or before an offset, or -1. */
function lastWordBefore(v: SentenceView, at: number): number {
  // Binary search: a sentence may hold many quotations.
  let lo = 0;
  let hi = v.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.words[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** "Les « boîtes noires »", "his 'biggest frustration'": a short quotation after a determiner names a thing. */
export function afterDeterminer(v: SentenceView, at: number): boolean {
  const j = lastWordBefore(v, at);
  return j >= 0 && v.lex.determiners.has(v.words[j]!.lower) && !v.lex.prepositions.has(v.words[j]!.lower);
}

/** Whether the words just before a quotation introduce a label ("so-called", "dubbed", "surnommé"). */
export function isLabelled(v: SentenceView, at: number): boolean {
  const j = lastWordBefore(v, at);
  for (let k = j; k >= 0 && k > j - 4; k--) if (v.lex.labelIntroducers.matchWords(v.text, v.words, k) === j - k + 1) return true;
  return false;
}

/** "charged with 'obstruction'", "une enquête pour « soustraction de documents »": the quotation names an offence. */
export function isCharge(v: SentenceView, at: number): boolean {
  const j = lastWordBefore(v, at);
  if (j < 1 || !v.lex.chargeLinks.has(v.words[j]!.lower)) return false;
  for (let k = j - 1; k >= 0 && k > j - 6; k--) if (v.lex.chargeWords.matchWords(v.text, v.words, k) > 0) return true;
  return false;
}

/** "le député « constructif » a voté": one quoted word right after a noun and its determiner, the sentence going on, is a tag. */
export function isTag(v: SentenceView, q: QuoteRegion): boolean {
  const { words: ws, lex, text } = v;
  const j = lastWordBefore(v, q.start);
  const prev = ws[j];
  const next = ws[lastWordBefore(v, q.end) + 1];
  if (!prev || !next || text.slice(prev.end, q.start).trim() !== '' || !/^\s*$/.test(text.slice(q.end, next.start))) return false;
  const det = ws[j - 1];
  const noun = det && lex.determiners.has(det.lower) && !lex.determiners.has(prev.lower);
  return !!noun && !(isFunctionWord(lex, prev.lower) || isCapitalised(text, prev));
}

/**
 * Whether a headline quotation follows a bare subject ("Leader and wife 'insisting …'", "Le ministre : « … »"),
 * not a verb of the writer's own ("Trump to Consider 'Many Names'").
 */
export function isPredicateQuote(v: SentenceView, at: number): boolean {
  const { words: ws, lex, text } = v;
  const j = lastWordBefore(v, at);
  if (j < 0) return false;
  const colonBefore = (k: number) => text.slice(ws[k - 1]!.end, ws[k]!.start).includes(':');
  // The subject starts after a colon; in "Le ministre : « … »" it is the words before the colon.
  let start = j;
  while (start > 0 && !colonBefore(start)) start--;
  for (let k = start; k <= j; k++) {
    const w = ws[k]!.lower;
    if (lex.finiteVerbs.has(w) || lex.infinitiveMarkers.has(w) || lex.reportingVerbs.has(w) || lex.prepositions.has(w)) {
      return false;
    }
  }
  return j - start < 6;
}

/** Offsets of the marks closesQuoteBefore looks for, in order: found natively once rather than per word. */
export function closingMarks(text: string): number[] {
  const out: number[] = [];
  for (const mark of '»”"') for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) out.push(i);
  return out.sort((a, b) => a - b);
}

/** Whether a quotation closes between the sentence start and an offset (a cheap look at the marks). */
export function closesQuoteBefore(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from && i >= to - MAX_INCISE_LOOKBACK; i--) {
    const c = text[i];
    if (c === '»' || c === '”' || c === '"') return true;
  }
  return false;
}
