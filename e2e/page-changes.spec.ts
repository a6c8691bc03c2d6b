// Pages that change and the reader's switches: text that arrives later is analysed (and only it),
// a single-page app's navigation starts over on the new article, a site switched off stays off
// after a reload, and each kind of highlight can be switched off (settings in storage.sync).
import type { Page, Worker } from '@playwright/test';
import { expect, pageNamed, test } from './fixtures';
import { highlightTexts, pageAnalysis, waitForAnchored, waitForReady } from './page-helpers';

const DEMO_URL = pageNamed('demo').url;

async function setSettings(serviceWorker: Worker, settings: object): Promise<void> {
  await serviceWorker.evaluate((value) => chrome.storage.sync.set({ settings: value }), settings);
}

/** True once the content script has read the settings, found the site off, and drew nothing. */
async function drewNothing(page: Page, serviceWorker: Worker): Promise<boolean> {
  await expect.poll(async () => (await pageAnalysis(serviceWorker, DEMO_URL).catch(() => null))?.diagnostics?.off).toBe(true);
  return page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('newsmark-')).length === 0);
}

test('a paragraph that arrives later is analysed alone, and unchanged blocks are not analysed again', async ({
  openArticle,
  serviceWorker,
  pageErrors,
}) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  await waitForAnchored(page);
  const before = await pageAnalysis(serviceWorker, DEMO_URL);
  expect(before.diagnostics).toMatchObject({ wholePasses: 1, blocksAnalysedAlone: 0 });
  expect(await highlightTexts(page, 'newsmark-official')).not.toContain('Florence Parly');

  await page.evaluate(() => {
    const last = [...document.querySelectorAll('article p')].at(-1)!;
    const p = document.createElement('p');
    p.textContent = 'La ministre des Armées Florence Parly a déclaré mardi que la France renforcerait sa cybersécurité.';
    last.after(p);
  });
  await expect.poll(() => highlightTexts(page, 'newsmark-official')).toContain('Florence Parly');
  const after = await pageAnalysis(serviceWorker, DEMO_URL);
  expect(after.diagnostics?.wholePasses).toBe(1);
  expect(after.diagnostics?.blocksAnalysedAlone).toBe(1);
  expect(after.diagnostics?.blocksReused).toBeGreaterThanOrEqual(5);
  expect(after.people.find((p) => p.name === 'Florence Parly')?.role).toBe('ministre des Armées');
  // What the whole-article pass found is kept as it was.
  for (const person of before.people) expect(after.people.find((p) => p.name === person.name)?.mentions).toEqual(person.mentions);
  expect(pageErrors).toEqual([]);
});

test('a single-page-app navigation starts over on the new article', async ({ openArticle, serviceWorker }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  expect(await highlightTexts(page, 'newsmark-official')).toContain('Nicholas Burns');
  const paragraph =
    'Le porte-parole du gouvernement Gabriel Attal a affirmé mercredi, lors d’un point presse à Paris, que 40 % des attaques informatiques visant les administrations venaient de l’étranger, et que les services de l’État, alertés depuis plusieurs mois, avaient renforcé leurs défenses, selon un rapport publié le même jour.';
  await page.evaluate((text) => {
    history.pushState({}, '', '/international/article/2023/07/14/autre-article.html');
    const article = document.querySelector('article')!;
    article.replaceChildren();
    const h1 = document.createElement('h1');
    h1.textContent = 'Un autre article';
    article.append(h1);
    for (let i = 0; i < 5; i++) {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    }
  }, paragraph);
  await expect.poll(() => highlightTexts(page, 'newsmark-official'), { timeout: 10_000 }).toContain('Gabriel Attal');
  const officials = await highlightTexts(page, 'newsmark-official');
  expect(officials).not.toContain('Nicholas Burns');
  expect(officials.filter((t) => t === 'Gabriel Attal')).toHaveLength(5);
  const analysis = await pageAnalysis(serviceWorker, 'https://www.newsmark-demo.fr/international/article/2023/07/14/autre-article.html');
  expect(analysis.people.map((p) => p.name)).toEqual(['Gabriel Attal']);
});

test('a site switched off is cleared at once and stays off after a reload', async ({ openArticle, serviceWorker }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  await setSettings(serviceWorker, { disabledSites: ['newsmark-demo.fr'] });
  await expect.poll(() => highlightTexts(page, 'newsmark-official')).toEqual([]);
  await page.reload();
  expect(await drewNothing(page, serviceWorker)).toBe(true);
  expect((await pageAnalysis(serviceWorker, DEMO_URL)).enabled).toBe(false);
  // Back on: drawn again without a reload.
  await setSettings(serviceWorker, { disabledSites: [] });
  await expect.poll(() => highlightTexts(page, 'newsmark-official').then((t) => t.length)).toBeGreaterThanOrEqual(5);
});

test('each kind can be switched off, and stays off after a reload', async ({ openArticle, serviceWorker }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  expect((await highlightTexts(page, 'newsmark-claim')).length).toBeGreaterThan(0);
  await setSettings(serviceWorker, { show: { officials: true, people: true, claims: false } });
  await expect.poll(() => highlightTexts(page, 'newsmark-claim')).toEqual([]);
  expect((await highlightTexts(page, 'newsmark-official')).length).toBeGreaterThanOrEqual(5);
  await page.reload();
  await waitForReady(page);
  expect(await highlightTexts(page, 'newsmark-claim')).toEqual([]);
  expect((await highlightTexts(page, 'newsmark-official')).length).toBeGreaterThanOrEqual(5);
  await setSettings(serviceWorker, { show: { officials: false, people: true, claims: true } });
  await expect.poll(() => highlightTexts(page, 'newsmark-official')).toEqual([]);
  expect((await highlightTexts(page, 'newsmark-claim')).length).toBeGreaterThan(0);
});
