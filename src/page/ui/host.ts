// The one element Newsmark adds to a page (DESIGN.md contract 4): a plain <div> on <html>, outside
// the body, holding a CLOSED shadow root with two layers: the reader's highlights (boxes drawn
// over the text) and the panels (card, toolbar). Why a built-in element: a page can define a
// custom element under a name it predicts and reach its shadow root through attachInternals();
// a <div> can be neither defined nor upgraded. Why display: contents: the host has no box, so its
// size and scroll extent say nothing of what it holds.
import { UI_CSS } from './ui-css';

export interface UiHost {
  host: HTMLElement;
  /** Where the reader's highlights are drawn (see note-painter.ts). */
  marks: HTMLElement;
  /** Where the Preact panels are rendered. */
  panels: HTMLElement;
  remove(): void;
}

/** Events that would tell page listeners what is typed or clicked in our UI stop at the host. */
const CONTAINED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'input',
  'beforeinput',
  'change',
  'paste',
  'copy',
  'cut',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'click',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'focusin',
  'focusout',
];

/** Events our components act on: only the reader's own (isTrusted) get past the shadow root. */
const ACTING_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'mouseenter',
  'mouseleave',
  'mouseover',
  'mouseout',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
];

export function createHost(doc: Document = document): UiHost {
  const host = doc.createElement('div');
  // Inline and important, so no page rule can give the host a box, hide or restyle it.
  host.style.cssText = 'all: initial !important; display: contents !important;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  const marks = doc.createElement('div');
  marks.className = 'marks';
  const panels = doc.createElement('div');
  panels.className = 'root';
  shadow.append(style, marks, panels);
  for (const type of ACTING_EVENTS) {
    // Capture at the shadow root runs before any listener inside it. A page cannot dispatch into
    // a closed root it cannot reach; this is the second lock, should it ever find a way.
    shadow.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      true,
    );
  }
  for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  doc.documentElement.append(host);
  return { host, marks, panels, remove: () => host.remove() };
}
