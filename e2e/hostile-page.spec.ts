// A hostile page against the reader's notes (issue: notes stay private on hostile pages), in every
// browser the suite drives (any-browser.ts). Each test runs one attack from the page's main world
// (an init script, tab.evaluate), as a site's own script would, and checks that nothing of a note
// is readable, that no note is created, changed or deleted, and that what the reader types never
// reaches the page:
// 1. reaching the UI's closed shadow root by defining or upgrading its host (ElementInternals);
// 2. made-up events (isTrusted false) to open cards and toolbars, then window.find() and the
//    page's selection to read the card's text;
// 3. taking over the note box: navigating the note frame to a look-alike;
// 4. listing the reader's highlights (CSS.highlights, adopted style sheets, hit-testing).
// The notes are saved and read, and the tab asked, from an extension page (the popup, opened as a
// tab first, so that the attacked page is the one in front): page scripts can do none of this.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Driver, expect, test } from './any-browser';
import {
  cardTextAt,
  clickUiButton,
  frameUrls,
  inNoteFrame,
  noteEditorFocused,
  noteTextsFrom,
  pageAnalysisFrom,
  pointOf,
  selectText,
  sendFromExtension,
  sendToTabAt,
  uiText,
  waitForAnchored,
  waitForReady,
} from './page-helpers';
import type { Tab } from './tab';

// Each test loads the page two or three times (the note is saved first through the extension).
test.describe.configure({ timeout: 120_000 });

const QUOTE = 'environnement informatique en nuage';
const BODY = 'Secret-note-Zq7x vérifier auprès de Microsoft';
/** The look-alike's path, served on the attacked page's own host (so it can hand the page what it reads). */
const FAKE_PATH = '/fake-note.html';

interface StoredNote {
  id: string;
  body: string;
  color: string;
  modified: string;
}

interface Reply<T> {
  ok: boolean;
  error?: string;
  value: T;
}

async function ask<T>(extensionPage: Tab, message: unknown): Promise<T> {
  const reply = (await sendFromExtension(extensionPage, message)) as Reply<T>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Saves a note on QUOTE through the extension's own page (as the reader did on an earlier visit). */
async function seedNote(driver: Driver, popup: Tab): Promise<{ source: string; id: string }> {
  const demo = driver.urlOf('demo');
  const page = await driver.openUrl(demo);
  await waitForReady(page);
  const { source, url } = await pageAnalysisFrom(popup, demo);
  await page.close();
  const text = readFileSync(path.join(process.cwd(), 'demo/article.txt'), 'utf8');
  const start = text.indexOf(QUOTE);
  const now = new Date().toISOString();
  const annotation = {
    id: crypto.randomUUID(),
    created: now,
    modified: now,
    motivation: 'commenting',
    color: 'green',
    tags: [],
    body: BODY,
    target: {
      source,
      url,
      title: 'Demo',
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: QUOTE,
          prefix: text.slice(start - 32, start),
          suffix: text.slice(start + QUOTE.length, start + QUOTE.length + 32),
        },
        { type: 'TextPositionSelector', start, end: start + QUOTE.length },
      ],
    },
  };
  await ask(popup, { type: 'annotation.save', payload: { annotation } });
  return { source, id: annotation.id };
}

/** Every note stored for the page, read through the extension's own page (never the page's). */
async function storedNotes(popup: Tab, source: string): Promise<StoredNote[]> {
  const { annotations } = await ask<{ annotations: StoredNote[] }>(popup, { type: 'annotation.forPage', payload: { source } });
  return annotations.map(({ id, body, color, modified }) => ({ id, body, color, modified }));
}

/** Opens the demo and waits until the seeded note is drawn on it. */
async function openWithNote(driver: Driver, popup: Tab): Promise<Tab> {
  const page = await driver.openUrl(driver.urlOf('demo'));
  await waitForAnchored(page);
  await expect.poll(() => noteTextsFrom(popup, page)).toEqual([QUOTE]);
  return page;
}

/** Opens the demo with the note drawn, then shows the note's card with the reader's own mouse. */
async function openNoteCard(driver: Driver, popup: Tab): Promise<Tab> {
  const page = await openWithNote(driver, popup);
  await expect.poll(() => cardTextAt(page, QUOTE), { timeout: 20_000 }).toContain(BODY);
  return page;
}

