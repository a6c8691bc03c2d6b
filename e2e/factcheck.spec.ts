// Fact-checking on the seed article, in every browser: only the claims worth checking are drawn
// and listed until the reader asks for all; a verdict given on a claim's card survives a reload,
// shows in the popup and exports as ClaimReview; the People view lists the article's Secretary of
// State (found from the engine's own output) with the claims he made; a note on the whole page
// goes out and back through export and import; a note deleted from its card can be put back.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { personOfSource, worthChecking } from '../src/analysis/worth-checking';
import { expect, test } from './any-browser';
import {
  cardTextAt,
  clickUiButton,
  drawnMarksFrom,
  highlightTexts,
  inNoteFrame,
  pageAnalysisFrom,
  sendFromExtension,
  uiText,
  waitForAnchored,
  waitForReady,
} from './page-helpers';
import { clickByRole, isChecked, textsByRole, typeInto } from './roles';
import type { Tab } from './tab';

/** Words of a claim worth checking on the seed (a figure, hedged), with no name in them. */
const CLAIM_WORDS = 'reste inconnu';

const claimItems = (popup: Tab) => textsByRole(popup, { role: 'listitem', within: { role: 'region', name: /^(Claims|All claims)/ } });

async function notesOf(extensionPage: Tab, source: string) {
  const reply = (await sendFromExtension(extensionPage, { type: 'annotation.forPage', payload: { source } })) as {
    value: {
      annotations: Array<{
        id: string;
        body: string;
        motivation: string;
        target: { selector?: unknown };
        assessment?: { verdict: string };
      }>;
    };
  };
  return reply.value.annotations;
}

test.afterEach(({ extensionLog }) => {
  expect(extensionLog).toEqual([]);
});

test('the seed: the claims worth checking by default, every claim with the switch', async ({ openArticle, openPopup, driver }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  await waitForAnchored(page);
  const popup = await openPopup();
  const analysis = await pageAnalysisFrom(popup, driver.urlOf('demo'));
  const ranked = worthChecking(analysis);
  expect(ranked.length).toBeGreaterThan(0);
  expect(ranked.length).toBeLessThan(analysis.claims.length / 2);
  // The popup lists the ranked claims, each once.
  await expect.poll(() => claimItems(popup).then((items) => items.length)).toBe(ranked.length);
  for (const index of ranked)
    expect((await claimItems(popup)).some((item) => item.includes(analysis.claims[index]!.text.slice(0, 40)))).toBe(true);
  // The page draws those and no other.
  const drawn = (await highlightTexts(page, 'newsmark-claim')).join(' ');
  for (const [index, claim] of analysis.claims.entries()) {
    expect(drawn.includes(claim.text.slice(0, 30).trim()), claim.text).toBe(ranked.includes(index));
  }

  await clickByRole(popup, { role: 'switch', name: /^All claims/ });
  await expect.poll(() => isChecked(popup, { role: 'switch', name: /^All claims/ })).toBe(true);
  await expect.poll(() => claimItems(popup).then((items) => items.length)).toBe(analysis.claims.length);
  await expect
    .poll(async () => {
      const all = (await highlightTexts(page, 'newsmark-claim')).join(' ');
      return analysis.claims.every((claim) => all.includes(claim.text.slice(0, 30).trim()));
    })
    .toBe(true);
});

test('a verdict on a claim: made on its card, back after a reload, in the popup, exported as ClaimReview', async ({
  openArticle,
  openPopup,
  driver,
}) => {
  const source = driver.urlOf('demo');
  const page = await openArticle('demo');
  await waitForAnchored(page);
  await expect.poll(() => cardTextAt(page, CLAIM_WORDS), { timeout: 20_000 }).toContain('Verdict');
  await clickUiButton(page, 'Verdict');
  // The verdict is typed in the note frame: rating from the radio group, a one-line note, a link.
  await expect.poll(() => inNoteFrame(page, () => document.activeElement?.tagName ?? '')).toBe('INPUT');
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Le Journal ne cite aucun chiffre');
  await page.keyboard.press('Tab');
  await page.keyboard.type('https://evidence.example/report');
  await page.keyboard.press('Control+Enter');

  const popup = await openPopup();
  const verdicts = async () => (await notesOf(popup, source)).filter((note) => note.motivation === 'assessing');
  await expect
    .poll(() => verdicts().then((list) => list.map((note) => [note.assessment?.verdict, note.body])))
    .toEqual([['false', 'Le Journal ne cite aucun chiffre']]);
  const verdictMarks = async () =>
    (await drawnMarksFrom(popup, page.url())).filter((mark) => mark.verdict === 'false' && mark.boxes > 0).map((mark) => mark.text);
  await expect.poll(verdictMarks).toEqual([expect.stringContaining(CLAIM_WORDS)]);
  // Nothing of the verdict reaches the page's highlights.
  expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((name) => !name.startsWith('newsmark-')))).toEqual([]);

  await page.reload();
  await waitForAnchored(page);
  await expect.poll(verdictMarks).toEqual([expect.stringContaining(CLAIM_WORDS)]);
  const analysis = await pageAnalysisFrom(popup, page.url());
  const rated = analysis.claims.find((claim) => claim.text.includes(CLAIM_WORDS))!;
  expect(rated.verdictId).toBe((await verdicts())[0]!.id);

  // A popup opened now shows the verdict beside the claim.
  const again = await openPopup();
  await expect.poll(() => claimItems(again)).toContainEqual(expect.stringMatching(new RegExp(`${CLAIM_WORDS}[\\s\\S]*False`)));

  await clickByRole(again, { role: 'tab', name: /^All notes/ });
  await clickByRole(again, { role: 'button', name: 'Export & import' });
  const exported = await driver.download(again, () => clickByRole(again, { role: 'button', name: /ClaimReview/ }));
  expect(exported.filename).toMatch(/^newsmark-claimreview-\d{4}-\d\d-\d\d\.jsonld$/);
  const file = JSON.parse(exported.text);
  expect(file['@context']).toBe('https://schema.org');
  expect(file['@graph']).toEqual([
    expect.objectContaining({
      '@type': 'ClaimReview',
      claimReviewed: expect.stringContaining(CLAIM_WORDS),
      reviewRating: expect.objectContaining({ '@type': 'Rating', alternateName: 'False', ratingValue: 1 }),
      itemReviewed: expect.objectContaining({
        '@type': 'Claim',
        appearance: expect.objectContaining({ url: expect.stringContaining('http') }),
      }),
      citation: [{ '@type': 'CreativeWork', url: 'https://evidence.example/report' }],
    }),
  ]);
});

