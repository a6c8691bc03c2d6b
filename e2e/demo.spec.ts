// `npm start -- --headless` runs the product on its built-in demo: it prints what Newsmark found
// on the seed article and writes a screenshot of it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

test('the headless demo prints the officials and claims and writes a screenshot', async () => {
  test.setTimeout(120_000);
  const screenshot = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsmark-demo-')), 'demo.png');
  // dist/ is already built by `npm test`; rebuilding here would empty it under the other specs.
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/demo.ts', '--headless', '--no-build', '--screenshot', screenshot], {
    env: { ...process.env, DISPLAY: '' },
  });
  const png = readFileSync(screenshot);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(20_000);
  expect(stdout).toMatch(/Officials \(5\):/);
  expect(stdout).toContain('Nicholas Burns — ambassadeur américain en Chine');
  expect(stdout).toMatch(/Claims \(\d+\):/);
  expect(stdout).toContain('source: Wall Street Journal');
});
