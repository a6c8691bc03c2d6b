// What the in-page UI shows and what it can ask for: plain data in, callbacks out.
import type { ClaimKind } from '../../analysis/types';
import type { NoteColor, Verdict } from '../../lib/annotation';
import type { EditorResult } from './NoteEditor';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type CardData =
  | { kind: 'person'; name: string; role: string | null; official: boolean; mentions: number }
  | { kind: 'claim'; kinds: ClaimKind[]; source: string | null; cue: string | null; verdict: VerdictData | null }
  | { kind: 'note'; id: string; body: string; color: NoteColor; tags: string[]; quote: string; verdict: VerdictData | null };

/** The reader's verdict on a claim (a note with motivation "assessing"). */
export interface VerdictData {
  id: string;
  verdict: Verdict;
  /** The one-line rating note. */
  body: string;
  evidence: string[];
}

export interface UiState {
  card: { data: CardData; box: Box; focus: boolean; key: string } | null;
  toolbar: { box: Box; focus: boolean; key: string } | null;
  dark: boolean;
  defaultColor: NoteColor;
}

export interface UiActions {
  /** Saves the card's span as a highlight, with a note (its text, tags and colour) when given. */
  saveCard(note?: EditorResult): Promise<void>;
  highlightSelection(color: NoteColor, body?: string, tags?: string[]): Promise<void>;
  editNote(id: string, changes: EditorResult): Promise<void>;
  /** Saves the reader's verdict on the open claim card's claim (a new one, or the one it has). */
  assessClaim(result: EditorResult): Promise<void>;
  deleteNote(id: string): Promise<void>;
  /** Puts back the note the card just deleted. */
  undoDelete(): Promise<void>;
  close(): void;
  pointerOverPanel(over: boolean): void;
  /** The reader started typing a note: the panel stays until saved, cancelled or closed. */
  pin(): void;
}
