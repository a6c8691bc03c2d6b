// Claims: sentences that are attributed, quoted, hedged or carry a figure, each with its cue and source.
// One pass finds each sentence's marks and the phrase naming its source; a second pass, in text order,
// turns phrases into names (people found earlier, fuller forms of outlets, the last speaker for "he said").

import type { LanguagePack } from '../lexicon/schema';
import { isLetterAt } from '../text/chars';
import { findQuotes, type QuoteRegion } from '../text/quotes';
import { splitBlock, splitBlocks } from '../text/sentences';
import { type Word, wordsIn, wordsWithin } from '../text/tokens';
import type { Claim, ClaimKind, Person, Span } from '../types';
import { type CompiledClaimLexicon, compileClaimLexicon } from './lexicon';
import { markSentence, type SentenceMarks } from './mark-sentence';
import { closingMarks } from './quotations';
import { type Mention, Namer } from './source-names';
import { nameHeadlineQuotes, shareQuoteSources, sourceNamer } from './speakers';

// Navigation lines are short; a long line starting with "Read" is prose.
const MAX_NAVIGATION_WORDS = 14;
// A reading time is a label and a duration: a longer line is a sentence ("La lecture du texte a duré 45 minutes").
const MAX_READING_TIME_WORDS = 6;
const DIGITS = /^\d+$/;

export function findClaims(text: string, people: Person[], pack: LanguagePack): Claim[] {
  const lex = compileClaimLexicon(pack);
  const regions: QuoteRegion[] = [];
  const marks: SentenceMarks[] = [];
  const mentions = mentionsInOrder(people);
  const namer = new Namer(text, mentions, lex);
  // Sources are named in text order as sentences are marked, so that a sentence's words can go once it
  // is named (holding every word of a long text made its time grow faster than the text).
  const nameSource = sourceNamer(namer);
  const blocks = splitBlocks(text);
  const quotes = continueQuotations(text, blocks);
  const closers = closingMarks(text);
  let nextCloser = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const firstRegion = regions.length;
    regions.push(...quotes[b]!);
    const blockRegions = regions.slice(firstRegion);
    const sentences = splitBlock(text, block.start, block.end, lex.sentenceRules);
    const blockWords = wordsIn(text, block.start, block.end);
    const furniture = isFurniture(text, blockWords, block, lex);
    const headline = sentences.length === 1 && !/[.!?…]["”»’')\]]*$/.test(text.slice(block.start, block.end));
    for (const sentence of sentences) {
      if (furniture) continue;
      while (nextCloser < closers.length && closers[nextCloser]! < sentence.start) nextCloser++;
      const closes = nextCloser < closers.length && closers[nextCloser]! < sentence.end;
      const ws = wordsWithin(blockWords, text, sentence.start, sentence.end);
      const m = markSentence(text, ws, sentence, b, lex, blockRegions, firstRegion, headline, closes);
      nameSource(m);
      // Only a headline's quotation looks at its sentence's words again (nameHeadlineQuotes).
      if (m.headlineQuote < 0) m.view = null;
      marks.push(m);
    }
  }
  shareQuoteSources(text, marks);
  nameHeadlineQuotes(text, marks, regions, namer);
  const claims: Claim[] = [];
  for (const m of marks) {
    const claim = toClaim(m);
    if (claim) claims.push(claim);
  }
  return claims;
}

/** Room for a mention's index below its start in a sort key (mentionsInOrder). */
const INDEX_BITS = 2 ** 20;

/**
 * Every mention of every person in text order, mentions that start together in the people's order (what
 * a stable sort by start gives). Packed keys (start, index) sorted as numbers: a comparator called for
 * each comparison cost more than the rest of the claims' set-up.
 */
function mentionsInOrder(people: readonly Person[]): Mention[] {
  const all: Mention[] = [];
  for (const person of people) for (const m of person.mentions) all.push({ start: m.start, end: m.end, person });
  if (all.length >= INDEX_BITS) return all.sort((a, b) => a.start - b.start);
  const keys = new Float64Array(all.length);
  for (let i = 0; i < all.length; i++) keys[i] = all[i]!.start * INDEX_BITS + i;
  keys.sort();
  return Array.from(keys, (key) => all[key % INDEX_BITS]!);
}

