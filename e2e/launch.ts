// Starts Chromium with the built extension and serves the test pages at their real https
// addresses; every other request is aborted, so nothing leaves the machine. Used by the e2e
// fixture, the demo and the benches.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from '@playwright/test';
// @ts-expect-error: plain JS module shared with the scripts
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { ALL_PAGES, routeKey, type TestPage } from './pages';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** NEWSMARK_DIST (an absolute path) lets one engineer test their own build while others rebuild dist/. */
export const EXTENSION_DIR = process.env.NEWSMARK_DIST || path.join(ROOT, 'dist');

export interface LaunchOptions {
  uiLanguage?: string;
  colorScheme?: 'light' | 'dark';
  /** Show the browser window (the demo with a display); tests and benches run headless. */
  headless?: boolean;
  /** Load the extension (benches also measure pages without it). */
  withExtension?: boolean;
  /** Load the extension from here instead of EXTENSION_DIR (a copy with a test manifest). */
  extensionDir?: string;
}

const pagesByKey = new Map(ALL_PAGES.map((page) => [routeKey(page.url), page]));
/** The test page at `url`; a query the page was not saved with (utm_source…) still finds it. */
function pageAt(url: string): TestPage | undefined {
  const { origin, pathname } = new URL(url);
  return pagesByKey.get(routeKey(url)) ?? pagesByKey.get(routeKey(`${origin}${pathname}`));
}
const bodies = new Map<string, Buffer>();
function bodyOf(page: TestPage): Buffer {
  let body = bodies.get(page.file);
  if (!body) bodies.set(page.file, (body = readFileSync(page.file)));
  return body;
}

/** Serves the known pages; aborts everything else that would go to the network. */
export async function routeTestPages(context: BrowserContext): Promise<void> {
  await context.route(/^(https?|wss?):/, async (route) => {
    const request = route.request();
    const page = request.isNavigationRequest() ? pageAt(request.url()) : undefined;
    if (page) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bodyOf(page) });
    else await route.abort('blockedbyclient');
  });
}

export async function launchWithExtension(options: LaunchOptions = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-e2e-'));
  const language = options.uiLanguage ?? 'en';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    locale: language,
    colorScheme: options.colorScheme ?? 'light',
    env: { ...process.env, LANGUAGE: language, LANG: language === 'en' ? 'en_US.UTF-8' : `${language}_FR.UTF-8` },
    args: [
      ...CHROMIUM_ARGS,
      `--lang=${language}`,
      ...(options.withExtension === false
        ? []
        : [
            `--disable-extensions-except=${options.extensionDir ?? EXTENSION_DIR}`,
            `--load-extension=${options.extensionDir ?? EXTENSION_DIR}`,
          ]),
    ],
  });
  await routeTestPages(context);
  const serviceWorker =
    options.withExtension === false ? null : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : '';
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, serviceWorker, extensionId, close };
}
