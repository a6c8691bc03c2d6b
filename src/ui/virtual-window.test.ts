import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixOffsets, rowAt, scrollToShow, visibleRange } from './virtual-window';

describe('virtual window', () => {
  const offsets = prefixOffsets([30, 80, 80, 30, 80]);

  it('sums heights into offsets', () => {
    expect([...offsets]).toEqual([0, 30, 110, 190, 220, 300]);
  });
  it('finds the row under a y coordinate', () => {
    expect([0, 29, 30, 109, 110, 219, 299, 5000].map((y) => rowAt(offsets, y))).toEqual([0, 0, 1, 1, 2, 3, 4, 4]);
  });
  it('renders the rows a viewport shows, plus the margin', () => {
    expect(visibleRange(offsets, 100, 50, 0)).toEqual([1, 3]);
    expect(visibleRange(offsets, 100, 50, 1)).toEqual([0, 4]);
    expect(visibleRange(prefixOffsets([]), 0, 100, 2)).toEqual([0, 0]);
  });
  it('scrolls as little as needed to show a row', () => {
    expect(scrollToShow(offsets, 0, 100, 100)).toBe(0);
    expect(scrollToShow(offsets, 4, 0, 100)).toBe(200);
    expect(scrollToShow(offsets, 1, 30, 100)).toBe(30);
  });
  it('always covers the viewport (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.integer({ min: 1, max: 800 }),
        (heights, rawTop, viewport) => {
          const o = prefixOffsets(heights);
          const total = o[heights.length]!;
          const scrollTop = rawTop % total;
          const [first, last] = visibleRange(o, scrollTop, viewport, 0);
          expect(o[first]!).toBeLessThanOrEqual(scrollTop);
          expect(o[last]!).toBeGreaterThanOrEqual(Math.min(total, scrollTop + viewport));
        },
      ),
    );
  });
});
