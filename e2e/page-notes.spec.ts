// The reader's own highlights: saved from the selection toolbar, the keyboard shortcut and the
// context menu, drawn at once in Newsmark's own layer, drawn again after a reload; and the text of
// a note is never readable by the page's scripts. (e2e/hostile-page.spec.ts attacks them harder.)
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  clickUiButton,
  noteFrame,
  noteTexts,
  pointOf,
  selectText,
  uiText,
  waitForAnchored,
  waitForReady,
  waitForUiFocus,
} from './page-helpers';

async function dragSelect(page: Page, text: string): Promise<string> {
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

async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  // Without the "tabs" permission tab.url is hidden: ask each tab's content script where it is.
  return serviceWorker.evaluate(async (pageUrl) => {
    for (const tab of await chrome.tabs.query({})) {
      const reply = await chrome.tabs.sendMessage(tab.id!, { type: 'page.getAnalysis', payload: {} }).catch(() => null);
      if (reply?.ok && reply.value.url === pageUrl) return tab.id!;
    }
    throw new Error(`No tab at ${pageUrl}`);
  }, url);
}

test('select, pick a colour in the toolbar: saved, drawn, and drawn again after a reload', async ({
  openArticle,
  pageErrors,
  serviceWorker,
}) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  await waitForAnchored(page);
  const selected = (await dragSelect(page, 'deux douzaines d’organisations')).trim();
  expect(selected.length).toBeGreaterThan(10);
  await expect.poll(() => uiText(page)).not.toBe('');
  await clickUiButton(page, 'Highlight in green');
  await expect.poll(() => noteTexts(serviceWorker, page)).toEqual([selected]);
  expect(await noteTexts(serviceWorker, page, 'green')).toEqual([selected]);

  await page.reload();
  await waitForAnchored(page);
  await expect.poll(() => noteTexts(serviceWorker, page)).toEqual([selected]);
  expect(await noteTexts(serviceWorker, page, 'green')).toEqual([selected]);
  expect(pageErrors).toEqual([]);
});

test('a note typed in the toolbar is saved, shown on hover, and comes back after a reload', async ({ openArticle, serviceWorker }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  await dragSelect(page, 'confiance modérée');
  await expect.poll(() => uiText(page)).not.toBe('');
  await clickUiButton(page, 'Note');
  const frame = await noteFrame(page);
  await page.keyboard.type('Vérifier la source du blog');
  await frame.getByRole('button', { name: 'Save note' }).click();
  await expect.poll(() => noteTexts(serviceWorker, page).then((t) => t.length)).toBe(1);
  await page.reload();
  await waitForAnchored(page);
  const [text] = await noteTexts(serviceWorker, page);
  expect(text).toContain('confiance modérée');
  const { x, y } = await pointOf(page, 'confiance modérée');
  await page.mouse.move(x, y, { steps: 3 });
  await expect.poll(() => uiText(page)).toContain('Vérifier la source du blog');
});

test('the keyboard shortcut (through the background command) opens the toolbar; Enter saves', async ({ openArticle, serviceWorker }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  await selectText(page, 'une enquête est en cours');
  const tabId = await tabIdOf(serviceWorker, page.url());
  const done = await serviceWorker.evaluate(
    (id) =>
      (globalThis as unknown as { newsmark: { runCommand: (n: string, t: { id: number }) => Promise<boolean> } }).newsmark.runCommand(
        'highlight-selection',
        { id },
      ),
    tabId,
  );
  expect(done).toBe(true);
  await expect.poll(() => uiText(page)).not.toBe('');
  await waitForUiFocus(page);
  // Focus is on the first colour: the keyboard alone finishes the job.
  await page.keyboard.press('Enter');
  await expect.poll(() => noteTexts(serviceWorker, page)).toEqual(['une enquête est en cours']);
  await page.reload();
  await waitForAnchored(page);
  expect(await noteTexts(serviceWorker, page)).toEqual(['une enquête est en cours']);
});

test('the in-page shortcut Alt+Shift+H opens the same toolbar', async ({ openArticle, serviceWorker }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  await selectText(page, 'environnement informatique en nuage');
  await page.keyboard.press('Alt+Shift+H');
  // The selection's own toolbar may already show, unfocused: wait for the shortcut's focus.
  await waitForUiFocus(page);
  await page.keyboard.press('ArrowRight'); // second colour
  await page.keyboard.press('Enter');
  await expect.poll(() => noteTexts(serviceWorker, page)).toEqual(['environnement informatique en nuage']);
  expect((await noteTexts(serviceWorker, page, 'yellow')).length).toBe(0);
});

test('the context-menu item saves the selection in the default colour', async ({ openArticle, serviceWorker }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  await selectText(page, 'Acteur de menace basé en Chine');
  const tabId = await tabIdOf(serviceWorker, page.url());
  const done = await serviceWorker.evaluate(
    (id) =>
      (
        globalThis as unknown as { newsmark: { onMenuClick: (i: { menuItemId: string }, t: { id: number }) => Promise<boolean> } }
      ).newsmark.onMenuClick({ menuItemId: 'newsmark-highlight-selection' }, { id }),
    tabId,
  );
  expect(done).toBe(true);
  await expect.poll(() => noteTexts(serviceWorker, page, 'yellow')).toEqual(['Acteur de menace basé en Chine']);
  await page.reload();
  await waitForAnchored(page);
  expect(await noteTexts(serviceWorker, page)).toEqual(['Acteur de menace basé en Chine']);
});

