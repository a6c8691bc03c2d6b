// Only the article is marked: teaser headlines, sidebars, "most popular" lists, ads and related
// links around it carry names too, and none of them may be highlighted.
import { expect, test } from './fixtures';
import { waitForReady } from './page-helpers';

const CASES = [
  { name: 'lemonde-2', furniture: '[class*="teaser"]', article: 'article.article__content' },
  { name: 'ledevoir-1', furniture: 'aside, .header-carousel-items', article: '.editor' },
  { name: 'radiocanada-1', furniture: '.theme-mostpopular', article: 'article.document-simple-container' },
  { name: 'nytimes-1', furniture: '.ad, .story.theme-summary, [class*="related"]', article: '.story-body' },
];

// Each test only opens a page and reads what is drawn: one browser serves a worker's share.
test.use({ sharedBrowser: true });

for (const { name, furniture, article } of CASES) {
  test(`${name}: names in the article are marked, the furniture around it is not`, async ({ openArticle }) => {
    const page = await openArticle(name);
    await waitForReady(page);
    await page.waitForFunction(() => performance.getEntriesByName('newsmark:anchored').length > 0);
    const result = await page.evaluate(
      ({ furnitureSelector, articleSelector }) => {
        const furnitureElements = [...document.querySelectorAll(furnitureSelector)];
        const articleElement = document.querySelector(articleSelector)!;
        let inArticle = 0;
        const outside: string[] = [];
        for (const highlightName of ['newsmark-official', 'newsmark-person', 'newsmark-claim']) {
          for (const range of CSS.highlights.get(highlightName) ?? []) {
            const r = range as Range;
            if (furnitureElements.some((el) => r.intersectsNode(el))) outside.push(`${highlightName}: ${r.toString().slice(0, 60)}`);
            if (highlightName !== 'newsmark-claim' && r.intersectsNode(articleElement)) inArticle++;
          }
        }
        return { furniture: furnitureElements.length, inArticle, outside };
      },
      { furnitureSelector: furniture, articleSelector: article },
    );
    expect(result.furniture).toBeGreaterThan(0);
    expect(result.outside).toEqual([]);
    expect(result.inArticle).toBeGreaterThan(0);
  });
}