/**
 * The quotation regions of each block. A quotation over several paragraphs opens each of them and closes in
 * the last; a paragraph without marks between one left open and one that goes on or closes it is quoted too.
 */
function continueQuotations(text: string, blocks: readonly Span[]): QuoteRegion[][] {
  const quotes = blocks.map((block) => findQuotes(text, block.start, block.end));
  for (let b = 1; b + 1 < blocks.length; b++) {
    if (quotes[b]!.length > 0) continue;
    const before = quotes[b - 1]!;
    const last = before[before.length - 1];
    const next = quotes[b + 1]![0];
    const leftOpen = last !== undefined && isLeftOpen(text, last, blocks[b - 1]!);
    const following = blocks[b + 1]!;
    // The next paragraph closes a quotation it never opened, or opens with one it leaves open.
    const goesOn =
      next !== undefined &&
      ((next.start === following.start && !QUOTE_MARK.test(text[next.start]!)) ||
        (isLeftOpen(text, next, following) && /^\s*(?:[•·*–—-]\s*)?$/.test(text.slice(following.start, next.start))));
    if (!leftOpen || !goesOn) continue;
    const block = blocks[b]!;
    quotes[b] = [{ start: block.start, end: block.end, words: wordsIn(text, block.start, block.end).length }];
  }
  return quotes;
}

const QUOTE_MARK = /[«»“”"‘’']/;

/** A quotation opened in the block and never closed: it runs to the block's end, where no mark closes it. */
function isLeftOpen(text: string, q: QuoteRegion, block: Span): boolean {
  return q.end === block.end && q.start > block.start && QUOTE_MARK.test(text[q.start]!) && !QUOTE_MARK.test(text[q.end - 1]!);
}

/**
 * Page furniture, which is never a claim: boilerplate ("Lire aussi …", "Il vous reste 57% …"), a short
 * navigation line ("Read more", "Show all 50"), a line without a word (a pager: "1", "2"), a reading time.
 */
function isFurniture(text: string, blockWords: readonly Word[], block: Span, lex: CompiledClaimLexicon): boolean {
  const ws = wordsWithin(blockWords, text, block.start, Math.min(block.end, block.start + 200));
  if (ws.length === 0) return false;
  // "Lire aussi …", "Article réservé à nos abonnés", "En cliquant sur …": boilerplate of any length.
  if (lex.boilerplate.matchWords(text, ws, 0) > 0) return true;
  if (ws.length <= MAX_NAVIGATION_WORDS && lex.navigation.has(ws[0]!.lower)) return true;
  if (!ws.some((w) => isLetterAt(text, w.start))) return true;
  return ws.length <= MAX_READING_TIME_WORDS && isReadingTime(text, ws, lex);
}

/** "4 Min.", "Lecture : 5 min", "Estimated reading time: 6 minutes", "Tempo di lettura: 3 minuti", in any language. */
function isReadingTime(text: string, ws: readonly Word[], lex: CompiledClaimLexicon): boolean {
  const at = ws.findIndex((w, k) => k + 1 < ws.length && DIGITS.test(w.lower) && lex.anyMinuteUnits.has(ws[k + 1]!.lower));
  if (at < 0) return false;
  if (ws.length === 2) return true;
  for (let k = 0; k < ws.length; k++) if (lex.anyReadingTimeLabels.matchWords(text, ws, k) > 0) return true;
  return false;
}

/** The claim a sentence makes, or null (an array per sentence for flatMap cost more than the rest of this step). */
function toClaim(m: SentenceMarks): Claim | null {
  const kinds: ClaimKind[] = [];
  if (m.attributedCue) kinds.push('attributed');
  if (m.quoteCue) kinds.push('quote');
  if (m.hedgeCue) kinds.push('hedged');
  if (m.statisticCue) kinds.push('statistic');
  if (kinds.length === 0) return null;
  const cue = m.attributedCue === ':' ? null : (m.attributedCue ?? m.hedgeCue ?? m.statisticCue ?? m.quoteCue);
  return { start: m.start, end: m.end, kinds, source: m.attributedCue || m.quoteCue ? m.source : null, cue };
}
