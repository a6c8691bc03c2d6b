// Every shared page and the demo, at their real addresses: the extension starts, draws, and never
// throws (neither into the page nor into its own guarded handlers); only the article is marked;
// and what the first look drew is all drawn the same by the whole-article pass. Pages in a language
// Newsmark does not read (Spanish, German) get nothing drawn at all.

import { worthChecking } from '../src/analysis/worth-checking';
import { expect, test } from './fixtures';
import { pageAnalysis, uiText, waitForReady } from './page-helpers';
import { ALL_PAGES } from './pages';

test.describe.configure({ mode: 'parallel' });
// Each test only opens a page and reads what is drawn: one browser serves a worker's share.
test.use({ sharedBrowser: true });

const READ_LANGUAGES = new Set(['en', 'fr']);

for (const { name, lang } of ALL_PAGES) {
  test(`${name}: ready, and no exception from the extension`, async ({ openArticle, pageErrors, serviceWorker }) => {
    const ours: string[] = [];
    const page = await openArticle(name);
    page.on('console', (message) => {
      if (message.text().startsWith('[Newsmark]')) ours.push(message.text());
    });
    if (READ_LANGUAGES.has(lang)) await waitForReady(page);
    // Let the remaining slices, the notes and any late mutations run.
    await page.waitForFunction(() => performance.getEntriesByName('newsmark:anchored').length > 0, undefined, { timeout: 20_000 });
    await page.mouse.move(200, 300, { steps: 5 });
    if (READ_LANGUAGES.has(lang)) {
      // The keyboard reaches a highlight's card (every page in a language Newsmark reads has some).
      await page.keyboard.press('Alt+Shift+J');
      await expect.poll(() => uiText(page)).not.toBe('');
    }
    const fromExtension = pageErrors.filter((error) => /chrome-extension:\/\//.test(error.stack ?? ''));
    expect(fromExtension).toEqual([]);
    expect(ours).toEqual([]);
    const counts = await page.evaluate(() =>
      Object.fromEntries(['newsmark-official', 'newsmark-person', 'newsmark-claim'].map((n) => [n, CSS.highlights.get(n)?.size ?? 0])),
    );
    if (!READ_LANGUAGES.has(lang)) {
      expect(counts).toEqual({ 'newsmark-official': 0, 'newsmark-person': 0, 'newsmark-claim': 0 });
      expect((await pageAnalysis(serviceWorker, page.url())).supported).toBe(false);
      return;
    }
    // Every shared page in English or French names someone and reports something; of its claims,
    // those worth checking are drawn (none, on a page where no claim scores enough).
    expect(counts['newsmark-official']! + counts['newsmark-person']!).toBeGreaterThan(0);
    // The first highlights are a subset of the final ones: none vanishes or changes kind.
    const analysis = await pageAnalysis(serviceWorker, page.url());
    expect(analysis.claims.length).toBeGreaterThan(0);
    expect(counts['newsmark-claim']! > 0).toBe(worthChecking(analysis).length > 0);
    expect(analysis.diagnostics?.firstLookDropped).toBe(0);
  });
}
