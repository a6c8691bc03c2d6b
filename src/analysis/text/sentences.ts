// Sentence splitting for news text: one linear pass, every line break a hard boundary.
// Intl.Segmenter is not used: it splits after "M."/"Mr."/"U.S." and is slow on long texts.

import type { Span } from '../types';
import { isLetterAt, isLineBreakCode, isLowerCode, isSpaceAt, isUpperCode } from './chars';

/** What the splitter needs to know about a language's abbreviations. */
export interface SentenceRules {
  /** Abbreviations that never end a sentence, as written before their full stop ("Mr", "M", "Sen", "Oct"). */
  fixedAbbreviations: ReadonlySet<string>;
  /** Abbreviations that end a sentence only before a typical sentence opener ("Inc", "etc", "Jr"). */
  softAbbreviations: ReadonlySet<string>;
  /** Lower-case words that typically open a sentence ("the", "he", "le", "il"). */
  sentenceOpeners: ReadonlySet<string>;
  /** Lower-case words that go on with a sentence after a quoted question or exclamation ("she asked"). */
  continuations: { has(word: string): boolean };
}

const EMPTY_RULES: SentenceRules = {
  fixedAbbreviations: new Set(),
  softAbbreviations: new Set(),
  sentenceOpeners: new Set(),
  continuations: new Set(),
};

// Marks that may close a quotation or bracket right after the final stop and belong to the sentence.
const CLOSERS = '"”’\'»)]›';
// How far back an abbreviation may reach; bounded so that a text of dots stays linear.
const MAX_ABBREVIATION = 24;
const MAX_OPENER = 16;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && isLetterAt(c, 0);
}
function isLower(c: string): boolean {
  return isLowerCode(c.charCodeAt(0));
}
function isUpper(c: string): boolean {
  return isUpperCode(c.charCodeAt(0));
}

/** Splits text into sentences; every line break is a hard boundary. Spans are trimmed and never empty. */
export function splitSentences(text: string, rules: SentenceRules = EMPTY_RULES): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isLineBreakCode(text.charCodeAt(i))) {
      splitLine(text, lineStart, i, rules, spans);
      lineStart = i + 1;
    }
  }
  return spans;
}

/** The blocks (lines) of a text, trimmed, in order. */
export function splitBlocks(text: string): Span[] {
  const spans: Span[] = [];
  // Most texts end their lines with \n alone: those are found natively.
  const newlinesOnly = !/[\r\u0085\u2028\u2029]/.test(text);
  for (let lineStart = 0, i = 0; i <= text.length; lineStart = ++i) {
    if (newlinesOnly) {
      const at = text.indexOf('\n', i);
      i = at < 0 ? text.length : at;
    } else while (i < text.length && !isLineBreakCode(text.charCodeAt(i))) i++;
    pushTrimmed(text, lineStart, i, spans);
  }
  return spans;
}

/** The sentences of one block text[start, end) (no line breaks inside). */
export function splitBlock(text: string, start: number, end: number, rules: SentenceRules = EMPTY_RULES): Span[] {
  const spans: Span[] = [];
  splitLine(text, start, end, rules, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  if (e > s) out.push({ start: s, end: e });
}

function splitLine(text: string, start: number, end: number, rules: SentenceRules, out: Span[]): void {
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    // Letters (between ? and 。) are ruled out by the first two tests.
    if (
      (code > 63 && code < 0x3002) ||
      (code !== 46 && code !== 33 && code !== 63 && code !== 0x3002 && code !== 0xff01 && code !== 0xff1f)
    ) {
      i++;
      continue;
    }
    const c = text[i]!;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    // "..." is an ellipsis, not a stop; a stop glued to the next character ("U.S.-led", "3.5") is no boundary.
    if (c === '.' && j - i >= 2) {
      i = j;
      continue;
    }
    let k = j;
    for (let n = 0; n < 3 && k < end && CLOSERS.includes(text[k]!); n++) k++;
    // French typography puts a space before the closing guillemet: « … désinformation. »
    if (k === j && isSpaceAt(text, k) && (text[k + 1] === '»' || text[k + 1] === '”')) {
      k += 2;
      while (k < end && CLOSERS.includes(text[k]!)) k++;
    }
    let m = k;
    while (m < end && isSpaceAt(text, m)) m++;
    if (m === end) {
      pushTrimmed(text, sentenceStart, k, out);
      sentenceStart = m;
      i = m;
      continue;
    }
    if (m === k) {
      i = k;
      continue;
    }
    if (isBoundary(text, i, m, end, c, rules)) {
      pushTrimmed(text, sentenceStart, k, out);
      sentenceStart = m;
      i = m;
    } else i = k;
  }
  pushTrimmed(text, sentenceStart, end, out);
}

/** Decides whether the stop at `stop` (next sentence would begin at `next`) ends a sentence. */
function isBoundary(text: string, stop: number, next: number, end: number, mark: string, rules: SentenceRules): boolean {
  const following = text[next]!;
  // "“Is it over?” she asked." goes on; "“Got me?” before his smile returned" is a new sentence.
  if (mark !== '.') return !(isLower(following) && rules.continuations.has(wordAt(text, next, end)));
  if (isLower(following)) return false;
  const word = wordBefore(text, stop);
  if (word === '') return true;
  if (word.includes('.')) return opensSentence(text, next, end, rules); // U.S., a.m., H.W.
  // The last letter of "É.-U." or "p. ex." may end a sentence; an initial never does: "Nikki R. Haley", "M. Darmanin".
  if (word.length === 1 && isLetter(word))
    return (text[stop - 2] === '-' || text[stop - 2] === '.') && opensSentence(text, next, end, rules);
  if (rules.fixedAbbreviations.has(word)) return false;
  if (rules.softAbbreviations.has(word)) return opensSentence(text, next, end, rules);
  return true;
}

function wordBefore(text: string, stop: number): string {
  let s = stop;
  const limit = Math.max(0, stop - MAX_ABBREVIATION);
  while (s > limit && (isLetter(text[s - 1]) || (text[s - 1] === '.' && isLetter(text[s - 2])))) s--;
  if (s === limit && s > 0 && isLetter(text[s - 1])) return '';
  return text.slice(s, stop);
}

function wordAt(text: string, start: number, end: number): string {
  let e = start;
  const limit = Math.min(end, start + MAX_OPENER);
  while (e < limit && isLetter(text[e])) e++;
  return text.slice(start, e).toLowerCase();
}

function opensSentence(text: string, next: number, end: number, rules: SentenceRules): boolean {
  const first = text[next]!;
  if (!isUpper(first)) return !isLetter(first);
  return rules.sentenceOpeners.has(wordAt(text, next, end));
}
