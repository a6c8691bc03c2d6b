// Quotation regions of one block: « », “ ”, " ", ‘ ’ and ' ', telling apostrophes from closing quotes.
// An opening mark left open at the end of the block runs to its end (news convention for quotes that go
// on over several paragraphs); a closing mark with no opener starts the quotation at the block start.

import { isLineBreakCode, isSpaceAt, isWordCharAt } from './chars';

export interface QuoteRegion {
  /** Offset of the opening mark (or of the block start). */
  start: number;
  /** Offset just after the closing mark (or the block end). */
  end: number;
  /** Words inside the marks. */
  words: number;
}

/**
 * Whether a code unit is one of the marks « “ „ » ” " ‘ ’ '. The scan below looks at every character,
 * so this is plain comparisons (most text is ASCII letters, decided by the first three).
 */
function isMark(code: number): boolean {
  if (code < 0xab) return code === 34 || code === 39;
  return code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e && code !== 0x201a && code !== 0x201b);
}

interface Open {
  mark: string;
  at: number;
}

const MAX_DEPTH = 8;

/** Finds the quotation regions of text[start, end), a single block. */
export function findQuotes(text: string, start: number, end: number): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  const stack: Open[] = [];
  const close = (mark: string, at: number): boolean => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.mark === mark) {
        regions.push(region(text, stack[k]!.at, at + 1));
        stack.length = k;
        return true;
      }
    }
    return false;
  };
  const open = (mark: string, at: number) => {
    if (stack.length < MAX_DEPTH) stack.push({ mark, at });
  };
  for (let i = start; i < end; i++) {
    if (!isMark(text.charCodeAt(i))) continue;
    const c = text[i]!;
    // What is around the mark is looked at only by the marks that need it: most marks are apostrophes.
    switch (c) {
      case '«':
      case '“':
      case '„':
        open(c === '«' ? '«' : '“', i);
        break;
      case '»':
        if (!close('«', i) && regions.length === 0 && stack.length === 0) regions.push(region(text, start, i + 1));
        break;
      case '”':
        if (!close('“', i) && !close('"', i) && regions.length === 0 && stack.length === 0) {
          regions.push(region(text, start, i + 1));
        }
        break;
      case '"':
        // A doubled opening mark (""Tim's …) opens once.
        if (stack[stack.length - 1]?.at === i - 1 && text[i - 1] === '"') break;
        if (stack.some((o) => o.mark === '"') && !wordAfter(text, i, end)) close('"', i);
        // “…" : a straight mark closing a curly one, a slip of scraped text.
        else if (!wordAfter(text, i, end) && prevWordOrStop(text, i, start) && close('“', i)) break;
        else if (!spaceAfter(text, i, end)) open('"', i);
        // The last paragraph of a quotation over several paragraphs closes what an earlier one opened.
        else if (prevWordOrStop(text, i, start) && regions.length === 0 && stack.length === 0) regions.push(region(text, start, i + 1));
        break;
      case '‘':
        if (!wordBefore(text, i, start)) open('‘', i);
        break;
      case '’':
        if (!wordAfter(text, i, end) && stack.some((o) => o.mark === '‘')) close('‘', i);
        break;
      case "'":
        if (!wordBefore(text, i, start) && wordAfter(text, i, end)) open("'", i);
        else if (!wordAfter(text, i, end) && stack.some((o) => o.mark === "'")) close("'", i);
        break;
    }
  }
  // Double marks left open run to the end of the block; single ones were apostrophes after all.
  for (const o of stack) if (o.mark !== "'" && o.mark !== '‘') regions.push(region(text, o.at, end));
  regions.sort((a, b) => a.start - b.start);
  return regions;
}

/** Whether a word character is right before the mark at i (within the block). */
function wordBefore(text: string, i: number, start: number): boolean {
  return i > start && isWordCharAt(text, i - 1);
}

/** Whether a word character is right after the mark at i (within the block). */
function wordAfter(text: string, i: number, end: number): boolean {
  return i + 1 < end && isWordCharAt(text, i + 1);
}

/** Whether the mark at i ends the block or is followed by a space or a line break. */
function spaceAfter(text: string, i: number, end: number): boolean {
  return i + 1 >= end || isSpaceAt(text, i + 1) || isLineBreakCode(text.charCodeAt(i + 1));
}

/** Whether the character before a mark ends a word or a sentence ("trust," or "trust."), as before a closing mark. */
function prevWordOrStop(text: string, i: number, start: number): boolean {
  return i > start && (isWordCharAt(text, i - 1) || '.,!?;:…'.includes(text[i - 1]!));
}

function region(text: string, start: number, end: number): QuoteRegion {
  let words = 0;
  for (let i = start; i < end; i++) if (isWordCharAt(text, i) && !isWordCharAt(text, i - 1)) words++;
  return { start, end, words };
}
