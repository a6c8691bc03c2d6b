// The fixture of the Chromium-only specs: Chromium with the built extension (dist/) loaded, its id
// and service worker, the popup and options pages as tabs, and the test pages served at their real
// https addresses (see launch.ts). Specs that run in Firefox too use ./any-browser instead.
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from './launch';
import { pageNamed } from './pages';

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

export const test = base.extend<ExtensionFixtures & { launched: Awaited<ReturnType<typeof launchWithExtension>> }>({
  uiLanguage: ['en', { option: true }],
  launched: async ({ uiLanguage, colorScheme, browserName }, use) => {
    if (browserName !== 'chromium') {
      throw new Error(
        'This spec uses the Chromium-only fixture (e2e/fixtures.ts): write it against e2e/any-browser.ts to run it in Firefox too, or leave it out of ANY_BROWSER_SPECS (playwright.config.ts).',
      );
    }
    // colorScheme is Playwright's own option: test.use({ colorScheme: 'dark' }) in a spec.
    const launched = await launchWithExtension({ uiLanguage, colorScheme: colorScheme === 'dark' ? 'dark' : 'light' });
    await use(launched);
    await launched.close();
  },
  context: async ({ launched }, use) => use(launched.context),
  serviceWorker: async ({ launched }, use) => use(launched.serviceWorker!),
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
