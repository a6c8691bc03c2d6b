// "This page": with the demo article in a tab, the popup lists its officials with their roles,
// and choosing one scrolls the article to that person.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { waitForAnchored } from './page-helpers';
import { makeNote, saveNotes } from './popup-support';

const OFFICIALS = ['Nicholas Burns', 'Daniel Kritenbrink', 'Gina Raimondo', 'Antony Blinken', 'Wang Yi'];

test('the popup lists the five officials of the seed article with their roles', async ({ openArticle, openPopup, pageErrors }) => {
  await openArticle('demo');
  const popup = await openPopup();
  const officials = popup.getByRole('region', { name: /^Officials/ });
  const items = officials.getByRole('listitem');
  await expect(items).toHaveCount(OFFICIALS.length);
  for (const name of OFFICIALS) {
    const item = items.filter({ hasText: name });
    await expect(item).toHaveCount(1);
    // A role follows the name, and the number of mentions is given.
    await expect(item.locator('.item-role')).not.toBeEmpty();
    await expect(item).toContainText(/\d+ mentions?/);
  }
  expect(pageErrors).toEqual([]);
});

test('choosing an official scrolls the article to them', async ({ openArticle, openPopup }) => {
  const article = await openArticle('demo');
  // A short window, so the person starts out of view and the scroll is observable.
  await article.setViewportSize({ width: 500, height: 260 });
  const visible = () =>
    article.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('Gina Raimondo') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'Gina Raimondo'.length);
        const box = range.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }
      return null;
    });
  expect(await visible()).toBe(false);
  const popup = await openPopup();
  await popup
    .getByRole('region', { name: /^Officials/ })
    .getByRole('button', { name: /Gina Raimondo/ })
    .click();
  await expect.poll(visible).toBe(true);
});

test('the site switch turns Newsmark off on this site and back on', async ({ openArticle, openPopup }) => {
  await openArticle('demo');
  const popup = await openPopup();
  const toggle = popup.getByRole('switch', { name: /newsmark-demo\.fr/ });
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect(popup.getByRole('region', { name: /^Officials/ })).toHaveCount(0);
  const stored = await popup.evaluate(
    async () => ((await chrome.storage.sync.get('settings')) as { settings?: { disabledSites?: string[] } }).settings?.disabledSites,
  );
  expect(stored).toEqual(['newsmark-demo.fr']);
  await toggle.click();
  await expect(popup.getByRole('region', { name: /^Officials/ })).toBeVisible();
});

test('the claims can be narrowed to one kind, and are grouped by source', async ({ openArticle, openPopup }) => {
  // The whole article analysed (the first look covers only its opening), so the count is final.
  await waitForAnchored(await openArticle('demo'));
  const popup = await openPopup();
  const claims = popup.getByRole('region', { name: /^Claims/ });
  // The popup asks the page for its analysis after it opens: wait for the list to arrive.
  await expect.poll(() => claims.getByRole('listitem').count()).toBeGreaterThan(2);
  const all = await claims.getByRole('listitem').count();
  const quote = claims.getByRole('button', { name: /^Quote/ });
  await quote.click();
  await expect(quote).toHaveAttribute('aria-pressed', 'true');
  const shown = claims.getByRole('listitem');
  await expect.poll(() => shown.count()).toBeLessThan(all);
  for (const item of await shown.all()) await expect(item).toContainText('Quote');
  await expect(claims.getByRole('heading', { level: 3 }).first()).not.toBeEmpty();
  await quote.click();
  await expect(shown).toHaveCount(all);
});

test("the page's notes are listed, and a note whose passage is gone is marked as such", async ({ openArticle, openPopup }) => {
  const article = await openArticle('demo');
  const popup = await openPopup();
  const source = article.url();
  await saveNotes(popup, [
    makeNote({ source, title: 'demo', exact: 'Microsoft, qui a été le premier à révéler l’attaque', body: 'Premier à révéler ?' }),
    makeNote({ source, title: 'demo', exact: 'une phrase qui ne figure nulle part dans cet article', body: 'Passage disparu' }),
  ]);
  await article.reload();
  await expect.poll(() => article.evaluate(() => performance.getEntriesByName('newsmark:anchored').length)).toBeGreaterThan(0);
  await popup.reload();
  const notes = popup.getByRole('region', { name: /^Your notes on this page/ }).getByRole('listitem');
  await expect(notes).toHaveCount(2);
  await expect(notes.filter({ hasText: 'Passage disparu' })).toContainText('Not found on the page');
  await expect(notes.filter({ hasText: 'Premier à révéler' })).not.toContainText('Not found on the page');
});

test('a note imported from Hypothesis under the http address shows on the https page, with a word on where it came from', async ({
  openArticle,
  openOptions,
  openPopup,
}) => {
  const article = await openArticle('demo');
  const https = article.url();
  const http = https.replace(/^https:/, 'http:');
  const options = await openOptions();
  const file = path.join(os.tmpdir(), `${crypto.randomUUID()}-hypothesis.json`);
  writeFileSync(
    file,
    JSON.stringify({
      annotations: [
        {
          id: 'hypothesis-http-1',
          created: '2024-02-28T09:15:42.123456+00:00',
          uri: http,
          text: 'Premier à révéler ?',
          tags: [],
          target: [
            { source: http, selector: [{ type: 'TextQuoteSelector', exact: 'Microsoft, qui a été le premier à révéler l’attaque' }] },
          ],
        },
      ],
    }),
  );
  await options.getByLabel('Import a file…').setInputFiles(file);
  await expect(options.getByRole('status')).toContainText('Imported: 1 new');
  await article.reload();
  await waitForAnchored(article);
  const popup = await openPopup();
  const section = popup.getByRole('region', { name: /^Your notes on this page/ });
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(section.getByRole('listitem')).toContainText('Premier à révéler ?');
  // Anchored on the page (the content script asked for the page's notes under every form of its address).
  await expect(section.getByRole('listitem')).not.toContainText('Not found on the page');
  await expect(section).toContainText(`1 of these notes was taken at another form of this address (${http}).`);
});
