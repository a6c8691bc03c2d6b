// Which highlight is under the pointer: the caret position at the point gives a text offset, the
// sorted targets give the span there, and the span's own boxes confirm the pointer is on its text
// (a caret is found even in the margin beside a line).
import type { Target, TargetIndex } from './targets';
import type { TextModel } from './text-model';

interface CaretPoint {
  node: Node;
  offset: number;
}

function caretAt(x: number, y: number): CaretPoint | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The box of a range's line box under the point, or null when the point is not on the range. */
export function boxAt(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return null;
}

export function hitTest(
  model: TextModel,
  targets: TargetIndex,
  x: number,
  y: number,
): { target: Target; range: Range; box: DOMRect } | null {
  const caret = caretAt(x, y);
  if (!caret || !model.contains(caret.node)) return null;
  const offset = model.offsetOf(caret.node, caret.offset);
  if (offset === null) return null;
  // The caret sits between characters: the pointer is on the one after it or the one before.
  for (const at of [offset, offset - 1]) {
    const target = targets.at(at);
    if (!target) continue;
    const range = model.rangeFor(target.start, target.end);
    const box = range && boxAt(range, x, y);
    if (range && box) return { target, range, box };
  }
  return null;
}