test('a page script cannot read the text of a note', async ({ context, openArticle, serviceWorker }) => {
  const secret = 'NOTE-SECRET-7f3a';
  // A hostile page: keeps every shadow root it can catch and listens to every key and input.
  await context.addInitScript(() => {
    const w = window as unknown as { __roots: ShadowRoot[]; __heard: string[] };
    w.__roots = [];
    w.__heard = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attach.call(this, { ...init, mode: 'open' });
      w.__roots.push(root);
      return root;
    };
    for (const type of ['keydown', 'keypress', 'input', 'keyup']) {
      document.addEventListener(type, (event) => {
        w.__heard.push((event as KeyboardEvent).key ?? (event as InputEvent).data ?? '');
      });
    }
  });
  const page = await openArticle('demo');
  await waitForReady(page);
  await selectText(page, 'objectifs d’espionnage');
  await page.keyboard.press('Alt+Shift+H');
  await expect.poll(() => uiText(page)).not.toBe('');
  await clickUiButton(page, 'Note');
  const frame = await noteFrame(page);
  await page.keyboard.type(secret);
  await frame.getByRole('button', { name: 'Save note' }).click();
  await expect.poll(() => noteTexts(serviceWorker, page).then((t) => t.length)).toBe(1);
  // Show the note's card so its text is on screen.
  const { x, y } = await pointOf(page, 'objectifs d’espionnage');
  await page.mouse.move(x, y, { steps: 3 });
  await expect.poll(() => uiText(page)).toContain(secret);

  const leak = await page.evaluate((needle) => {
    const w = window as unknown as { __roots: ShadowRoot[]; __heard: string[] };
    const host = document.documentElement.lastElementChild as HTMLElement;
    return {
      html: document.documentElement.outerHTML.includes(needle),
      text: (document.documentElement.textContent ?? '').includes(needle),
      shadowRoot: host.shadowRoot,
      caughtRoots: w.__roots
        .map((r) => r.textContent ?? '')
        .join(' ')
        .includes(needle),
      heard: w.__heard.join(''),
    };
  }, secret);
  expect(leak.html).toBe(false);
  expect(leak.text).toBe(false);
  expect(leak.shadowRoot).toBeNull();
  expect(leak.caughtRoots).toBe(false);
  expect(leak.heard).not.toContain(secret.slice(0, 6));
});

test('keys typed into a note reach no page listener, even capture listeners on window and document', async ({
  context,
  openArticle,
  serviceWorker,
}) => {
  const secret = 'Qz7-privé-wX9';
  await context.addInitScript(() => {
    const w = window as unknown as { __heard: string[] };
    w.__heard = [];
    const types = [
      'keydown',
      'keyup',
      'keypress',
      'input',
      'beforeinput',
      'textInput',
      'compositionstart',
      'compositionupdate',
      'compositionend',
      'paste',
      'change',
    ];
    for (const target of [window, document]) {
      for (const type of types) {
        target.addEventListener(
          type,
          (event) => {
            // Characters only: the names of keys pressed in the page itself (Shift, Enter) are no leak.
            const e = event as KeyboardEvent & InputEvent & CompositionEvent;
            if (typeof e.key === 'string' && e.key.length === 1) w.__heard.push(e.key);
            if (typeof e.data === 'string') w.__heard.push(e.data);
          },
          true,
        );
      }
    }
  });
  const page = await openArticle('demo');
  await waitForReady(page);
  await waitForAnchored(page);
  // From the toolbar.
  await selectText(page, 'non classifiés');
  await page.keyboard.press('Alt+Shift+H');
  await expect.poll(() => uiText(page)).not.toBe('');
  await clickUiButton(page, 'Note');
  await noteFrame(page);
  await page.keyboard.type(secret);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => noteTexts(serviceWorker, page)).toEqual(['non classifiés']);
  // From a card: edit the note just made.
  const { x, y } = await pointOf(page, 'non classifiés');
  await page.mouse.move(x, y, { steps: 3 });
  await expect.poll(() => uiText(page)).toContain(secret);
  await clickUiButton(page, 'Edit note');
  const editor = await noteFrame(page);
  expect(await editor.locator('textarea').inputValue()).toBe(secret);
  await page.keyboard.press('End');
  await page.keyboard.type(' +ajout');
  await editor.getByRole('button', { name: 'Save note' }).click();
  await expect.poll(() => uiText(page)).toContain(`${secret} +ajout`);

  const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.join('|'));
  for (const ch of new Set(`${secret}+ajout`.replace(/[\s-]/g, ''))) expect(heard, `the page heard "${ch}"`).not.toContain(ch);
  expect(heard.length).toBeGreaterThan(0); // the listeners work: they heard the page's own shortcut

  // The saved note reads back from the store after a reload.
  await page.reload();
  await waitForAnchored(page);
  const again = await pointOf(page, 'non classifiés');
  await page.mouse.move(again.x, again.y, { steps: 3 });
  await expect.poll(() => uiText(page)).toContain(`${secret} +ajout`);
});
