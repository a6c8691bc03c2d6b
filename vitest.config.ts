// Unit tests run in Node: the pure modules (analysis, anchoring, store with fake-indexeddb) need no browser.
// The page's DOM code is tested in Chromium (*.browser.test.ts, vitest.browser.config.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'src/**/*.browser.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
