// The arithmetic of a virtualised list with rows of known, varying heights: offsets as prefix
// sums, and which rows a scroll position shows. Pure, so it is tested without a DOM.

/** offsets[i] is the top of row i; offsets[n] is the total height. */
export function prefixOffsets(heights: ArrayLike<number>): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return offsets;
}

/** The row whose box holds the y coordinate (clamped to the list). */
export function rowAt(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The [first, last) rows to render for a viewport, with a margin of extra rows each side. */
export function visibleRange(offsets: Float64Array, scrollTop: number, viewport: number, overscan: number): [number, number] {
  const n = offsets.length - 1;
  if (n <= 0) return [0, 0];
  const first = Math.max(0, rowAt(offsets, scrollTop) - overscan);
  const last = Math.min(n, rowAt(offsets, scrollTop + viewport) + 1 + overscan);
  return [first, last];
}

/** The scrollTop that brings a row fully into view, moving as little as possible. */
export function scrollToShow(offsets: Float64Array, index: number, scrollTop: number, viewport: number): number {
  const top = offsets[index] ?? 0;
  const bottom = offsets[index + 1] ?? top;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return scrollTop;
}
