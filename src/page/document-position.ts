// Where a passage sits in the page's whole text as other annotation tools count it (Hypothesis:
// offsets into document.body.textContent), recorded when a note is made so that the JSON-LD
// export's TextPositionSelector re-anchors in those tools. Newsmark's own offsets count its article
// text instead (blocks joined, white space collapsed), which no other tool reads.
import type { TextSpan } from '../lib/annotation';

/** The range's [start, end) in its document's body.textContent; undefined outside the body. */
export function documentPositionOf(range: Range): TextSpan | undefined {
  const body = range.startContainer.ownerDocument?.body;
  if (!body?.contains(range.startContainer) || !body.contains(range.endContainer)) return undefined;
  // Range text and textContent are both the body's Text nodes in tree order (script and hidden text
  // included), so the length of the text before the range is the start offset.
  const before = body.ownerDocument.createRange();
  before.setStart(body, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}
