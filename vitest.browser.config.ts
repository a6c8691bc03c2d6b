// Unit tests of the page's DOM code (*.browser.test.ts) in a real Chromium: the one the project
// already finds (scripts/chromium.mjs), driven by Playwright; no browser is downloaded.
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
// @ts-expect-error: plain JS module shared with the scripts
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['src/**/*.browser.test.ts'],
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' }],
      screenshotFailures: false,
      // The pages tested against lay text out at a known size.
      viewport: { width: 1000, height: 800 },
    },
  },
});
