// Helpers for the in-page specs. The engine's highlights and performance entries are per document,
// so they are read from the page's main world. The reader's own highlights are not there (page
// scripts must not list them): the content script reports them through the extension's own
// messages (page.getAnalysis diagnostics). The UI lives in a CLOSED shadow root that page scripts
// (and Playwright's locators) cannot open; tests read it through the browser's protocol, which
// pierces closed roots (the DevTools protocol in Chromium, WebDriver BiDi in Firefox), exactly like
// a reader's screen shows it and without weakening the page's isolation. Its words are CSS generated
// content (data-t attributes), read from there. The helpers that take a Tab work in every browser
// (any-browser.ts); a Playwright Page is a Tab.
import type { CDPSession, Frame, Page, Worker } from '@playwright/test';
import { expect } from '@playwright/test';
import type { PageResponseMap } from '../src/lib/messages';
import { FirefoxTab } from './firefox';
import type { Tab } from './tab';

/** The text of every range registered under a highlight name, in registration order. */
export function highlightTexts(page: Tab, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

export async function waitForReady(page: Tab): Promise<void> {
  try {
    await page.waitForFunction(() => performance.getEntriesByName('newsmark:ready').length > 0, undefined, { timeout: 20_000 });
  } catch (error) {
    const started = await page.evaluate(() => performance.getEntriesByName('newsmark:start').length);
    throw new Error(`newsmark:ready never came (content script started: ${started > 0})`, { cause: error });
  }
}

/**
 * Waits until the content script has booted: it answers the extension's messages from then on.
 * (It runs at document_idle, which can come after the load event a test's navigation waits for.)
 */
export async function waitForBooted(page: Tab): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('newsmark:booted').length > 0, undefined, { timeout: 20_000 });
}

export async function waitForAnchored(page: Tab): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('newsmark:anchored').length > 0, undefined, { timeout: 20_000 });
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = await page.context().newCDPSession(page)));
  return session;
}

async function uiShadowRoot(page: Page): Promise<(DomNode & { shadowRootType?: string }) | null> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  // The host: the child of <html> with a shadow root.
  const html = (root.children ?? []).find((node) => node.nodeName === 'HTML');
  const find = () => (html?.children ?? []).find((node) => (node.shadowRoots?.length ?? 0) > 0) ?? null;
  const host = find();
  return host?.shadowRoots?.[0] ?? null;
}

function textOf(node: DomNode, skip = new Set(['STYLE'])): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (skip.has(node.nodeName)) return '';
  const generated = attribute(node, 'data-t') ?? '';
  return [generated, ...[...(node.children ?? []), ...(node.shadowRoots ?? [])].map((child) => textOf(child, skip))].join(' ');
}

/**
 * Waits until the in-page UI holds the keyboard focus (its host, a child of <html>, is the page's
 * active element). A toolbar can be on screen unfocused (the selection's own) before the shortcut
 * focuses it, so a test that types into it waits for this, not for its text.
 */
export async function waitForUiFocus(page: Tab): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.parentElement === document.documentElement, undefined, { timeout: 20_000 });
}

/** The visible text of the in-page UI (card, toolbar), '' when nothing is shown. */
export async function uiText(page: Tab): Promise<string> {
  if (page instanceof FirefoxTab) {
    const ui = await page.uiRoot();
    const text = ui ? await ui.root.evaluate(textWithout, 'STYLE') : '';
    return text.replace(/\s+/g, ' ').trim();
  }
  const shadow = await uiShadowRoot(page as Page);
  return shadow ? textOf(shadow).replace(/\s+/g, ' ').trim() : '';
}

/**
 * A node's text without the elements named `skip`, with the words the UI shows as CSS generated
 * content (data-t attributes). Runs in the page: it uses nothing from outside.
 */
function textWithout(node: Node, skip: string): string {
  const walk = (n: Node): string => {
    if (n.nodeType === 3) return (n as Text).data;
    if (n.nodeName === skip) return '';
    const generated = n instanceof Element ? (n.getAttribute('data-t') ?? '') : '';
    return [generated, ...[...n.childNodes].map(walk)].join(' ');
  };
  return walk(node);
}

export async function uiShadowMode(page: Tab): Promise<string | undefined> {
  if (page instanceof FirefoxTab) return (await page.uiRoot())?.mode;
  return (await uiShadowRoot(page as Page))?.shadowRootType;
}

