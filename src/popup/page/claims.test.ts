import { describe, expect, it } from 'vitest';
import type { PageClaim } from '../../lib/messages';
import { groupClaims, kindCounts } from './claims';

const claim = (source: string | null, kinds: PageClaim['kinds'], text = 'x'): PageClaim => ({
  start: 0,
  end: 1,
  kinds,
  source,
  cue: null,
  text,
});

describe('groupClaims', () => {
  const claims = [claim('A', ['quote']), claim(null, ['hedged']), claim('B', ['statistic']), claim('B', ['attributed', 'quote'])];

  it('groups by source, larger groups first, unattributed last, keeping page indexes', () => {
    const groups = groupClaims(claims, new Set());
    expect(groups.map((g) => [g.source, g.items.map((i) => i.index)])).toEqual([
      ['B', [2, 3]],
      ['A', [0]],
      [null, [1]],
    ]);
  });
  it('keeps only claims of the chosen kinds', () => {
    expect(groupClaims(claims, new Set(['quote'])).map((g) => [g.source, g.items.map((i) => i.index)])).toEqual([
      ['A', [0]],
      ['B', [3]],
    ]);
  });
  it('counts kinds', () => {
    expect(kindCounts(claims)).toEqual({ attributed: 1, quote: 2, hedged: 1, statistic: 1 });
  });
});
