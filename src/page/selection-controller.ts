// The selection toolbar: when the reader selects article text (mouse, keyboard or touch handles,
// seen through the selection observer), a toolbar offers five colours and a note; the keyboard
// shortcut opens it focused; the context menu saves the selection at once. A selection a page
// script made is not the reader's: it opens nothing. destroy() removes every listener it added.
import type { NoteColor } from '../lib/annotation';
import { type PanelContext, toBox } from './panels';
import { SelectionObserver, type SelectionReport } from './selection-observer';
import { isDarkPage } from './styles';

interface Span {
  start: number;
  end: number;
}

export interface SelectionContext extends PanelContext {
  /** Closes any open panel (a card, or the toolbar). */
  closePanels(): void;
  /** Keeps a card from opening under the toolbar. */
  cancelHover(): void;
  cardOpen(): boolean;
}

export class SelectionController {
  /** The span the open toolbar acts on. */
  private span: Span | null = null;
  private readonly observer: SelectionObserver;

  constructor(
    private readonly context: SelectionContext,
    doc: Document = document,
  ) {
    this.observer = new SelectionObserver((report) => this.selectionChanged(report), doc);
  }

  /** Reads a range as article offsets (trimmed of white space), or null when it is not article text. */
  private spanOf(range: Range | null): (Span & { range: Range }) | null {
    const model = this.context.reader.wholeModel();
    if (!model || !range || range.collapsed) return null;
    let start = model.offsetOf(range.startContainer, range.startOffset);
    let end = model.offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null) return null;
    while (start < end && /\s/.test(model.text[start]!)) start++;
    while (end > start && /\s/.test(model.text[end - 1]!)) end--;
    return start < end ? { start, end, range } : null;
  }

  private currentRange(): Range | null {
    const selection = getSelection();
    return selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  }

  private selectionChanged({ range, byReader }: SelectionReport): void {
    const { ui } = this.context;
    const toolbar = ui.state.toolbar;
    // The reader is working in the toolbar (keyboard, note box): the selection may go, the toolbar stays.
    if (toolbar?.focus) return;
    const span = this.spanOf(range);
    if (!span) {
      if (toolbar) this.context.closePanels();
      return;
    }
    if (!byReader) {
      // A page script's selection opens nothing. Touch handles move a selection without any event
      // the page sees: a change that overlaps the one the toolbar was opened for still follows it.
      const adjusting = toolbar && this.span && span.start < this.span.end && this.span.start < span.end;
      if (!adjusting) {
        this.context.ignored();
        return;
      }
    }
    if (toolbar && this.span && span.start === this.span.start && span.end === this.span.end) return;
    this.show(span, false);
  }

  /** The keyboard shortcut: the toolbar for the current selection, focused. False when nothing is selected. */
  openFocused(): boolean {
    const span = this.spanOf(this.currentRange());
    if (!span) {
      if (this.context.ui.state.toolbar) this.context.closePanels();
      return false;
    }
    this.show(span, true);
    return true;
  }

  private show(span: Span & { range: Range }, focus: boolean): void {
    const { ui } = this.context;
    this.context.cancelHover();
    const rects = span.range.getClientRects();
    const box = rects[rects.length - 1] ?? span.range.getBoundingClientRect();
    if (this.context.cardOpen()) this.context.closePanels();
    this.span = { start: span.start, end: span.end };
    const model = this.context.reader.model;
    ui.update({
      card: null,
      toolbar: { box: toBox(box), focus, key: `${span.start}:${span.end}:${focus}` },
      dark: model ? isDarkPage(model.root) : false,
      defaultColor: this.context.settings().defaultNoteColor,
    });
  }

  /** A colour (or the note box) of the toolbar: saves the span it was opened for. */
  async highlight(color: NoteColor, body?: string, tags?: string[]): Promise<void> {
    const span = this.span;
    const model = this.context.reader.model;
    if (!span || !model || !this.context.ui.state.toolbar) throw new Error('No selection');
    await this.context.notes.save(model, span.start, span.end, color, body, tags);
    this.context.rebuildTargets();
    getSelection()?.removeAllRanges();
    this.span = null;
    this.context.closePanels();
  }

  /** The context-menu path: saves the selection at once in the default colour. */
  async saveNow(): Promise<boolean> {
    const span = this.spanOf(this.currentRange());
    const model = this.context.reader.model;
    if (!span || !model) return false;
    await this.context.notes.save(model, span.start, span.end, this.context.settings().defaultNoteColor);
    this.context.rebuildTargets();
    getSelection()?.removeAllRanges();
    this.context.closePanels();
    return true;
  }

  destroy(): void {
    this.observer.disconnect();
  }
}