test('People: the seed’s Secretary of State with the claims he made, once the article has a note', async ({
  openArticle,
  openPopup,
  driver,
}) => {
  const page = await openArticle('demo');
  await waitForAnchored(page);
  const popup = await openPopup();
  const analysis = await pageAnalysisFrom(popup, driver.urlOf('demo'));
  // Found from the engine's output: the official whose role is Secretary of State (not a deputy).
  const secretary = analysis.people.find((person) => person.official && /^secrétaire d.État$/i.test(person.role ?? ''));
  expect(secretary, JSON.stringify(analysis.people.map((p) => [p.name, p.role]))).toBeDefined();
  const hisClaims = analysis.claims.filter((claim) => personOfSource(claim.source, analysis.people) === secretary);
  // "le plus haut diplomate américain a déclaré…": the office described is his (the engine's roleDescriptions).
  expect(hisClaims.length).toBeGreaterThan(0);

  // A page note gives the article a note: it is remembered.
  await clickByRole(popup, { role: 'button', name: 'Add a note on the whole page' });
  await typeInto(popup, { role: 'textbox', name: 'Note on the whole page' }, 'À recouper avec le communiqué');
  await clickByRole(popup, { role: 'button', name: 'Save' });
  await clickByRole(popup, { role: 'tab', name: /^All notes/ });
  await clickByRole(popup, { role: 'button', name: 'People' });
  const people = () => textsByRole(popup, { role: 'listitem', within: { role: 'list', name: /^Officials in the articles/ } });
  await expect.poll(people).toContainEqual(expect.stringContaining(secretary!.name));
  const entry = (await people()).find((item) => item.startsWith(secretary!.name))!;
  expect(entry).toContain('secrétaire d’État');
  expect(entry).toContain(hisClaims.length === 1 ? '1 claim' : `${hisClaims.length} claims`);
  for (const claim of hisClaims) expect(entry).toContain(claim.text.trim().slice(0, 40));
});

test('a note on the whole page goes out and back through export and import', async ({ openArticle, openPopup, openOptions, driver }) => {
  const source = driver.urlOf('demo');
  await waitForAnchored(await openArticle('demo'));
  const popup = await openPopup();
  await clickByRole(popup, { role: 'button', name: 'Add a note on the whole page' });
  await typeInto(popup, { role: 'textbox', name: 'Note on the whole page' }, 'Article sans date de mise à jour');
  await typeInto(popup, { role: 'textbox', name: 'Tags' }, 'méthode, date');
  await clickByRole(popup, { role: 'button', name: 'Save' });
  await expect.poll(() => notesOf(popup, source).then((notes) => notes.map((n) => n.body))).toEqual(['Article sans date de mise à jour']);
  const [note] = await notesOf(popup, source);
  expect(note!.target.selector).toBeUndefined();

  const options = await openOptions();
  const exported = await driver.download(options, () => clickByRole(options, { role: 'button', name: /JSON-LD/ }));
  const item = JSON.parse(exported.text).first.items[0];
  expect(item.target.selector).toBeUndefined();
  expect(await sendFromExtension(options, { type: 'annotation.delete', payload: { id: note!.id } })).toMatchObject({ ok: true });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsmark-page-note-')), exported.filename);
  writeFileSync(file, exported.text);
  await driver.setInputFiles(options, 'input[type=file]', file);
  await expect.poll(() => notesOf(options, source)).toEqual([note]);
});

test('a note deleted from its card in the page can be put back', async ({ openArticle, openPopup, driver }) => {
  const source = driver.urlOf('demo');
  const page = await openArticle('demo');
  await waitForAnchored(page);
  await expect.poll(() => cardTextAt(page, CLAIM_WORDS), { timeout: 20_000 }).toContain('Save');
  await clickUiButton(page, 'Save');
  const popup = await openPopup();
  await expect.poll(() => notesOf(popup, source).then((notes) => notes.length)).toBe(1);
  const [saved] = await notesOf(popup, source);

  // The note's card: delete, then undo.
  await expect.poll(() => cardTextAt(page, CLAIM_WORDS), { timeout: 20_000 }).toContain('Delete');
  await clickUiButton(page, 'Delete');
  await expect.poll(() => notesOf(popup, source)).toEqual([]);
  await expect.poll(() => uiText(page)).toContain('Note deleted');
  await clickUiButton(page, 'Undo');
  await expect.poll(() => notesOf(popup, source)).toEqual([saved]);
  await expect
    .poll(() => drawnMarksFrom(popup, page.url()).then((marks) => marks.filter((m) => m.kind === 'note' && m.boxes > 0).length))
    .toBe(1);
});
