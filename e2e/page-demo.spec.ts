// The seed demo in the real extension: every mention of the five officials is drawn as
// newsmark-official, the claims as newsmark-claim, hovering a name opens its card (in a closed
// shadow root), the keyboard alone reaches every official's card, and the page DOM is untouched.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/analysis/index';
import { expect, pageNamed, test } from './fixtures';
import { cardTextAt, highlightTexts, pageAnalysis, uiShadowMode, uiText, waitForAnchored, waitForReady } from './page-helpers';

const OFFICIALS = ['Nicholas Burns', 'Daniel Kritenbrink', 'Gina Raimondo', 'Antony Blinken', 'Wang Yi'];

test.beforeEach(async ({ context }) => {
  // Records the body as the parser left it, before any content script could run (document_idle).
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __bodyBefore: string }).__bodyBefore = document.body.outerHTML;
    });
  });
});

test('the five officials are drawn at every mention, and the claims too', async ({ openArticle }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  // The first look shows only part of the article; the whole of it is drawn by the time notes are anchored.
  await waitForAnchored(page);
  await expect.poll(() => highlightTexts(page, 'newsmark-official').then((t) => t.length)).toBeGreaterThanOrEqual(5);
  const officials = await highlightTexts(page, 'newsmark-official');
  const articleText = (await page.locator('article').textContent()) ?? '';
  for (const name of OFFICIALS) {
    const surname = name.split(' ').at(-1)!;
    // Every place the article names this person, in full or by surname, is drawn.
    const expected = articleText.split(surname).length - 1;
    expect(expected).toBeGreaterThan(0);
    expect(
      officials.filter((text) => name.endsWith(text) && text.endsWith(surname)),
      name,
    ).toHaveLength(expected);
  }
  // Names only: no range runs past a name.
  for (const text of officials) expect(OFFICIALS.some((name) => name.endsWith(text))).toBe(true);

  // The claims worth checking (factcheck.spec.ts checks they are exactly the ranked ones).
  const claims = await highlightTexts(page, 'newsmark-claim');
  expect(claims.length).toBeGreaterThanOrEqual(3);
  for (const claim of claims) expect(articleText.replace(/\s+/g, ' ')).toContain(claim.replace(/\s+/g, ' ').trim());
  expect(claims.some((c) => c.includes('aurait compromis'))).toBe(true);

  const ready = await page.evaluate(() => performance.getEntriesByName('newsmark:ready', 'measure').length);
  expect(ready).toBe(1);
});

test('hovering an official shows a card with the role, in a closed shadow root', async ({ openArticle }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  // The first look shows only part of the article; the whole of it is drawn by the time notes are anchored.
  await waitForAnchored(page);
  expect(await uiText(page)).toBe('');
  await expect.poll(() => cardTextAt(page, 'Nicholas Burns')).toContain('ambassadeur américain en Chine');
  const card = await uiText(page);
  expect(card).toContain('Nicholas Burns');
  expect(card).toMatch(/1 mention\b/);
  expect(card).toContain('Save');
  expect(card).toContain('Add note');
  expect(await uiShadowMode(page)).toBe('closed');
  // The page itself sees a plain host element outside the body, and nothing inside it.
  const seenByPage = await page.evaluate(() => {
    const host = document.documentElement.lastElementChild as HTMLElement;
    return { tag: host.tagName, shadowRoot: host.shadowRoot, text: host.textContent, box: host.getBoundingClientRect().width };
  });
  expect(seenByPage).toEqual({ tag: 'DIV', shadowRoot: null, text: '', box: 0 });

  // Moving away closes the card.
  await page.mouse.move(5, 5, { steps: 3 });
  await expect.poll(() => uiText(page)).toBe('');
});

test('a claim card shows its kinds, source and cue', async ({ openArticle }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  // A claim worth checking (drawn by default): an unnamed source's words about an official.
  await expect.poll(() => cardTextAt(page, 'le journal a noté')).toContain('Claim');
  const card = await uiText(page);
  expect(card).toContain('Attributed');
  expect(card).toContain('plusieurs sources proches du dossier');
  expect(card).toContain('Citant');
});

test('the keyboard alone reaches every official’s card', async ({ openArticle }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  // The first look shows only part of the article; the whole of it is drawn by the time notes are anchored.
  await waitForAnchored(page);
  await page.locator('body').focus();
  const seen = new Set<string>();
  for (let i = 0; i < 60 && seen.size < OFFICIALS.length; i++) {
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => uiText(page)).not.toBe('');
    const card = await uiText(page);
    for (const name of OFFICIALS) if (card.includes(name) && card.includes('Official')) seen.add(name);
  }
  expect([...seen].sort()).toEqual([...OFFICIALS].sort());
  // Focus is in the card (the host is the page's active element) and Escape closes it.
  // The card takes focus once it has rendered, a frame after the key press.
  await expect.poll(() => page.evaluate(() => document.activeElement === document.documentElement.lastElementChild)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => uiText(page)).toBe('');
  // Stepping back works as well.
  await page.keyboard.press('Alt+Shift+K');
  await expect.poll(() => uiText(page)).not.toBe('');
});

test('the page DOM is left alone: same body, one host element outside it', async ({ openArticle }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  // Names are drawn (and have cards) once the whole article is known, by the time notes are anchored.
  await waitForAnchored(page);
  // Open the UI, then compare.
  await expect.poll(() => cardTextAt(page, 'Gina Raimondo')).toContain('Gina Raimondo');
  const result = await page.evaluate(() => ({
    same: document.body.outerHTML === (window as unknown as { __bodyBefore: string }).__bodyBefore,
    added: [...document.documentElement.children].map((el) => el.tagName),
  }));
  expect(result.same).toBe(true);
  expect(result.added).toEqual(['HEAD', 'BODY', 'DIV']);
});

test('the page is analysed as a whole, like the CLI: sources named paragraphs earlier are resolved', async ({
  openArticle,
  serviceWorker,
}) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  // The first look shows only part of the article; the whole of it is drawn by the time notes are anchored.
  await waitForAnchored(page);
  const analysis = await pageAnalysis(serviceWorker, pageNamed('demo').url);
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const sourceOf = (fragment: string) => analysis.claims.find((claim) => squash(claim.text).includes(fragment))?.source;
  // "le Journal" three paragraphs after "le Wall Street Journal".
  expect(sourceOf('a rapporté le Journal')).toBe('Wall Street Journal');
  // Every claim the CLI finds in the article text is found in the page, with the same source and
  // cue, and every official with the same role.
  const text = readFileSync(path.join(process.cwd(), 'demo/article.txt'), 'utf8');
  const cli = analyze(text);
  for (const claim of cli.claims) {
    const quote = squash(text.slice(claim.start, claim.end));
    // (The text file's first line, a date, runs into the headline there; in the page it is apart.)
    const inPage = analysis.claims.find((c) => squash(c.text) === quote || quote.endsWith(squash(c.text)));
    expect(inPage, quote).toBeDefined();
    expect({ source: inPage!.source, cue: inPage!.cue }, quote).toEqual({ source: claim.source, cue: claim.cue });
  }
  for (const person of cli.people.filter((p) => p.official)) {
    expect(analysis.people.find((p) => p.name === person.name)?.role, person.name).toBe(person.role);
  }
  // One engine call over the whole article; no block was analysed alone.
  expect(analysis.diagnostics).toMatchObject({ wholePasses: 1, blocksAnalysedAlone: 0 });
});
