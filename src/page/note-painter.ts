// Draws what belongs to the reader alone: their highlights, and where the keyboard or the popup
// points (focus, flash). Not in CSS.highlights, which any page script can enumerate with the
// style sheets that colour it (DESIGN.md contract 2), but as boxes over the text's line boxes in
// Newsmark's closed UI layer. The boxes sit in page coordinates, so they scroll with the page at
// no cost; they are placed again, in slices, when the layout may have moved (resize, reflow,
// fonts, an inner scroller) and kept hidden while the article is hidden.
import type { NoteColor, Verdict } from '../lib/annotation';
import { NOTE_SWATCHES, rgba } from './styles';
import { isShown } from './visibility';

export type MarkKind = 'note' | 'focus' | 'flash';

export interface Mark {
  kind: MarkKind;
  range: Range;
  /** Notes only. */
  color?: NoteColor;
  /** A verdict on a claim: drawn with the verdict's mark (an underline of its own) over the note's colour. */
  verdict?: Verdict;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Drawn {
  key: string;
  mark: Mark;
  elements: HTMLElement[];
}

/** Placing gives the page a turn after this long. */
const SLICE_MS = 8;
/** Line boxes closer than this (px) on one line are drawn as one box. */
const JOIN_GAP = 1.5;

/** The boxes of the text a range covers: one per line, from its text nodes only (an element's own box would double a line). */
export function textBoxes(range: Range, origin: { left: number; top: number }): Box[] {
  const doc = range.startContainer.ownerDocument ?? document;
  const rects: DOMRect[] = [];
  const piece = doc.createRange();
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node: Node | null = root.nodeType === 3 ? root : walker.nextNode();
  for (; node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const text = node as Text;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : text.data.length;
    if (end <= start) continue;
    piece.setStart(text, start);
    piece.setEnd(text, end);
    for (const rect of piece.getClientRects()) if (rect.width > 0 && rect.height > 0) rects.push(rect);
    if (node === range.endContainer) break;
  }
  rects.sort((a, b) => a.top - b.top || a.left - b.left);
  const boxes: Box[] = [];
  for (const rect of rects) {
    const left = rect.left - origin.left;
    const top = rect.top - origin.top;
    const last = boxes[boxes.length - 1];
    // Same line (same top and height, give or take a pixel) and touching: widen the last box.
    if (last && Math.abs(last.top - top) <= 1 && Math.abs(last.height - rect.height) <= 2 && left <= last.left + last.width + JOIN_GAP) {
      const right = Math.max(last.left + last.width, left + rect.width);
      last.left = Math.min(last.left, left);
      last.width = right - last.left;
      continue;
    }
    boxes.push({ left, top, width: rect.width, height: rect.height });
  }
  return boxes;
}

export class NotePainter {
  private readonly drawn = new Map<string, Drawn>();
  private readonly abort = new AbortController();
  private readonly resizes: ResizeObserver;
  private frame = 0;
  /** Bumped by every full placing, so a slow one that is overtaken stops. */
  private generation = 0;
  private dark = false;

  constructor(
    private readonly layer: HTMLElement,
    private readonly yieldFn: () => Promise<void>,
    /** The article root: while it is hidden, so are the boxes. */
    private readonly article: () => Element | null,
  ) {
    const doc = layer.ownerDocument;
    const view = doc.defaultView ?? window;
    const { signal } = this.abort;
    const later = () => this.placeLater();
    view.addEventListener('resize', later, { passive: true, signal });
    // Scrolling the page moves the boxes with it; an inner scroller does not.
    doc.addEventListener('scroll', (event) => event.target !== doc && later(), { passive: true, capture: true, signal });
    doc.fonts?.addEventListener('loadingdone', later, { signal });
    this.resizes = new ResizeObserver(later);
    this.resizes.observe(doc.documentElement);
    if (doc.body) this.resizes.observe(doc.body);
  }

  setDark(dark: boolean): void {
    if (dark === this.dark) return;
    this.dark = dark;
    this.layer.classList.toggle('dark', dark);
    for (const drawn of this.drawn.values()) if (drawn.mark.kind === 'note') this.paint(drawn);
  }

  /** Replaces every note mark (key: the note id); focus and flash marks stay. Resolves once all are placed. */
  async setNotes(notes: ReadonlyMap<string, { range: Range; color: NoteColor; verdict?: Verdict }>): Promise<void> {
    for (const [key, drawn] of this.drawn) {
      if (drawn.mark.kind === 'note' && !notes.has(key)) this.remove(key);
    }
    const pending: Drawn[] = [];
    for (const [key, { range, color, verdict }] of notes) {
      const existing = this.drawn.get(key);
      if (
        existing &&
        sameRange(existing.mark.range, range) &&
        existing.mark.color === color &&
        existing.mark.verdict === verdict &&
        existing.elements.length > 0
      ) {
        continue;
      }
      const drawn: Drawn = {
        key,
        mark: { kind: 'note', range, color, ...(verdict ? { verdict } : {}) },
        elements: existing?.elements ?? [],
      };
      this.drawn.set(key, drawn);
      pending.push(drawn);
    }
    await this.placeSliced(pending, this.generation);
  }

