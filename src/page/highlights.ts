// The CSS Custom Highlight API names Newsmark registers (DESIGN.md contract 2): ranges under fixed
// names, styled with ::highlight(), so the page's text nodes are never split or wrapped. Only the
// engine's findings live here; the reader's own highlights never do (see note-painter.ts).
import type { ClaimKind } from '../analysis/types';

export const HIGHLIGHT_NAMES = {
  official: 'newsmark-official',
  person: 'newsmark-person',
  claim: 'newsmark-claim',
} as const;

export const CLAIM_KINDS: readonly ClaimKind[] = ['attributed', 'quote', 'hedged', 'statistic'];

export const claimKindHighlight = (kind: ClaimKind) => `newsmark-claim-${kind}`;

/** Every name this script may register, so all of them can be cleared at once. */
const ALL_NAMES = [...Object.values(HIGHLIGHT_NAMES), ...CLAIM_KINDS.map(claimKindHighlight)];

/** Priorities: names paint over claims, a claim's kind over the plain claim. */
const PRIORITY: Record<string, number> = {
  [HIGHLIGHT_NAMES.claim]: 0,
  [HIGHLIGHT_NAMES.person]: 1,
  [HIGHLIGHT_NAMES.official]: 2,
};

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Replaces the ranges registered under a name (an empty list removes the name). */
export function setHighlight(name: string, ranges: readonly Range[]): void {
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = PRIORITY[name] ?? 0.5;
  CSS.highlights.set(name, highlight);
}

export function clearHighlights(): void {
  for (const name of ALL_NAMES) CSS.highlights.delete(name);
}