function findNode(node: DomNode, test: (node: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

function attribute(node: DomNode, name: string): string | undefined {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
}

/** Clicks a button of the in-page UI, found by its accessible label or its text, with the real mouse. */
export async function clickUiButton(page: Tab, label: string | RegExp): Promise<void> {
  if (page instanceof FirefoxTab) return clickUiButtonInFirefox(page, label);
  const shadow = await uiShadowRoot(page as Page);
  if (!shadow) throw new Error('The Newsmark UI is not on the page');
  const matches = (value: string | undefined) =>
    value !== undefined && (typeof label === 'string' ? value.trim() === label : label.test(value));
  const button = findNode(shadow, (n) => n.nodeName === 'BUTTON' && (matches(attribute(n, 'aria-label')) || matches(textOf(n))));
  if (!button) throw new Error(`No button ${label} in: ${textOf(shadow)}`);
  const session = await cdp(page as Page);
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

async function clickUiButtonInFirefox(page: FirefoxTab, label: string | RegExp): Promise<void> {
  const ui = await page.uiRoot();
  if (!ui) throw new Error('The Newsmark UI is not on the page');
  const wanted = typeof label === 'string' ? { text: label } : { source: label.source, flags: label.flags };
  const centre = await ui.root.evaluate((root, want) => {
    const matches = (value: string | null) =>
      value !== null && ('text' in want ? value.trim() === want.text : new RegExp(want.source, want.flags).test(value));
    // A button's words: its text, and what the UI shows as generated content (data-t).
    const wordsOf = (button: Element) =>
      [button, ...button.querySelectorAll('[data-t]')].map((el) => el.getAttribute('data-t') ?? '').join(' ') + (button.textContent ?? '');
    for (const button of root.querySelectorAll('button')) {
      if (!matches(button.getAttribute('aria-label')) && !matches(wordsOf(button))) continue;
      const box = button.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, wanted);
  if (!centre) throw new Error(`No button ${label} in: ${await uiText(page)}`);
  await page.mouse.click(centre.x, centre.y);
}

/** The centre of the first occurrence of `text` in the page's main document (for hovering it). */
export async function pointOf(page: Tab, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      (node.parentElement as Element).scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

/**
 * The text of the card that opens when the pointer comes onto `text`, as a reader's would, or ''
 * when none opens. The pointer first leaves for a blank corner and the open card (if any) is
 * waited out, then lands on the text in one move: an approach in steps can rest on a neighbouring
 * highlight long enough (under load) to open its card over the text, and the pointer then lands on
 * that card instead. Poll it: highlights drawn later (notes anchored after a re-read) are seen on
 * a later look.
 */
export async function cardTextAt(page: Tab, text: string): Promise<string> {
  const { x, y } = await pointOf(page, text);
  await page.mouse.move(1, 1);
  await expect.poll(() => uiText(page)).toBe('');
  await page.mouse.move(x, y);
  let card = '';
  await expect
    .poll(
      async () => {
        card = await uiText(page);
        return card;
      },
      { timeout: 3000 },
    )
    .not.toBe('')
    .catch(() => undefined);
  return card;
}

/** Selects the first occurrence of `text` with the mouse, as a reader does; returns what got selected. */
export async function dragSelect(page: Tab, text: string): Promise<string> {
  await pointOf(page, text); // scrolls it into view
  const box = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, text);
  if (!box) throw new Error(`"${text}" not found`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  return page.evaluate(() => getSelection()!.toString());
}

/** Selects the first occurrence of `text` in the page, as a reader's drag would. */
export async function selectText(page: Tab, text: string): Promise<void> {
  const found = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      (node.parentElement as Element).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`"${text}" is not on the page`);
}

/**
 * page.getAnalysis from the tab at `url`, asked by the service worker (the only way in: page
 * scripts cannot send it). Without the "tabs" permission tab.url is hidden, so each tab is asked.
 */
export async function pageAnalysis(serviceWorker: Worker, url: string): Promise<PageResponseMap['page.getAnalysis']> {
  return serviceWorker.evaluate(async (pageUrl) => {
    for (const tab of await chrome.tabs.query({})) {
      const reply = await chrome.tabs.sendMessage(tab.id!, { type: 'page.getAnalysis', payload: {} }).catch(() => null);
      if (reply?.ok && reply.value.url === pageUrl) return reply.value;
    }
    throw new Error(`No tab at ${pageUrl}`);
  }, url);
}

type Marks = NonNullable<NonNullable<PageResponseMap['page.getAnalysis']['diagnostics']>['marks']>;

/** The reader's highlights (and focus, flash) as drawn in the tab at `url`, asked by the service worker. */
export async function drawnMarks(serviceWorker: Worker, url: string): Promise<Marks> {
  return (await pageAnalysis(serviceWorker, url)).diagnostics?.marks ?? [];
}

/** The text of every note drawn on the page (with at least one box on screen), optionally of one colour. */
export async function noteTexts(serviceWorker: Worker, page: Page, color?: string): Promise<string[]> {
  const marks = await drawnMarks(serviceWorker, page.url());
  return marks
    .filter((mark) => mark.kind === 'note' && mark.boxes > 0 && (!color || mark.color === color))
    .map((mark) => mark.text.replace(/\s+/g, ' '));
}

/** The note frame (an extension page in an iframe inside the closed shadow root), once it shows its text box. */
export async function noteFrame(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(async () => {
      frame = page.frames().find((f) => f.url().includes('/src/page/note-frame/index.html'));
      return frame ? frame.locator('textarea').count() : 0;
    })
    .toBe(1);
  return frame!;
}

/** True once the note frame is in the card with its text box focused, so keys typed go to it. */
export async function noteEditorFocused(page: Tab): Promise<boolean> {
  if (page instanceof FirefoxTab) return (await page.inNoteFrame(() => document.activeElement?.tagName === 'TEXTAREA')) ?? false;
  const frame = (page as Page).frames().find((f) => f.url().includes('/src/page/note-frame/index.html'));
  return frame ? frame.evaluate(() => document.activeElement?.tagName === 'TEXTAREA') : false;
}

/** Evaluates `fn` in the note frame (the extension page framed in the card); null when there is none. */
export async function inNoteFrame<R, Arg>(page: Tab, fn: (arg: Arg) => R | Promise<R>, arg?: Arg): Promise<R | null> {
  if (page instanceof FirefoxTab) return page.inNoteFrame(fn, arg);
  const frame = (page as Page).frames().find((f) => f.url().includes('/src/page/note-frame/index.html'));
  return frame ? frame.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) : null;
}

/** The addresses of the frames below the page's top frame. */
export function frameUrls(page: Tab): string[] {
  if (page instanceof FirefoxTab) return page.frameUrls();
  return (page as Page)
    .frames()
    .filter((frame) => frame !== (page as Page).mainFrame())
    .map((frame) => frame.url());
}

/** Sends a message to the background from an extension page (popup, options), in any browser. */
export function sendFromExtension(extensionPage: Tab, message: unknown): Promise<unknown> {
  return extensionPage.evaluate((m) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return api.runtime.sendMessage(m);
  }, message);
}

/**
 * Sends `message` to the content script of the tab at `url` (the address its page.getAnalysis
 * reports), from an extension page (page scripts cannot send it), in any browser. Without the
 * "tabs" permission tab.url is hidden, so each tab is asked.
 */
export function sendToTabAt(extensionPage: Tab, url: string, message: unknown): Promise<unknown> {
  return extensionPage.evaluate(
    async ({ pageUrl, sent }) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      for (const tab of await api.tabs.query({})) {
        const reply = await api.tabs.sendMessage(tab.id!, { type: 'page.getAnalysis', payload: {} }).catch(() => null);
        if (reply?.ok && reply.value.url === pageUrl) return sent === null ? reply : api.tabs.sendMessage(tab.id!, sent);
      }
      throw new Error(`No tab at ${pageUrl}`);
    },
    { pageUrl: url, sent: message },
  );
}

/** page.getAnalysis from the tab at `url`, asked from an extension page, in any browser. */
export async function pageAnalysisFrom(extensionPage: Tab, url: string): Promise<PageResponseMap['page.getAnalysis']> {
  const reply = (await sendToTabAt(extensionPage, url, null)) as { value: PageResponseMap['page.getAnalysis'] };
  return reply.value;
}

/** The reader's highlights (and focus, flash) as drawn in the tab at `url`, asked from an extension page. */
export async function drawnMarksFrom(extensionPage: Tab, url: string): Promise<Marks> {
  return (await pageAnalysisFrom(extensionPage, url)).diagnostics?.marks ?? [];
}

/** The text of every note drawn in the tab (with at least one box on screen), asked from an extension page. */
export async function noteTextsFrom(extensionPage: Tab, page: Tab): Promise<string[]> {
  const marks = await drawnMarksFrom(extensionPage, page.url());
  return marks.filter((mark) => mark.kind === 'note' && mark.boxes > 0).map((mark) => mark.text.replace(/\s+/g, ' '));
}
