// The reader's note as stored and exchanged between contexts (DESIGN.md, "The annotation record").

export const NOTE_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type AnchorStatus = 'anchored' | 'fuzzy' | 'orphan';

export interface AnnotationTarget {
  /** Canonical URL: the page's key. */
  source: string;
  /** The URL as the reader saw it. */
  url: string;
  title: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

export interface Annotation {
  id: string;
  created: string;
  modified: string;
  motivation: 'highlighting' | 'commenting';
  color: NoteColor;
  tags: string[];
  body: string;
  target: AnnotationTarget;
  /** The last anchoring result, shown in the popup. */
  anchor?: { status: AnchorStatus; score: number };
}
