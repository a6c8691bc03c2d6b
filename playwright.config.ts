// End-to-end tests of the built extension: every spec in Chromium (dist/, through Playwright), then
// the specs written for every browser (they import ./any-browser) in Firefox (dist-firefox/, through
// puppeteer over WebDriver BiDi). One browser per test.
import { defineConfig } from '@playwright/test';

/**
 * The specs that run in Firefox too: written against ./any-browser. The others drive Chromium-only
 * tools (the DevTools protocol, Playwright's locators, frames and routes, the service worker); the
 * README says which and why.
 */
export const ANY_BROWSER_SPECS = ['factcheck.spec.ts', 'foundation.spec.ts', 'hostile-page.spec.ts', 'reader.spec.ts'];

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two browsers at a time, in CI too: the suite holds under load (issue 15: three runs under
  // `stress --cpu 2`), and one at a time puts the whole `npm test` past its 12-minute budget.
  // Three at a time was tried: in CI it saved under a minute and two hover tests lost their race.
  workers: 2,
  // No retries: a test that needs one has a race to fix.
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' } },
    { name: 'firefox', use: { browserName: 'firefox' }, testMatch: ANY_BROWSER_SPECS },
  ],
});
