// The reader's own highlights on this page: loaded through the background, re-anchored on the
// current article text (exact, then fuzzy; orphans reported), drawn by the note painter (never in
// CSS.highlights), and saved, edited or deleted through the typed messages. The store lives in the
// background.
import { type AnchoredNote, anchorMany, describeTextRange } from '../anchoring/index';
import type { Annotation, NoteColor, Verdict } from '../lib/annotation';
import { send } from '../lib/messages';
import { yieldToEventLoop } from '../lib/yield';
import { notesWriter } from '../store/client';
import { documentPositionOf } from './document-position';
import type { NotePainter } from './note-painter';
import type { TextModel } from './text-model';

/** What the page may change on one of its notes. */
export interface NotePatchFromPage {
  body?: string;
  color?: NoteColor;
  tags?: string[];
  motivation?: Annotation['motivation'];
  assessment?: Annotation['assessment'];
}

export interface PlacedNote {
  note: Annotation;
  result: AnchoredNote;
}

export interface PageIdentity {
  source: string;
  url: string;
  title: string;
}

export class NotesLayer {
  private notes: Annotation[] = [];
  placed = new Map<string, PlacedNote>();

  constructor(
    private readonly page: () => PageIdentity,
    private readonly painter: NotePainter,
  ) {}

  async load(): Promise<void> {
    const { annotations } = await send('annotation.forPage', { source: this.page().source });
    this.notes = annotations;
  }

  /** Anchors every note on the text and draws those found; reports changed statuses to the store. */
  async anchor(model: TextModel, signal: AbortSignal): Promise<void> {
    performance.mark('newsmark:notes-anchoring');
    // Page notes are on the whole page: nothing to find in its text.
    const onPassages = this.notes.filter((note) => note.target.selector);
    const results = await anchorMany(
      model.text,
      onPassages.map((note) => ({ id: note.id, selectors: note.target.selector! })),
      { signal, slicer: { now: () => performance.now(), yield: yieldToEventLoop } },
    );
    performance.mark('newsmark:notes-anchored');
    const placed = new Map<string, PlacedNote>();
    const updates: { id: string; status: AnchoredNote['status']; score: number }[] = [];
    results.forEach((result, i) => {
      const note = onPassages[i]!;
      placed.set(note.id, { note, result });
      if (note.anchor?.status !== result.status || Math.abs((note.anchor?.score ?? -1) - result.score) > 0.001) {
        updates.push({ id: note.id, status: result.status, score: Math.max(0, Math.min(1, result.score)) });
      }
    });
    this.placed = placed;
    await this.draw(model);
    if (updates.length > 0) {
      // The popup shows orphans from these; a failure here must not undo the drawing.
      send('annotation.setAnchorStatus', { updates }).catch(() => undefined);
    }
  }

  /** Draws every placed note; resolves once all are on the page. */
  draw(model: TextModel): Promise<void> {
    const marks = new Map<string, { range: Range; color: NoteColor; verdict?: Verdict }>();
    for (const { note, result } of this.placed.values()) {
      if (result.status === 'orphan') continue;
      const range = model.rangeFor(result.start, result.end);
      if (range) marks.set(note.id, { range, color: note.color, verdict: note.assessment?.verdict });
    }
    return this.painter.setNotes(marks);
  }

  /** Saves text[start, end) as a highlight (or a note, with a body) and draws it at once. */
  async save(
    model: TextModel,
    start: number,
    end: number,
    color: NoteColor,
    body = '',
    tags: string[] = [],
    assessment?: Annotation['assessment'],
  ): Promise<Annotation> {
    const { source, url, title } = this.page();
    const range = model.rangeFor(start, end);
    const documentPosition = range ? documentPositionOf(range) : undefined;
    const now = new Date().toISOString();
    const annotation: Annotation = {
      id: newId(),
      created: now,
      modified: now,
      motivation: assessment ? 'assessing' : body.trim() ? 'commenting' : 'highlighting',
      color,
      tags,
      body,
      target: {
        source,
        url,
        title,
        selector: describeTextRange(model.text, start, end),
        ...(documentPosition ? { documentPosition } : {}),
      },
      anchor: { status: 'anchored', score: 1 },
      ...(assessment ? { assessment } : {}),
    };
    const saved = (await notesWriter.save(annotation)).annotation;
    this.notes = [...this.notes.filter((n) => n.id !== saved.id), saved];
    this.placed.set(saved.id, { note: saved, result: { id: saved.id, status: 'anchored', start, end, score: 1 } });
    if (range) this.painter.set(saved.id, { kind: 'note', range, color: saved.color, verdict: saved.assessment?.verdict });
    this.onChange?.();
    return saved;
  }

  /** Told after this page's notes changed here (saved, restored): the article is remembered. */
  onChange: (() => void) | null = null;

  /** The notes of this page, page notes included. */
  get all(): readonly Annotation[] {
    return this.notes;
  }

  /** Puts back a note deleted from this page (undo), where it was. */
  async restore(model: TextModel, note: Annotation): Promise<void> {
    const saved = (await notesWriter.save(note)).annotation;
    this.notes = [...this.notes.filter((n) => n.id !== saved.id), saved];
    const placed = this.lastRemoved.get(saved.id);
    if (placed) this.placed.set(saved.id, { note: saved, result: placed.result });
    this.lastRemoved.delete(saved.id);
    await this.draw(model);
  }

  private readonly lastRemoved = new Map<string, PlacedNote>();

  async update(model: TextModel, id: string, patch: NotePatchFromPage): Promise<void> {
    const { annotation } = await notesWriter.update(id, patch);
    this.notes = this.notes.map((n) => (n.id === id ? annotation : n));
    const placed = this.placed.get(id);
    if (placed) placed.note = annotation;
    await this.draw(model);
  }

  async remove(id: string): Promise<void> {
    await notesWriter.delete(id);
    const placed = this.placed.get(id);
    if (placed) this.lastRemoved.set(id, placed);
    this.notes = this.notes.filter((n) => n.id !== id);
    this.placed.delete(id);
    this.painter.remove(id);
  }

  /** The verdict note on the span [start, end) (a claim), if the reader rated it. */
  verdictOn(start: number, end: number): Annotation | null {
    for (const { note, result } of this.placed.values()) {
      if (note.motivation !== 'assessing' || result.status === 'orphan') continue;
      // The claim's sentence, give or take the white space a re-anchoring may move.
      const overlap = Math.min(end, result.end) - Math.max(start, result.start);
      if (overlap > 0 && overlap >= 0.9 * Math.max(end - start, result.end - result.start)) return note;
    }
    return null;
  }

  get(id: string): PlacedNote | undefined {
    return this.placed.get(id);
  }

  statuses(): Array<{ id: string; status: AnchoredNote['status'] }> {
    return this.notes.filter((n) => n.target.selector).map((n) => ({ id: n.id, status: this.placed.get(n.id)?.result.status ?? 'orphan' }));
  }
}

/** A v4 UUID; crypto.randomUUID is missing on plain-http pages (it needs a secure context). */
function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