async function ignoredCount(popup: Tab, page: Tab): Promise<number> {
  return (await pageAnalysisFrom(popup, page.url())).diagnostics?.untrustedIgnored ?? -1;
}

test('1. defining or upgrading the host gives the page no way into the UI', async ({ driver, openPopup }) => {
  const popup = await openPopup();
  const seeded = await seedNote(driver, popup);
  const before = await storedNotes(popup, seeded.source);
  await driver.addInitScript(() => {
    const w = window as unknown as { __reached: ShadowRoot[]; __added: string[] };
    w.__reached = [];
    w.__added = [];
    // The names a page would guess, defined before any content script runs.
    for (const name of ['newsmark-ui', 'newsmark-host', 'newsmark-root', 'newsmark-card']) {
      customElements.define(
        name,
        class extends HTMLElement {
          constructor() {
            super();
            const internals = this.attachInternals();
            queueMicrotask(() => internals.shadowRoot && w.__reached.push(internals.shadowRoot));
          }
        },
      );
    }
    // Whatever is added to <html>: try every door. (At document start <html> may not exist yet.)
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (
            !(node instanceof HTMLElement) ||
            node.parentNode !== document.documentElement ||
            node.tagName === 'HEAD' ||
            node.tagName === 'BODY'
          )
            continue;
          w.__added.push(node.tagName);
          if (node.shadowRoot) w.__reached.push(node.shadowRoot);
          try {
            const internals = node.attachInternals();
            if (internals.shadowRoot) w.__reached.push(internals.shadowRoot);
          } catch {
            // Not a custom element: no internals.
          }
          customElements.upgrade(node);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await openNoteCard(driver, popup);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __reached: ShadowRoot[]; __added: string[] };
    // With a root in hand, the page would read the card, then press its buttons (Delete among them).
    // Its words: text, and what the UI shows as generated content (data-t attributes).
    const text = w.__reached
      .map((root) => [root.textContent ?? '', ...[...root.querySelectorAll('[data-t]')].map((el) => el.getAttribute('data-t'))].join(' '))
      .join(' ');
    for (const root of w.__reached) for (const button of root.querySelectorAll('button')) (button as HTMLButtonElement).click();
    return {
      reached: w.__reached.length,
      text,
      frames: w.__reached.flatMap((root) => [...root.querySelectorAll('iframe')].map((frame) => frame.src)),
      added: w.__added,
    };
  });
  expect(seen.text).not.toContain('Secret-note');
  expect(seen.frames).toEqual([]);
  expect(seen.reached).toBe(0);
  expect(seen.added).toEqual(['DIV']);
  expect(await storedNotes(popup, seeded.source)).toEqual(before);
});

