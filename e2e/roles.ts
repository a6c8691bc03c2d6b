// Finding things in the extension's pages by role and accessible name, as a reader (or a screen
// reader) does, in any browser: Testing Library's queries are loaded into the page and asked there,
// and clicks and keys go through the real mouse and keyboard of the Tab.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Tab } from './tab';

const require = createRequire(import.meta.url);
const QUERIES_SOURCE = readFileSync(require.resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'), 'utf8');

/** A name as Playwright's getByRole takes it: a string is a case-insensitive part of the name. */
export type Name = string | RegExp;

export interface RoleQuery {
  role: string;
  name?: Name;
  /** Only inside the first element with this role and name (a region, a list, a dialog). */
  within?: { role: string; name?: Name };
}

type SerialName = string | { source: string; flags: string } | null;
interface SerialQuery {
  role: string;
  name: SerialName;
  within: { role: string; name: SerialName } | null;
}

function serialName(name: Name | undefined): SerialName {
  if (name === undefined) return null;
  return typeof name === 'string' ? name : { source: name.source, flags: name.flags };
}

function serial(query: RoleQuery): SerialQuery {
  return {
    role: query.role,
    name: serialName(query.name),
    within: query.within ? { role: query.within.role, name: serialName(query.within.name) } : null,
  };
}

async function loadQueries(tab: Tab): Promise<void> {
  // Evaluated as an expression through the browser's protocol, so the extension pages' CSP (no eval) does not apply.
  if (!(await tab.evaluate(() => 'TestingLibraryDom' in window))) await tab.evaluate(QUERIES_SOURCE);
}

/**
 * What `query` finds in the page, each as its text and the centre of its box (scrolled into view
 * when `scroll` is set). Runs in the page, where Testing Library lives.
 */
function findInPage(args: { query: SerialQuery; scroll: boolean }) {
  type Queries = {
    queryAllByRole(container: Element, role: string, options: { name?: (name: string) => boolean }): HTMLElement[];
  };
  const queries = (window as unknown as { TestingLibraryDom: Queries }).TestingLibraryDom;
  const matcher = (name: SerialName) => {
    if (name === null) return undefined;
    if (typeof name === 'string') return (accessible: string) => accessible.toLowerCase().includes(name.toLowerCase());
    const pattern = new RegExp(name.source, name.flags);
    return (accessible: string) => pattern.test(accessible);
  };
  let container: Element = document.body;
  const { query, scroll } = args;
  if (query.within) {
    const outer = queries.queryAllByRole(document.body, query.within.role, { name: matcher(query.within.name) })[0];
    if (!outer) return [];
    container = outer;
  }
  return queries.queryAllByRole(container, query.role, { name: matcher(query.name) }).map((element) => {
    if (scroll) element.scrollIntoView({ block: 'center' });
    const box = element.getBoundingClientRect();
    // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, not hidden parts.
    const text = (element as HTMLElement).innerText ?? element.textContent ?? '';
    const checked = element.getAttribute('aria-checked') ?? ((element as HTMLInputElement).checked ? 'true' : 'false');
    return { text: text.replace(/\s+/g, ' ').trim(), x: box.left + box.width / 2, y: box.top + box.height / 2, checked };
  });
}

/** The visible text of everything `query` finds (an empty list when nothing matches). */
export async function textsByRole(tab: Tab, query: RoleQuery): Promise<string[]> {
  await loadQueries(tab);
  return (await tab.evaluate(findInPage, { query: serial(query), scroll: false })).map((found) => found.text);
}

/** Whether the first checkbox or switch `query` finds is on. */
export async function isChecked(tab: Tab, query: RoleQuery): Promise<boolean> {
  await loadQueries(tab);
  const [found] = await tab.evaluate(findInPage, { query: serial(query), scroll: false });
  if (!found) throw new Error(`Nothing with role ${query.role} named ${String(query.name)}`);
  return found.checked === 'true';
}

/** How long a click waits for its element to be drawn: UI opened by the previous step (a dialog
 * shown from an effect, a list rendered after a message) appears a few frames later. */
const APPEAR_MS = 5000;

/** Clicks, with the mouse, the one element `query` finds once it is there, as Playwright's locators
 * wait for theirs (an error when none appears in time, or several match). */
export async function clickByRole(tab: Tab, query: RoleQuery): Promise<void> {
  await loadQueries(tab);
  const deadline = Date.now() + APPEAR_MS;
  let found = await tab.evaluate(findInPage, { query: serial(query), scroll: true });
  while (found.length === 0 && Date.now() < deadline) {
    await tab.evaluate(() => new Promise((frame) => requestAnimationFrame(frame)));
    found = await tab.evaluate(findInPage, { query: serial(query), scroll: true });
  }
  if (found.length !== 1) throw new Error(`${found.length} elements with role ${query.role} named ${String(query.name)}`);
  await tab.mouse.click(found[0]!.x, found[0]!.y);
}

/** Clicks into the field `query` finds, empties it and types `text`, key by key. */
export async function typeInto(tab: Tab, query: RoleQuery, text: string): Promise<void> {
  await clickByRole(tab, query);
  await tab.keyboard.press('ControlOrMeta+A');
  await tab.keyboard.press('Backspace');
  await tab.keyboard.type(text);
}
