// Watches the document's selection and reports it once it has settled, whatever made it: a mouse
// drag, Shift+arrows, or the handles of a touch screen (which send no mouse or key events at all).
// After hypothesis/client's SelectionObserver: `selectionchange` debounced (a short wait after the
// mouse is released, a longer one for other input), nothing reported while a mouse button is down.
// Each report also says whether the reader made it: a page script can select text too, and only
// the reader's own input (isTrusted events) shortly before counts as theirs.

/** The document's selection as a non-empty range, or null. */
export function selectedRange(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return range.collapsed ? null : range;
}

export interface SelectionReport {
  range: Range | null;
  /** The reader's own input (pointer, touch or key) came shortly before the change. */
  byReader: boolean;
}

export interface SelectionObserverOptions {
  /** Wait after a mouse button is released. */
  afterMouseMs?: number;
  /** Wait after any other change (keyboard, touch handles, script): the selection may still be moving. */
  settleMs?: number;
  /** How recent the reader's input must be for a change to count as theirs. */
  inputWindowMs?: number;
}

/** Input events that show the reader at work; only trusted ones count. */
const INPUT_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend', 'keydown', 'keyup'] as const;

export class SelectionObserver {
  private readonly abort = new AbortController();
  private timer = 0;
  private mouseDown = false;
  private lastInput = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly callback: (report: SelectionReport) => void,
    private readonly doc: Document = document,
    private readonly options: SelectionObserverOptions = {},
  ) {
    const view = doc.defaultView ?? window;
    const { signal } = this.abort;
    doc.addEventListener('selectionchange', () => this.changed('selectionchange'), { signal });
    // Capture on the window: the first listener on the event's path, before any page listener below it.
    for (const type of INPUT_EVENTS) view.addEventListener(type, (event) => this.input(event), { capture: true, passive: true, signal });
  }

  disconnect(): void {
    this.abort.abort();
    clearTimeout(this.timer);
  }

  private input(event: Event): void {
    if (!event.isTrusted) return;
    this.lastInput = performance.now();
    if (event.type === 'mousedown') this.mouseDown = true;
    else if (event.type === 'mouseup') {
      this.mouseDown = false;
      this.changed('mouseup');
    }
  }

  private changed(type: 'selectionchange' | 'mouseup'): void {
    // A drag in progress: report once the button is released.
    if (this.mouseDown) return;
    clearTimeout(this.timer);
    const delay = type === 'mouseup' ? (this.options.afterMouseMs ?? 10) : (this.options.settleMs ?? 100);
    const view = this.doc.defaultView ?? window;
    this.timer = view.setTimeout(() => this.report(), delay);
  }

  private report(): void {
    const recent = performance.now() - this.lastInput <= (this.options.inputWindowMs ?? 1000) + (this.options.settleMs ?? 100);
    this.callback({ range: selectedRange(this.doc), byReader: recent });
  }
}
