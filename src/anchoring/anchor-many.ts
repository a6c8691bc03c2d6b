// Re-anchors many notes on one text without blocking the page: the work runs in short slices and
// yields to the event loop between them. Notes are taken in page order so each one's expected
// position follows the shift measured on the note before it. Pure: the host gives its clock and
// its way of yielding (the page: performance.now and a macrotask turn); without them it runs in one go.

import { type AnchorOptions, type AnchorResult, anchorSelectors, findSelector, type Selector } from './match';
import { TextIndex } from './text-index';

export interface NoteToAnchor {
  id: string;
  selectors: readonly Selector[];
}

export type AnchoredNote = AnchorResult & { id: string };

/** How the host slices work: its clock (ms) and a turn given to the event loop. */
export interface Slicer {
  now(): number;
  yield(): Promise<void>;
}

export interface AnchorManyOptions extends Omit<AnchorOptions, 'hint'> {
  /** Stops early (throws the signal's reason) when aborted, e.g. because the page changed again. */
  signal?: { throwIfAborted(): void };
  /** Without one, every note is anchored in one go (and onProgress is called once). */
  slicer?: Slicer;
  /** Longest stretch of work, in ms, before giving the page a turn. */
  sliceMs?: number;
  /** Called after each slice with the notes anchored in it, so drawing can start before the end. */
  onProgress?: (done: AnchoredNote[]) => void;
}

const DEFAULT_SLICE_MS = 8;

/** Resolves with one result per note, in the order given. */
export async function anchorMany(
  text: string | TextIndex,
  notes: readonly NoteToAnchor[],
  options: AnchorManyOptions = {},
): Promise<AnchoredNote[]> {
  const index = typeof text === 'string' ? new TextIndex(text) : text;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const storedStart = (n: NoteToAnchor) =>
    (findSelector(n.selectors, 'TextPositionSelector') as { start?: number } | undefined)?.start ?? 0;
  const order = notes.map((_, i) => i).sort((a, b) => storedStart(notes[a]!) - storedStart(notes[b]!));
  const results: AnchoredNote[] = new Array(notes.length);

  let shift = 0;
  const slicer = options.slicer;
  let sliceStart = slicer?.now() ?? 0;
  let batch: AnchoredNote[] = [];
  for (const i of order) {
    options.signal?.throwIfAborted();
    const note = notes[i]!;
    const stored = storedStart(note);
    const result = anchorSelectors(index, note.selectors, { minScore: options.minScore, hint: stored + shift });
    if (result.status !== 'orphan') shift = result.start - stored;
    const anchored = { ...result, id: note.id };
    results[i] = anchored;
    batch.push(anchored);
    if (slicer && slicer.now() - sliceStart >= sliceMs) {
      options.onProgress?.(batch);
      batch = [];
      await slicer.yield();
      sliceStart = slicer.now();
    }
  }
  options.signal?.throwIfAborted();
  if (batch.length > 0) options.onProgress?.(batch);
  return results;
}
