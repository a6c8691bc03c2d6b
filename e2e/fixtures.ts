// The fixture of the Chromium-only specs: Chromium with the built extension (dist/) loaded, its id
// and service worker, the popup and options pages as tabs, and the test pages served at their real
// https addresses (see launch.ts). Specs that run in Firefox too use ./any-browser instead.
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from './launch';
import { pageNamed } from './pages';

export interface ExtensionFixtures {
  /** Chromium's UI language (drives browser.i18n); English unless a spec sets it. */
  uiLanguage: string;
  /**
   * One browser for all the tests of a worker (per UI language and colour scheme) instead of one per
   * test: for specs that only open pages and read what is drawn, changing nothing the extension keeps
   * (notes, settings). Each test's tabs are closed after it. Saves a launch per test (2–3 s).
   */
  sharedBrowser: boolean;
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

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

export const test = base.extend<ExtensionFixtures & { launched: Launched }, { sharedBrowsers: Map<string, Promise<Launched>> }>({
  uiLanguage: ['en', { option: true }],
  sharedBrowser: [false, { option: true }],
  sharedBrowsers: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const browsers = new Map<string, Promise<Launched>>();
      await use(browsers);
      for (const launching of browsers.values()) await (await launching).close();
    },
    { scope: 'worker' },
  ],
  launched: async ({ uiLanguage, colorScheme, browserName, sharedBrowser, sharedBrowsers }, use) => {
    if (browserName !== 'chromium') {
      throw new Error(
        'This spec uses the Chromium-only fixture (e2e/fixtures.ts): write it against e2e/any-browser.ts to run it in Firefox too, or leave it out of ANY_BROWSER_SPECS (playwright.config.ts).',
      );
    }
    // colorScheme is Playwright's own option: test.use({ colorScheme: 'dark' }) in a spec.
    const options = { uiLanguage, colorScheme: colorScheme === 'dark' ? ('dark' as const) : ('light' as const) };
    if (!sharedBrowser) {
      const launched = await launchWithExtension(options);
      await use(launched);
      await launched.close();
      return;
    }
    const key = `${options.uiLanguage}/${options.colorScheme}`;
    let launching = sharedBrowsers.get(key);
    if (!launching) sharedBrowsers.set(key, (launching = launchWithExtension(options)));
    const launched = await launching;
    const before = new Set(launched.context.pages());
    await use(launched);
    for (const page of launched.context.pages()) if (!before.has(page)) await page.close();
  },
  context: async ({ launched }, use) => use(launched.context),
  serviceWorker: async ({ launched }, use) => use(launched.serviceWorker!),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  pageErrors: async ({ context }, use) => {
    const errors: Error[] = [];
    const record = (error: Error) => errors.push(error);
    const watch = (page: Page) => page.on('pageerror', record);
    context.on('page', watch);
    for (const page of context.pages()) watch(page);
    await use(errors);
    // A shared browser outlives the test: stop listening for it.
    context.off('page', watch);
    for (const page of context.pages()) page.off('pageerror', record);
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
