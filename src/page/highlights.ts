// Draws with the CSS Custom Highlight API (DESIGN.md contract 2): ranges are registered under
// fixed names and styled with ::highlight(), so the page's text nodes are never split or wrapped.

import type { ClaimKind } from '../analysis/types';
import { NOTE_COLORS, type NoteColor } from '../lib/annotation';

export const HIGHLIGHT_NAMES = {
  official: 'newsmark-official',
  person: 'newsmark-person',
  claim: 'newsmark-claim',
  note: 'newsmark-note',
  flash: 'newsmark-flash',
  /** The highlight the keyboard is on, while its card is open. */
  focus: 'newsmark-focus',
} as const;

export const claimKindHighlight = (kind: ClaimKind) => `newsmark-claim-${kind}`;
export const noteColorHighlight = (color: NoteColor) => `newsmark-note-${color}`;

/** Every name this script may register, so all of them can be cleared at once. */
const ALL_NAMES = [
  ...Object.values(HIGHLIGHT_NAMES),
  ...(['attributed', 'quote', 'hedged', 'statistic'] as const).map(claimKindHighlight),
  ...NOTE_COLORS.map(noteColorHighlight),
];

/** Priorities: a note (the reader's own) paints over names, names over claims. */
const PRIORITY: Record<string, number> = {
  [HIGHLIGHT_NAMES.claim]: 0,
  [HIGHLIGHT_NAMES.person]: 1,
  [HIGHLIGHT_NAMES.official]: 2,
  [HIGHLIGHT_NAMES.note]: 3,
  [HIGHLIGHT_NAMES.flash]: 5,
  [HIGHLIGHT_NAMES.focus]: 6,
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
  highlight.priority = PRIORITY[name] ?? (name.startsWith('newsmark-note-') ? 4 : name.startsWith('newsmark-claim-') ? 0.5 : 0);
  CSS.highlights.set(name, highlight);
}

export function clearHighlights(prefix?: string): void {
  for (const name of ALL_NAMES) if (!prefix || name.startsWith(prefix)) CSS.highlights.delete(name);
}
