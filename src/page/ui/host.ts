// The one element Newsmark adds to a page (DESIGN.md contract 4): a custom element on <html>,
// outside the body, holding a CLOSED shadow root. Page scripts cannot reach into it, so what the
// reader writes there stays out of their sight; page styles cannot leak in either.
import { UI_CSS } from './ui-css';

export const HOST_TAG = 'newsmark-ui';

export interface UiHost {
  host: HTMLElement;
  container: HTMLElement;
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

export function createHost(): UiHost {
  const host = document.createElement(HOST_TAG);
  // Inline and important, so no page rule can move, hide or restyle the host.
  host.style.cssText =
    'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = UI_CSS;
  const container = document.createElement('div');
  container.className = 'root';
  shadow.append(style, container);
  for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  document.documentElement.append(host);
  return { host, container, remove: () => host.remove() };
}
