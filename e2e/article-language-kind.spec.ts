// The article finder's judgement of a page, end to end with the built extension: the language is
// decided from the text (a French story on a template declaring English is read as French), a
// language Newsmark does not read gets nothing drawn and a popup that says why (in the UI's
// language), and product documentation is not news, so no official is named there.
// The pages are small hand-written fixtures (e2e/pages/), served at addresses of their own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { highlightTexts, pageAnalysis, waitForAnchored } from './page-helpers';

const PAGES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
const FIXTURES = {
  'article-fr-declared-en': 'https://www.example-daily.test/world/2024/03/12/plan-hopitaux.html',
  'article-de': 'https://www.beispiel-zeitung.test/politik/2024/03/12/krankenhaeuser.html',
  'article-docs': 'https://widgetry.example.test/docs/install/',
} as const;
type Fixture = keyof typeof FIXTURES;

const HIGHLIGHTS = ['newsmark-official', 'newsmark-person', 'newsmark-claim'];

/** Serves one fixture at its address (registered after the shared pages' route, so it is tried first). */
async function openFixture(context: BrowserContext, name: Fixture): Promise<Page> {
  const url = FIXTURES[name];
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(PAGES_DIR, `${name}.html`)) }),
  );
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('a French story on a page declaring lang="en" is read as French: its officials are drawn', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'article-fr-declared-en');
  await waitForAnchored(page);
  const analysis = await pageAnalysis(serviceWorker, FIXTURES['article-fr-declared-en']);
  expect(analysis.lang).toBe('fr');
  expect(analysis.supported).toBe(true);
  expect(analysis.enabled).toBe(true);
  const officials = await highlightTexts(page, 'newsmark-official');
  // French rules: "Le ministre de la Santé, Étienne Marchal" and "Le Premier ministre, Laurent Girard".
  expect(officials).toEqual(expect.arrayContaining(['Étienne Marchal', 'Laurent Girard']));
});

test('a German story draws nothing, and the popup says Newsmark reads English and French', async ({
  context,
  serviceWorker,
  openPopup,
}) => {
  const page = await openFixture(context, 'article-de');
  await waitForAnchored(page);
  for (const name of HIGHLIGHTS) expect(await highlightTexts(page, name), name).toEqual([]);
  const analysis = await pageAnalysis(serviceWorker, FIXTURES['article-de']);
  expect(analysis).toMatchObject({ lang: 'de', supported: false, enabled: false, people: [], claims: [] });
  const popup = await openPopup();
  await expect(popup.getByText('Newsmark reads English and French; this page is in German.')).toBeVisible();
  await expect(popup.getByText('This page does not look like an article')).toHaveCount(0);
});

test('product documentation is not news: no official and no claim is drawn', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'article-docs');
  await waitForAnchored(page);
  expect(await highlightTexts(page, 'newsmark-official')).toEqual([]);
  expect(await highlightTexts(page, 'newsmark-claim')).toEqual([]);
  const analysis = await pageAnalysis(serviceWorker, FIXTURES['article-docs']);
  expect(analysis).toMatchObject({ lang: 'en', supported: true, enabled: false });
});

test.describe('in a French browser', () => {
  test.use({ uiLanguage: 'fr' });

  test('the popup names the German language in French', async ({ context, openPopup }) => {
    const page = await openFixture(context, 'article-de');
    await waitForAnchored(page);
    const popup = await openPopup();
    await expect(popup.getByText('Newsmark lit l’anglais et le français ; cette page est en allemand.')).toBeVisible();
  });
});
