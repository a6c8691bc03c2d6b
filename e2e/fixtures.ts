// The Playwright fixture every spec uses: Chromium with the built extension (dist/) loaded, its id
// and service worker, the popup and options pages as tabs, and the test pages served at their real
// https addresses. Every other request is aborted, so nothing leaves the machine.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
// @ts-expect-error: plain JS module shared with the scripts
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { ALL_PAGES, pageNamed, routeKey, type TestPage } from './pages';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_DIR = path.join(ROOT, 'dist');

export interface ExtensionFixtures {
  /** Chromium's UI language (drives browser.i18n); English unless a spec sets it. */
  uiLanguage: string;
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every exception thrown on a page, by page scripts or by the extension. */
  pageErrors: Error[];
  openPopup: (forTab?: Page) => Promise<Page>;
  openOptions: () => Promise<Page>;
  /** Opens a test page by name ('demo', 'lemonde-2', …) at its real address. */
  openArticle: (name: string) => Promise<Page>;
}

const pagesByKey = new Map(ALL_PAGES.map((page) => [routeKey(page.url), page]));
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
    const page = request.isNavigationRequest() ? pagesByKey.get(routeKey(request.url())) : undefined;
    if (page) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bodyOf(page) });
    else await route.abort('blockedbyclient');
  });
}

export async function launchWithExtension(options: { uiLanguage?: string; colorScheme?: 'light' | 'dark' } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-e2e-'));
  const language = options.uiLanguage ?? 'en';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    locale: language,
    colorScheme: options.colorScheme ?? 'light',
    env: { ...process.env, LANGUAGE: language, LANG: language === 'en' ? 'en_US.UTF-8' : `${language}_FR.UTF-8` },
    args: [...CHROMIUM_ARGS, `--lang=${language}`, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  await routeTestPages(context);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, serviceWorker, extensionId, close };
}

export const test = base.extend<ExtensionFixtures & { launched: Awaited<ReturnType<typeof launchWithExtension>> }>({
  uiLanguage: ['en', { option: true }],
  launched: async ({ uiLanguage, colorScheme }, use) => {
    // colorScheme is Playwright's own option: test.use({ colorScheme: 'dark' }) in a spec.
    const launched = await launchWithExtension({ uiLanguage, colorScheme: colorScheme === 'dark' ? 'dark' : 'light' });
    await use(launched);
    await launched.close();
  },
  context: async ({ launched }, use) => use(launched.context),
  serviceWorker: async ({ launched }, use) => use(launched.serviceWorker),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  pageErrors: async ({ context }, use) => {
    const errors: Error[] = [];
    context.on('page', (page) => page.on('pageerror', (error) => errors.push(error)));
    for (const page of context.pages()) page.on('pageerror', (error) => errors.push(error));
    await use(errors);
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
      return page;
    });
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      return page;
    });
  },
  openArticle: async ({ context }, use) => {
    await use(async (name) => {
      const page = await context.newPage();
      await page.goto(pageNamed(name).url);
      return page;
    });
  },
});

export const expect = test.expect;
export { pageNamed };
