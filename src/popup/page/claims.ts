// The claims of "This page": filtered by kind, grouped by their named source (unattributed last),
// each group in the order the page gives them. Indexes point into the page's claim list, which is
// what page.reveal expects.
import type { ClaimKind } from '../../analysis/types';
import type { PageClaim } from '../../lib/messages';

export interface ClaimGroup {
  source: string | null;
  items: Array<{ claim: PageClaim; index: number }>;
}

/** Claims having at least one of the kinds (all claims when no kind is chosen), grouped by source;
 * only those in `shown` when given (the claims worth checking). */
export function groupClaims(claims: PageClaim[], kinds: ReadonlySet<ClaimKind>, shown: ReadonlySet<number> | null = null): ClaimGroup[] {
  const groups = new Map<string | null, ClaimGroup>();
  claims.forEach((claim, index) => {
    if (shown && !shown.has(index)) return;
    if (kinds.size > 0 && !claim.kinds.some((kind) => kinds.has(kind))) return;
    let group = groups.get(claim.source);
    if (!group) groups.set(claim.source, (group = { source: claim.source, items: [] }));
    group.items.push({ claim, index });
  });
  const named = [...groups.values()].filter((g) => g.source !== null).sort((a, b) => b.items.length - a.items.length);
  const unnamed = groups.get(null);
  return unnamed ? [...named, unnamed] : named;
}

/** How many claims have each kind. */
export function kindCounts(claims: PageClaim[]): Record<ClaimKind, number> {
  const counts: Record<ClaimKind, number> = { attributed: 0, quote: 0, hedged: 0, statistic: 0 };
  for (const claim of claims) for (const kind of claim.kinds) counts[kind]++;
  return counts;
}
