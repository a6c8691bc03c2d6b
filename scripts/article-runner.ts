// Runs the content script's article finder on saved pages: one headless Chromium for the whole
// list, each page served at its own address (every other request aborted, the page's own scripts
// off), the finder's modules bundled as the content script bundles them and run in the page.
// Shared by the article CLI (contract 5) and bench:article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
// @ts-expect-error: plain JS module shared with the e2e fixture
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

/** Tabs reading pages at once. */
const TABS = Number(process.env.ARTICLE_TABS) || 3;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ListEntry {
  file: string;
  url: string;
}

export interface PageReading {
  found: boolean;
  lang: string | null;
  text: string;
  /** Whether the page reads as news (officials and claims are drawn only there). */
  news?: boolean;
  /** Time spent in the finder, in the page (ms). */
  ms: number;
}

/**
 * The finder as the content script has it, as a script that defines globalThis.__newsmarkRead
 * (the article read as the content script reads it) and __newsmarkFind (the time of one
 * synchronous findArticle, for bench:tasks).
 */
export async function finderScript(): Promise<string> {
  const bundle = await build({
    stdin: {
      contents: `import { readArticle } from './src/page/reading';
        import { findArticle } from './src/page/article';
        globalThis.__newsmarkRead = () => {
          const t0 = performance.now();
          const reading = readArticle(document);
          return { ...reading, ms: performance.now() - t0 };
        };
        globalThis.__newsmarkFind = () => {
          const t0 = performance.now();
          findArticle(document);
          return performance.now() - t0;
        };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  return bundle.outputFiles[0]!.text;
}

/** Pages saved without an address are served under this one (the benchmark marks some so). */
function addressOf(entry: ListEntry): string {
  return /^https?:\/\//.test(entry.url) ? entry.url : `https://page.invalid/${encodeURIComponent(path.basename(entry.file))}`;
}

function routeKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}${parsed.search}`;
}

/**
 * Reads each page of the list in turn (files already resolved) and hands each result over as it
 * comes; a page that fails to load or run is reported as not found with its error.
 */
export async function readPages(
  list: readonly ListEntry[],
  onPage: (entry: ListEntry, reading: PageReading, error?: string) => void,
): Promise<void> {
  const script = await finderScript();
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    // Pages are read in a few tabs at once (the finder's result does not depend on it), reported in list order.
    const results: (Parameters<typeof onPage> | undefined)[] = [];
    let reported = 0;
    let nextIndex = 0;
    const worker = async () => {
      const tab = await context.newPage();
      let serving: { key: string; body: Buffer } | null = null;
      await tab.route(/^(https?|wss?):/, async (route) => {
        const request = route.request();
        if (serving && request.isNavigationRequest() && request.frame() === tab.mainFrame() && routeKey(request.url()) === serving.key)
          await route.fulfill({
            status: 200,
            // No charset: the page's own <meta charset> (or the browser's sniffing) decides, as for a real visit.
            contentType: 'text/html',
            // The page's scripts stay off: their network is gone anyway, and what they would do
            // with the DOM (timers, random choices) would make the result vary from run to run.
            headers: { 'content-security-policy': "script-src 'none'" },
            body: serving.body,
          });
        else await route.abort('blockedbyclient');
      });
      while (nextIndex < list.length) {
        const index = nextIndex++;
        const entry = list[index]!;
        const url = addressOf(entry);
        try {
          serving = { key: routeKey(url), body: readFileSync(entry.file) };
          await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
          await tab.evaluate(script);
          const reading = await tab.evaluate(() => (globalThis as unknown as { __newsmarkRead: () => PageReading }).__newsmarkRead());
          results[index] = [entry, reading];
        } catch (error) {
          results[index] = [entry, { found: false, lang: null, text: '', ms: 0 }, String((error as Error).message ?? error).split('\n')[0]];
        } finally {
          serving = null;
        }
        while (results[reported]) onPage(...results[reported++]!);
      }
      await tab.close();
    };
    await Promise.all(Array.from({ length: Math.min(TABS, list.length) }, worker));
  } finally {
    await browser.close();
  }
}
