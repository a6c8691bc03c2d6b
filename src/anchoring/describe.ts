// Creates the W3C selectors that describe a span of the article text, so it can be found again later.
import type { TextPositionSelector, TextQuoteSelector } from '../lib/annotation';

/** Characters of context stored before and after the quote (DESIGN.md: 32). */
export const CONTEXT_LENGTH = 32;

export type NoteSelectors = [TextQuoteSelector, TextPositionSelector];

/**
 * Describes text[start, end) with a TextQuoteSelector (exact + 32 chars of prefix/suffix) and a
 * TextPositionSelector. Offsets are UTF-16 indices into `text`, `end` exclusive.
 * Throws a RangeError for an empty or out-of-bounds span: there is nothing to anchor.
 */
export function describeTextRange(text: string, start: number, end: number): NoteSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Cannot describe the span [${start}, ${end}) of a text of length ${text.length}`);
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
