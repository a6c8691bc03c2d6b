// What the two panel controllers (cards, selection toolbar) share: the session's parts they work
// with, and the geometry and motion helpers for placing a panel beside page text.
import type { Settings } from '../lib/settings';
import type { ArticleReader } from './article-reader';
import type { NotePainter } from './note-painter';
import type { NotesLayer } from './notes';
import type { TargetIndex } from './targets';
import type { PageUi } from './ui/index';
import type { Box } from './ui/types';

/** What the cards and the selection toolbar need from the session. */
export interface PanelContext {
  reader: ArticleReader;
  notes: NotesLayer;
  marks: NotePainter;
  ui: PageUi;
  settings(): Settings;
  targets(): TargetIndex;
  rebuildTargets(): void;
  /** Counts an event ignored because a page script made it (for tests). */
  ignored(): void;
}

export function toBox(rect: DOMRect): Box {
  return { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
}

export function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