  /** Draws one mark at once (a note just saved, the keyboard's focus, the popup's flash); null removes it. */
  set(key: string, mark: Mark | null): void {
    if (!mark) {
      this.remove(key);
      return;
    }
    const drawn: Drawn = { key, mark, elements: this.drawn.get(key)?.elements ?? [] };
    this.drawn.set(key, drawn);
    this.layer.hidden = !this.visible();
    this.place([drawn], this.origin());
  }

  remove(key: string): void {
    const drawn = this.drawn.get(key);
    if (!drawn) return;
    for (const element of drawn.elements) element.remove();
    this.drawn.delete(key);
  }

  /** What is drawn, for tests (reached only through the extension's own messages). */
  describe(): { key: string; kind: MarkKind; color?: NoteColor; verdict?: Verdict; text: string; boxes: number }[] {
    return [...this.drawn].map(([key, { mark, elements }]) => ({
      key,
      kind: mark.kind,
      ...(mark.color ? { color: mark.color } : {}),
      ...(mark.verdict ? { verdict: mark.verdict } : {}),
      text: mark.range.toString(),
      boxes: elements.length,
    }));
  }

  /** Places every mark again at the next frame (the layout may have moved). */
  placeLater(): void {
    if (this.frame || this.drawn.size === 0) return;
    const view = this.layer.ownerDocument.defaultView ?? window;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.placeSliced([...this.drawn.values()], ++this.generation).catch(() => undefined);
    });
  }

  destroy(): void {
    this.abort.abort();
    this.resizes.disconnect();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.generation++;
    for (const key of [...this.drawn.keys()]) this.remove(key);
  }

  private origin(): { left: number; top: number } {
    const rect = this.layer.getBoundingClientRect();
    return { left: rect.left, top: rect.top };
  }

  private visible(): boolean {
    const root = this.article();
    return !root || isShown(root);
  }

  /** Places marks in slices: each slice reads its boxes first, then writes them (one layout per slice). */
  private async placeSliced(marks: Drawn[], generation: number): Promise<void> {
    this.layer.hidden = !this.visible();
    let index = 0;
    while (index < marks.length) {
      if (generation !== this.generation || this.abort.signal.aborted) return;
      const started = performance.now();
      const origin = this.origin();
      // Reading the boxes is the cost (the first read lays the page out): read until the slice's
      // time is up, then write what was read, so each slice lays out once.
      const batch: Drawn[] = [];
      const boxes: Box[][] = [];
      do {
        const drawn = marks[index++]!;
        batch.push(drawn);
        boxes.push(this.boxesOf(drawn, origin));
      } while (index < marks.length && performance.now() - started < SLICE_MS / 2);
      this.writeAll(batch, boxes);
      if (index < marks.length) await this.yieldFn();
    }
  }

  private place(marks: Drawn[], origin: { left: number; top: number }): void {
    this.writeAll(
      marks,
      marks.map((drawn) => this.boxesOf(drawn, origin)),
    );
  }

  private boxesOf(drawn: Drawn, origin: { left: number; top: number }): Box[] {
    return drawn.mark.range.startContainer.isConnected ? textBoxes(drawn.mark.range, origin) : [];
  }

  private writeAll(marks: Drawn[], boxes: Box[][]): void {
    marks.forEach((drawn, i) => {
      if (this.drawn.get(drawn.key) !== drawn) return;
      this.write(drawn, boxes[i]!);
    });
  }

  private write(drawn: Drawn, boxes: Box[]): void {
    const doc = this.layer.ownerDocument;
    while (drawn.elements.length > boxes.length) drawn.elements.pop()!.remove();
    while (drawn.elements.length < boxes.length) {
      const element = doc.createElement('div');
      element.className = `mark ${drawn.mark.kind}`;
      this.layer.append(element);
      drawn.elements.push(element);
    }
    boxes.forEach((box, i) => {
      const element = drawn.elements[i]!;
      element.className = drawn.mark.verdict ? `mark ${drawn.mark.kind} verdict verdict-${drawn.mark.verdict}` : `mark ${drawn.mark.kind}`;
      element.style.cssText = `left:${box.left}px;top:${box.top}px;width:${box.width}px;height:${box.height}px`;
    });
    this.paint(drawn);
  }

  private paint(drawn: Drawn): void {
    const { color, kind } = drawn.mark;
    if (kind !== 'note' || !color) return;
    // Painted over the text (no blend mode: blending the layer with the page cost a 270–400 ms task
    // for 500 notes in bench:anchor), so light enough to read through.
    const background = rgba(NOTE_SWATCHES[color], this.dark ? 0.35 : 0.4);
    for (const element of drawn.elements) element.style.background = background;
  }
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}