test('2. made-up events open nothing, and window.find or the selection read nothing of a note', async ({ driver, openPopup }) => {
  const popup = await openPopup();
  const seeded = await seedNote(driver, popup);
  const before = await storedNotes(popup, seeded.source);
  const page = await openWithNote(driver, popup);
  const { x, y } = await pointOf(page, QUOTE);
  const start = await ignoredCount(popup, page);
  // The shortcuts, a pointer over the note, a selection with the toolbar's shortcut: all made up.
  await page.evaluate(
    ({ x, y, quote }) => {
      const keys = (code: string) =>
        document.dispatchEvent(new KeyboardEvent('keydown', { code, key: code.slice(3), altKey: true, shiftKey: true, bubbles: true }));
      keys('KeyJ');
      keys('KeyK');
      const under = document.elementFromPoint(x, y)!;
      under.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(quote);
        if (at < 0) continue;
        getSelection()!.setBaseAndExtent(node, at, node, at + quote.length);
        break;
      }
      keys('KeyH');
    },
    { x, y, quote: QUOTE },
  );
  // Two keys, the pointer, the selection's toolbar shortcut, and the selection itself once it settles.
  await expect.poll(() => ignoredCount(popup, page)).toBeGreaterThanOrEqual(start + 5);
  expect(await uiText(page)).toBe('');

  // The reader opens the card (straight onto the passage, from a place with no card: a path across
  // a neighbouring claim would open that one's card first); the page hunts for its text.
  await expect.poll(() => cardTextAt(page, QUOTE), { timeout: 20_000 }).toContain(BODY);
  const found = await page.evaluate(
    ({ body, quote }) => {
      // window.find() is not in the DOM typings: non-standard, but in every browser.
      const find = (
        window as unknown as { find: (text: string, caseSensitive?: boolean, backwards?: boolean, wrap?: boolean) => boolean }
      ).find.bind(window);
      const selection = getSelection()!;
      selection.removeAllRanges();
      const byBody = find(body) || find('Secret-note');
      const readAfterBody = selection.toString();
      selection.removeAllRanges();
      // The quote shows in the page and (before the fix) in the card: go through every match and extend each.
      const around: string[] = [];
      for (let i = 0; i < 5 && find(quote, false, false, true); i++) {
        selection.modify('extend', 'forward', 'paragraph');
        around.push(selection.toString());
        selection.collapseToEnd();
      }
      selection.selectAllChildren(document.documentElement);
      return { byBody, readAfterBody, around: around.join(' | '), all: selection.toString() };
    },
    { body: BODY, quote: QUOTE },
  );
  expect(found.byBody).toBe(false);
  expect(found.readAfterBody).not.toContain('Secret-note');
  expect(found.around).not.toContain('Secret-note');
  expect(found.all).not.toContain('Secret-note');
  expect(await storedNotes(popup, seeded.source)).toEqual(before);
});

test('3. the note box cannot be taken over: no message reaches the page, a look-alike is never shown', async ({ driver, openPopup }) => {
  const popup = await openPopup();
  // The look-alike: a text box that sends every key to the page that framed it (same host: it may).
  const fakeUrl = await driver.serve(
    FAKE_PATH,
    `<!doctype html><textarea aria-label="Your note"></textarea><script>
      parent.__fakeLoaded = (parent.__fakeLoaded || 0) + 1;
      document.querySelector('textarea').focus();
      addEventListener('keydown', (e) => { try { parent.__stolen.push(e.key); } catch {} }, true);
    </script>`,
    { besidePage: 'demo' },
  );
  await driver.addInitScript((fake) => {
    const w = window as unknown as { __stolen: string[]; __frameMessages: unknown[] };
    w.__stolen = [];
    w.__frameMessages = [];
    // The attack of the report: answer the frame's announcement by navigating it away.
    addEventListener('message', (event) => {
      w.__frameMessages.push(event.data);
      try {
        (event.source as Window).location.href = fake;
      } catch {
        // Not a window.
      }
    });
  }, fakeUrl);
  const page = await driver.openUrl(driver.urlOf('demo'));
  await waitForReady(page);
  await selectText(page, 'non classifiés');
  await page.keyboard.press('Alt+Shift+H');
  await expect.poll(() => uiText(page)).not.toBe('');
  await clickUiButton(page, 'Note');
  await expect.poll(() => noteEditorFocused(page)).toBe(true);
  expect(await inNoteFrame(page, () => location.href)).toMatch(/note-frame\/index\.html#[0-9a-f]{32}$/);
  await page.keyboard.type('Partie-1');
  expect(await page.evaluate(() => (window as unknown as { __frameMessages: unknown[] }).__frameMessages)).toEqual([]);

  // Without the frame's announcement the page holds no handle on it (a frame inside a closed
  // shadow root is not in window.frames): it navigates whatever frame it can reach.
  const reachable = await page.evaluate((fake) => {
    for (let i = 0; i < window.length; i++) window.frames[i]!.location.href = fake;
    return window.length;
  }, fakeUrl);
  if (reachable === 0) {
    expect(await inNoteFrame(page, () => location.href)).toMatch(/note-frame\/index\.html#/);
    // Should a page ever get a handle (a new API, a browser bug), the editor still notices the
    // takeover: the look-alike is loaded into the note frame as the page would have done.
    await inNoteFrame(
      page,
      (fake) => {
        location.href = fake;
      },
      fakeUrl,
    );
  }
  // The reader goes on typing meanwhile.
  await page.keyboard.type('Partie-2');
  await expect.poll(() => uiText(page)).toContain('tried to take over the note box');
  // The look-alike is gone, nothing reached it, and nothing was saved.
  expect(frameUrls(page).filter((url) => url === fakeUrl)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __stolen: string[] }).__stolen)).toEqual([]);
  const { source } = await pageAnalysisFrom(popup, page.url());
  expect(await storedNotes(popup, source)).toEqual([]);
});

