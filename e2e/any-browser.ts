// The fixture of the specs that run in every browser the suite drives: Chromium through Playwright
// (launch.ts) and Firefox through puppeteer over WebDriver BiDi (firefox.ts). The browser is the
// project's browserName (playwright.config.ts); a spec written against these fixtures and the Tab
// interface (tab.ts) runs unchanged in both. Chromium-only specs use ./fixtures instead.
import { readFileSync } from 'node:fs';
import { test as base, type Page } from '@playwright/test';
import { FirefoxSession, type FirefoxTab } from './firefox';
import { launchWithExtension } from './launch';
import { pageNamed } from './pages';
import type { BrowserName, Tab } from './tab';

/** What differs between the browsers, behind one interface. */
export interface Driver {
  readonly name: BrowserName;
  /** The address a test page is opened at in this browser (its real one in Chromium). */
  urlOf(name: string): string;
  openUrl(url: string): Promise<Tab>;
  /** The popup, opened as a tab of its own (as a pinned popup would be). */
  openPopup(): Promise<Tab>;
  openOptions(): Promise<Tab>;
  /**
   * Serves `html` at `pathname` on a test host, or with `besidePage` on the host of that test page
   * (same origin as it: a site's own page); returns its address in this browser.
   */
  serve(pathname: string, html: string, options?: { besidePage?: string }): Promise<string>;
  /** Runs `fn` (with `arg`, passed as JSON) in every page opened from now on, before the page's own scripts. */
  addInitScript<Arg>(fn: (arg: Arg) => void, arg?: Arg): Promise<void>;
  /**
   * Stops the extension's background as the browser does when it is idle, or null where the
   * browser's tooling cannot (Firefox: BiDi has no way to stop an event page).
   */
  stopBackground: (() => Promise<void>) | null;
  /** Runs `action` and returns the file it downloaded. */
  download(tab: Tab, action: () => Promise<void>): Promise<{ filename: string; text: string }>;
  /** Gives the file input found by `selector` a file, as the reader's file picker would. */
  setInputFiles(tab: Tab, selector: string, file: string): Promise<void>;
  /** Requests that tried to leave the machine and were refused. */
  refusedRequests(): string[];
}

export interface AnyBrowserFixtures {
  /** The UI language (Chromium only: Firefox ESR has no language pack installed here). */
  uiLanguage: string;
  driver: Driver;
  /** Opens a test page; `params` are added to its address (as a newsletter link adds utm_source). */
  openArticle: (name: string, options?: { params?: Record<string, string> }) => Promise<Tab>;
  openPopup: () => Promise<Tab>;
  openOptions: () => Promise<Tab>;
  /** Exceptions thrown in the tabs (by page scripts, or in Chromium by the extension). */
  pageErrors: Error[];
  /** Console lines the extension wrote ("[Newsmark] …"): it only writes when something failed. */
  extensionLog: string[];
}

/** A test host for pages a spec makes up (reserved .test domain: it exists nowhere). */
const TEST_HOST = 'https://pages.newsmark-e2e.test';

async function chromiumDriver(uiLanguage: string, colorScheme: 'light' | 'dark') {
  const launched = await launchWithExtension({ uiLanguage, colorScheme });
  const { context, extensionId } = launched;
  const refused: string[] = [];
  context.on('requestfailed', (request) => {
    if (request.failure()?.errorText.includes('BLOCKED_BY_CLIENT')) refused.push(`${request.method()} ${request.url()}`);
  });
  const openUrl = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };
  const driver: Driver = {
    name: 'chromium',
    urlOf: (name) => pageNamed(name).url,
    openUrl,
    openPopup: () => openUrl(`chrome-extension://${extensionId}/src/popup/index.html`),
    openOptions: () => openUrl(`chrome-extension://${extensionId}/src/options/index.html`),
    async serve(pathname, html, options) {
      const url = new URL(pathname, options?.besidePage ? pageNamed(options.besidePage).url : TEST_HOST).href;
      await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      return url;
    },
    async addInitScript(fn, arg) {
      await context.addInitScript(fn as (arg: unknown) => void, arg);
    },
    async stopBackground() {
      // Through the DevTools protocol, as chrome://serviceworker-internals does; the worker is
      // reported stopped before this returns.
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (
            versions.some(
              (version) => version.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && version.runningStatus === 'stopped',
            )
          ) {
            resolve();
          }
        });
      });
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
    },
    async download(tab, action) {
      const [download] = await Promise.all([(tab as Page).waitForEvent('download'), action()]);
      return { filename: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    },
    setInputFiles: (tab, selector, file) => (tab as Page).locator(selector).setInputFiles(file),
    refusedRequests: () => refused,
  };
  const pageErrors: Error[] = [];
  const extensionLog: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(error));
    page.on('console', (message) => {
      if (message.text().startsWith('[Newsmark]')) extensionLog.push(message.text());
    });
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return { driver, pageErrors, extensionLog, close: launched.close };
}

async function firefoxDriver(uiLanguage: string, colorScheme: 'light' | 'dark') {
  if (uiLanguage !== 'en') throw new Error('The Firefox run is in English only (no language pack is installed)');
  const session = await FirefoxSession.launch({ colorScheme });
  const driver: Driver = {
    name: 'firefox',
    urlOf: (name) => session.urlOf(name),
    openUrl: (url) => session.open(url),
    openPopup: () => session.openExtensionPage(session.popupUrl),
    openOptions: () => session.openExtensionPage(session.optionsUrl),
    // Every page is on the one local server: beside any test page already.
    serve: async (pathname, html) => session.server.serve(pathname, html),
    addInitScript: async (fn, arg) => session.addInitScript(fn, arg),
    stopBackground: null,
    download: (_tab, action) => session.download(action),
    async setInputFiles(tab, selector, file) {
      const input = await (tab as FirefoxTab).page.$(selector);
      if (!input) throw new Error(`No ${selector} on the page`);
      await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(file);
    },
    refusedRequests: () => session.server.refused,
  };
  return { driver, pageErrors: session.pageErrors, extensionLog: session.extensionLog, close: () => session.close() };
}

type Launched = Awaited<ReturnType<typeof chromiumDriver>>;

export const test = base.extend<AnyBrowserFixtures & { launchedBrowser: Launched }>({
  uiLanguage: ['en', { option: true }],
  launchedBrowser: async ({ browserName, uiLanguage, colorScheme }, use) => {
    const scheme = colorScheme === 'dark' ? 'dark' : 'light';
    const launched = browserName === 'firefox' ? await firefoxDriver(uiLanguage, scheme) : await chromiumDriver(uiLanguage, scheme);
    await use(launched);
    await launched.close();
  },
  driver: async ({ launchedBrowser }, use) => use(launchedBrowser.driver),
  pageErrors: async ({ launchedBrowser }, use) => use(launchedBrowser.pageErrors),
  extensionLog: async ({ launchedBrowser }, use) => use(launchedBrowser.extensionLog),
  openArticle: async ({ driver }, use) => {
    await use(async (name, options) => {
      const url = new URL(driver.urlOf(name));
      for (const [key, value] of Object.entries(options?.params ?? {})) url.searchParams.append(key, value);
      return driver.openUrl(url.href);
    });
  },
  openPopup: async ({ driver }, use) => use(() => driver.openPopup()),
  openOptions: async ({ driver }, use) => use(() => driver.openOptions()),
});

export const expect = test.expect;
export { pageNamed };
