// For the benches with notes (bench:anchor, bench:page): gives a shared page many of the reader's
// notes, saved through the extension as the popup would, then opens the page and reads what the
// content script's marks say about anchoring and drawing them, with the long tasks around it.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Worker } from '@playwright/test';
import { pageNamed, routeKey } from '../e2e/pages';

/**
 * Serves the pages with their scripts switched off by a CSP header (registered last, so it wins
 * over the fixture's route): every long task left is the extension's (content scripts are not
 * bound by the page's CSP).
 */
export async function serveWithoutPageScripts(context: BrowserContext, names: readonly string[]): Promise<void> {
  const byKey = new Map(names.map((name) => [routeKey(pageNamed(name).url), pageNamed(name)]));
  await context.route(/^https?:/, async (route) => {
    const page = route.request().isNavigationRequest() ? byKey.get(routeKey(route.request().url())) : undefined;
    if (!page) return route.fallback();
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "script-src 'none'" },
      body: readFileSync(page.file),
    });
  });
}

interface AnalysedClaim {
  start: number;
  end: number;
  text: string;
}

/** What the content script says about the page, asked by the service worker (page scripts cannot). */
async function analysisOf(serviceWorker: Worker, url: string) {
  return serviceWorker.evaluate(async (pageUrl) => {
    for (const tab of await chrome.tabs.query({})) {
      const reply = await chrome.tabs.sendMessage(tab.id!, { type: 'page.getAnalysis', payload: {} }).catch(() => null);
      if (reply?.ok && reply.value.url === pageUrl) return reply.value as { source: string; url: string; claims: AnalysedClaim[] };
    }
    throw new Error(`No tab at ${pageUrl}`);
  }, url);
}

/**
 * Saves `count` notes on the page: pieces of 24–60 characters of its claims (article text the
 * content script itself read), half of them with a stored position off by some characters, as
 * after an edit of the page, so they are found by their quote rather than their position.
 */
export async function seedNotes(context: BrowserContext, serviceWorker: Worker, extensionId: string, name: string, count: number) {
  const { url } = pageNamed(name);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('newsmark:anchored').length > 0, undefined, { timeout: 60_000 });
  const analysis = await analysisOf(serviceWorker, url);
  await page.close();
  const selectors: unknown[] = [];
  for (let round = 0; selectors.length < count && round < 20; round++) {
    for (const claim of analysis.claims) {
      for (let at = (round * 7) % 24; at + 24 <= claim.text.length && selectors.length < count; at += 48 + round) {
        const length = Math.min(24 + ((at + round) % 37), claim.text.length - at);
        const exact = claim.text.slice(at, at + length);
        if (exact.trim().length < 10) continue;
        const start = claim.start + at + (selectors.length % 2 ? 37 : 0);
        selectors.push([
          {
            type: 'TextQuoteSelector',
            exact,
            prefix: claim.text.slice(Math.max(0, at - 32), at),
            suffix: claim.text.slice(at + length, at + length + 32),
          },
          { type: 'TextPositionSelector', start, end: start + length },
        ]);
      }
    }
  }
  if (selectors.length < count) throw new Error(`${name}: only ${selectors.length} notes could be cut from its claims`);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await popup.evaluate(
    async ({ source, url, selectors }) => {
      const colors = ['yellow', 'green', 'blue', 'pink', 'purple'];
      for (let i = 0; i < selectors.length; i += 50) {
        await Promise.all(
          selectors.slice(i, i + 50).map(async (selector, j) => {
            const now = new Date().toISOString();
            const annotation = {
              id: crypto.randomUUID(),
              created: now,
              modified: now,
              motivation: (i + j) % 3 ? 'highlighting' : 'commenting',
              color: colors[(i + j) % colors.length],
              tags: [],
              body: (i + j) % 3 ? '' : `Note ${i + j}`,
              target: { source, url, title: 'Bench', selector },
            };
            const reply = await chrome.runtime.sendMessage({ type: 'annotation.save', payload: { annotation } });
            if (!reply.ok) throw new Error(reply.error);
          }),
        );
      }
    },
    { source: analysis.source, url: analysis.url, selectors },
  );
  await popup.close();
}

export interface NotesRun {
  /** From the start of anchoring to the notes drawn (newsmark:anchored). */
  notesMs: number;
  /** Of which drawing them (after the anchoring). */
  drawMs: number;
  /** From the content script's start to the notes drawn. */
  anchoredMs: number;
  /** The longest task from the start of anchoring to the notes drawn (0: none over 50 ms). */
  longestInNotes: number;
  /** The longest task after the content script started. */
  longest: number;
  /** Notes drawn (with at least one box). */
  drawn: number;
}

/** Records long tasks in every page of the context (add once, before the pages open). */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Opens the page and measures how its notes were anchored and drawn. */
export async function measureNotes(context: BrowserContext, serviceWorker: Worker, name: string): Promise<NotesRun> {
  const { url } = pageNamed(name);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('newsmark:anchored').length > 0, undefined, { timeout: 60_000 });
  // A string, not a function: tsx would wrap a callback's inner functions in a helper the page does not have.
  const timing = (await page.evaluate(`(() => {
    const start = performance.getEntriesByName('newsmark:start')[0].startTime;
    const anchored = performance.getEntriesByName('newsmark:anchored')[0];
    const end = anchored.startTime + anchored.duration;
    const from = performance.getEntriesByName('newsmark:notes-anchoring').at(-1).startTime;
    const anchoredAt = performance.getEntriesByName('newsmark:notes-anchored').at(-1).startTime;
    const tasks = window.__tasks.filter((t) => t.start + t.duration >= start);
    const inNotes = tasks.filter((t) => t.start + t.duration >= from && t.start <= end);
    return {
      notesMs: end - from,
      drawMs: end - anchoredAt,
      anchoredMs: end - start,
      longestInNotes: Math.max(0, ...inNotes.map((t) => t.duration)),
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
    };
  })()`)) as Omit<NotesRun, 'drawn'>;
  const marks = await serviceWorker.evaluate(async (pageUrl) => {
    for (const tab of await chrome.tabs.query({})) {
      const reply = await chrome.tabs.sendMessage(tab.id!, { type: 'page.getAnalysis', payload: {} }).catch(() => null);
      if (reply?.ok && reply.value.url === pageUrl) return (reply.value.diagnostics?.marks ?? []) as { kind: string; boxes: number }[];
    }
    return [];
  }, url);
  await page.close();
  return { ...timing, drawn: marks.filter((m) => m.kind === 'note' && m.boxes > 0).length };
}