test('4. the page cannot list the reader’s highlights or their colours', async ({ driver, openPopup }) => {
  const popup = await openPopup();
  const seeded = await seedNote(driver, popup);
  const before = await storedNotes(popup, seeded.source);
  // The page looks at every frame, for as long as it lives: every highlight name and style rule it can see.
  await driver.addInitScript(() => {
    const w = window as unknown as { __names: Set<string>; __rules: Set<string> };
    w.__names = new Set();
    w.__rules = new Set();
    const look = () => {
      for (const name of CSS.highlights.keys()) w.__names.add(name);
      for (const sheet of document.adoptedStyleSheets) for (const rule of sheet.cssRules) w.__rules.add(rule.cssText);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const page = await openWithNote(driver, popup);
  // The keyboard on the note (its focus mark), and the popup's flash on it. The note's line is put
  // at the top of the window, where stepping starts, so few steps reach it.
  await page.evaluate((quote) => {
    document.body.focus();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(quote);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      window.scrollBy(0, range.getBoundingClientRect().top - 70);
      return;
    }
  }, QUOTE);
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Alt+Shift+J');
    if ((await uiText(page)).includes(BODY)) break;
  }
  await expect.poll(() => uiText(page)).toContain(BODY);
  const kinds = async () => ((await pageAnalysisFrom(popup, page.url())).diagnostics?.marks ?? []).map((m) => m.kind).sort();
  await expect.poll(kinds).toEqual(['focus', 'note']);
  const shown = (await sendToTabAt(popup, page.url(), { type: 'page.reveal', payload: { kind: 'note', id: seeded.id } })) as Reply<{
    found: boolean;
  }>;
  expect(shown.ok && shown.value.found).toBe(true);
  // The page has had frames to look while the flash was drawn (it lasts over a second).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // The card closed, so that only the marks lie over the note's text for the hit-test below.
  await page.keyboard.press('Escape');
  await expect.poll(() => uiText(page)).toBe('');
  const { x, y } = await pointOf(page, QUOTE);
  const seen = await page.evaluate(
    ({ x, y, quote }) => {
      const w = window as unknown as { __names: Set<string>; __rules: Set<string> };
      // Any registered range on the note's text that is not one of the engine's own kinds.
      const onQuote = [...CSS.highlights.keys()].filter(
        (name) =>
          ![...(CSS.highlights.get(name) ?? [])].every((r) => !(r as Range).toString().includes(quote)) &&
          !/official|person|claim/.test(name),
      );
      const host = document.documentElement.lastElementChild as HTMLElement;
      const rect = host.getBoundingClientRect();
      return {
        names: [...w.__names],
        onQuote,
        rules: [...w.__rules].join('\n'),
        underPointer: document.elementFromPoint(x, y) === host,
        hostSize: [rect.width, rect.height, host.scrollWidth, host.scrollHeight, host.offsetWidth, host.offsetHeight],
        shadowRoot: host.shadowRoot,
      };
    },
    { x, y, quote: QUOTE },
  );
  // The page saw the engine's highlights (it may), and nothing else.
  expect(seen.names).toContain('newsmark-claim');
  expect(seen.names.filter((name) => !/^newsmark-(official|person|claim)(-\w+)?$/.test(name))).toEqual([]);
  expect(seen.onQuote).toEqual([]);
  // The note colours (green: #69db7c) and anything named after notes, focus or flash.
  expect(seen.rules).not.toMatch(/note|focus|flash|105, 219, 124/);
  expect(seen.underPointer).toBe(false);
  expect(seen.hostSize).toEqual([0, 0, 0, 0, 0, 0]);
  expect(seen.shadowRoot).toBeNull();
  expect(await storedNotes(popup, seeded.source)).toEqual(before);
});
