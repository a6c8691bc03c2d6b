// What the in-page UI shows and what it can ask for: plain data in, callbacks out.
import type { ClaimKind } from '../../analysis/types';
import type { NoteColor } from '../../lib/annotation';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type CardData =
  | { kind: 'person'; name: string; role: string | null; official: boolean; mentions: number }
  | { kind: 'claim'; kinds: ClaimKind[]; source: string | null; cue: string | null }
  | { kind: 'note'; id: string; body: string; color: NoteColor; quote: string };

export interface UiState {
  card: { data: CardData; box: Box; focus: boolean; key: string } | null;
  toolbar: { box: Box; focus: boolean; key: string } | null;
  dark: boolean;
  defaultColor: NoteColor;
}

export interface UiActions {
  /** Saves the card's span as a highlight, with a note when a body is given. */
  saveCard(body?: string): Promise<void>;
  highlightSelection(color: NoteColor, body?: string): Promise<void>;
  editNote(id: string, body: string): Promise<void>;
  deleteNote(id: string): Promise<void>;
  close(): void;
  pointerOverPanel(over: boolean): void;
  /** The reader started typing a note: the panel stays until saved, cancelled or closed. */
  pin(): void;
}
