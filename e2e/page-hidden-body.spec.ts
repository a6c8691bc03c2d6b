// A page hidden by an anti-flicker style (body { visibility: hidden }) that its own script takes
// away 2 s later: the highlights drawn from the first reading stay while it is hidden (a reading
// with computed styles finds no visible text then, which is no reason to clear them), and the
// article is read again once it shows, ending with its highlights.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { highlightTexts, pageAnalysis } from './page-helpers';

const URL = 'https://www.newsmark-demo.fr/international/article/2023/07/13/page-masquee.html';
const FILE = path.join(process.cwd(), 'e2e/pages/hidden-body.html');

test('a page shown late by its anti-flicker snippet ends with its highlights', async ({ context, serviceWorker }) => {
  await context.route(URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(FILE) }));
  const page = await context.newPage();
  await page.goto(URL);
  // The article is read again with computed styles once the page has shown itself.
  await page.waitForFunction(
    () => {
      const shownAt = (window as unknown as { __shownAt?: number }).__shownAt;
      return shownAt !== undefined && performance.getEntriesByName('newsmark:rechecked').some((mark) => mark.startTime > shownAt);
    },
    undefined,
    { timeout: 30_000 },
  );
  expect(await highlightTexts(page, 'newsmark-official')).toContain('Nicholas Burns');
  // The claims worth checking.
  expect((await highlightTexts(page, 'newsmark-claim')).length).toBeGreaterThanOrEqual(3);
  expect((await pageAnalysis(serviceWorker, URL)).diagnostics?.rechecks).toBeGreaterThanOrEqual(1);
});
