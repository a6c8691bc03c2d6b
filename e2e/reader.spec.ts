// What a reader does first, in every browser: the seed article's officials and claims are drawn;
// a passage is selected and noted, and the note is back on it after a reload; the popup
// shows this page and all notes; notes are exported and imported back; a site switched off in the
// options is left alone. Nothing the extension does logs an error along the way.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './any-browser';
import {
  cardTextAt,
  clickUiButton,
  dragSelect,
  highlightTexts,
  noteEditorFocused,
  pageAnalysisFrom,
  sendFromExtension,
  uiText,
  waitForAnchored,
  waitForBooted,
  waitForReady,
} from './page-helpers';
import { makeNote } from './popup-support';
import { clickByRole, textsByRole, typeInto } from './roles';
import type { Tab } from './tab';

const OFFICIALS = ['Nicholas Burns', 'Daniel Kritenbrink', 'Gina Raimondo', 'Antony Blinken', 'Wang Yi'];

const bodyText = (page: Tab) => page.evaluate(() => document.body.textContent?.replace(/\s+/g, ' ') ?? '');

async function saveNotes(extensionPage: Tab, notes: ReturnType<typeof makeNote>[]): Promise<void> {
  for (const annotation of notes) {
    expect(await sendFromExtension(extensionPage, { type: 'annotation.save', payload: { annotation } })).toMatchObject({ ok: true });
  }
}

test.afterEach(({ extensionLog }) => {
  // The content script and the extension pages only write to the console when something failed
  // (in Firefox, notes once failed to load on every page and said so only there).
  expect(extensionLog).toEqual([]);
});

test('the seed article: every mention of its five officials and its claims are drawn; a card tells the role', async ({ openArticle }) => {
  const page = await openArticle('demo');
  await waitForReady(page);
  await waitForAnchored(page);
  const articleText = await page.evaluate(() => document.querySelector('article')?.textContent ?? '');
  await expect.poll(() => highlightTexts(page, 'newsmark-official').then((t) => t.length)).toBeGreaterThanOrEqual(OFFICIALS.length);
  const officials = await highlightTexts(page, 'newsmark-official');
  for (const name of OFFICIALS) {
    const surname = name.split(' ').at(-1)!;
    const mentions = articleText.split(surname).length - 1;
    expect(
      officials.filter((text) => name.endsWith(text) && text.endsWith(surname)),
      name,
    ).toHaveLength(mentions);
  }
  // The claims worth checking are drawn (every claim with the "all claims" switch: factcheck.spec.ts).
  const claims = await highlightTexts(page, 'newsmark-claim');
  expect(claims.length).toBeGreaterThanOrEqual(3);
  expect(claims.some((claim) => claim.includes('aurait compromis'))).toBe(true);

  await expect.poll(() => cardTextAt(page, 'Nicholas Burns')).toContain('ambassadeur américain en Chine');
});

test('select a passage, add a note, reload: the note is found and shown again', async ({ openArticle, openPopup, driver }) => {
  // The extension page the test asks the tab through (page scripts cannot reach the content script).
  const popup = await openPopup();
  // Reached from a newsletter link: the note is filed under the address without utm_source.
  const page = await openArticle('demo', { params: { utm_source: 'newsletter' } });
  const notesOnPage = () => pageAnalysisFrom(popup, page.url()).then((analysis) => analysis.notes.map((note) => note.status));
  await waitForReady(page);
  await waitForAnchored(page);
  expect(await notesOnPage()).toEqual([]);
  const selected = (await dragSelect(page, 'confiance modérée')).trim();
  expect(selected).toContain('confiance modérée');
  await expect.poll(() => uiText(page)).not.toBe('');
  await clickUiButton(page, 'Note');
  await expect.poll(() => noteEditorFocused(page)).toBe(true);
  await page.keyboard.type('Vérifier la source du blog');
  await page.keyboard.press('Control+Enter');
  await expect.poll(notesOnPage).toEqual(['anchored']);

  await page.reload();
  await waitForAnchored(page);
  await expect.poll(notesOnPage).toEqual(['anchored']);
  // The note's card opens on its passage: it is drawn there again. After the notes are anchored
  // the page may still be re-reading the article, so the pointer comes onto the passage again at
  // each look, as a reader's would.
  await expect.poll(() => cardTextAt(page, 'confiance modérée'), { timeout: 20_000 }).toContain('Vérifier la source du blog');

  const filed = (await sendFromExtension(popup, { type: 'annotation.forPage', payload: { source: driver.urlOf('demo') } })) as {
    value: { annotations: { body: string; target: { url: string; selector: { exact?: string }[] } }[] };
  };
  expect(filed.value.annotations.map((note) => note.body)).toEqual(['Vérifier la source du blog']);
  expect(filed.value.annotations[0]!.target.selector[0]!.exact).toBe(selected);
  expect(filed.value.annotations[0]!.target.url).toContain('utm_source=newsletter');
});

test('a note being typed is kept when the background stops under the note box', async ({ openArticle, openPopup, driver }) => {
  // The note box's link to the page goes through the background, which the browser may stop.
  test.skip(!driver.stopBackground, 'BiDi cannot stop Firefox’s event page (Firefox keeps it running while the note box is linked)');
  const popup = await openPopup();
  const page = await openArticle('demo');
  await waitForAnchored(page);
  await dragSelect(page, 'confiance modérée');
  await expect.poll(() => uiText(page)).not.toBe('');
  await clickUiButton(page, 'Note');
  await expect.poll(() => noteEditorFocused(page)).toBe(true);
  await page.keyboard.type('Avant l’arrêt, ');
  await driver.stopBackground!();
  await page.keyboard.type('après');
  await page.keyboard.press('Control+Enter');
  const bodies = async () => {
    const reply = (await sendFromExtension(popup, { type: 'annotation.forPage', payload: { source: driver.urlOf('demo') } })) as {
      value: { annotations: { body: string }[] };
    };
    return reply.value.annotations.map((note) => note.body);
  };
  await expect.poll(bodies).toEqual(['Avant l’arrêt, après']);
  expect(await uiText(page)).not.toContain('note box');
});

test('the popup shows this page’s officials, and all notes found by a word', async ({ openArticle, openPopup, driver }) => {
  await waitForAnchored(await openArticle('demo'));
  const popup = await openPopup();
  const officials = () => textsByRole(popup, { role: 'listitem', within: { role: 'region', name: /^Officials/ } });
  await expect.poll(() => officials().then((items) => items.length)).toBe(OFFICIALS.length);
  for (const name of OFFICIALS) expect((await officials()).filter((item) => item.includes(name))).toHaveLength(1);

  await saveNotes(popup, [
    makeNote({ source: driver.urlOf('demo'), title: 'La cyberattaque', exact: 'le secrétaire d’État adjoint', body: 'Vérifier le titre' }),
    makeNote({
      source: driver.urlOf('lemonde-1'),
      title: 'Loi sur le renseignement',
      exact: 'adopté à une large majorité (438 contre 86 et 42 abstentions)',
      body: 'Chiffres à recouper',
    }),
  ]);
  await clickByRole(popup, { role: 'tab', name: /^All notes/ });
  const notes = () => textsByRole(popup, { role: 'article', within: { role: 'list', name: /Notes/ } });
  await expect.poll(() => notes().then((items) => items.length)).toBe(2);
  await typeInto(popup, { role: 'searchbox', name: 'Search notes' }, 'recouper');
  await expect.poll(notes).toEqual([expect.stringContaining('438 contre 86')]);
  // A word of a quote, typed without its accents.
  await typeInto(popup, { role: 'searchbox', name: 'Search notes' }, 'secretaire etat');
  await expect.poll(notes).toEqual([expect.stringContaining('le secrétaire d’État adjoint')]);
});

test('notes exported from the options page come back when the file is imported', async ({ openOptions, driver }) => {
  const options = await openOptions();
  const notes = [
    makeNote({ source: 'https://www.lemonde.fr/a.html', title: 'Un article', exact: 'deux douzaines', body: 'Vérifier ce chiffre' }),
    makeNote({ source: 'https://www.bbc.com/news/x', title: 'A story', exact: 'the minister said', body: 'Who else said it?' }),
  ];
  await saveNotes(options, notes);
  await expect.poll(() => bodyText(options)).toContain('2 notes are kept on this device.');

  const exported = await driver.download(options, () => clickByRole(options, { role: 'button', name: /JSON-LD/ }));
  expect(exported.filename).toMatch(/^newsmark-notes-\d{4}-\d\d-\d\d\.jsonld$/);
  expect(exported.text).toContain('Who else said it?');

  await clickByRole(options, { role: 'button', name: 'Delete everything…' });
  await clickByRole(options, { role: 'button', name: /^Delete everything$/, within: { role: 'dialog', name: 'Delete all your notes?' } });
  await expect.poll(() => bodyText(options)).toContain('0 notes are kept on this device.');

  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsmark-import-')), exported.filename);
  writeFileSync(file, exported.text);
  await driver.setInputFiles(options, 'input[type=file]', file);
  await expect.poll(() => bodyText(options)).toContain('Imported: 2 new');
  await expect.poll(() => bodyText(options)).toContain('2 notes are kept on this device.');
  const back = (await sendFromExtension(options, { type: 'annotation.get', payload: { id: notes[0]!.id } })) as {
    value: { annotation: { body: string } | null };
  };
  expect(back.value.annotation?.body).toBe('Vérifier ce chiffre');
});

test('a site switched off in the options is left alone, and drawn again once back on', async ({ openArticle, openOptions, driver }) => {
  const options = await openOptions();
  const url = driver.urlOf('demo');
  const site = new URL(url).hostname.replace(/^www\./, '');
  await typeInto(options, { role: 'textbox', name: 'Switch off a site' }, url);
  await options.keyboard.press('Enter');
  await expect.poll(() => textsByRole(options, { role: 'listitem' })).toContainEqual(expect.stringContaining(site));

  const page = await openArticle('demo');
  // Nothing is drawn here, so no mark says when to ask: the content script is asked once it has
  // booted (it runs at document_idle, in Firefox often after the load event the navigation waits for).
  await waitForBooted(page);
  // The content script has read the settings and says it is off here: only then is "nothing drawn" a result.
  await expect.poll(() => pageAnalysisFrom(options, url).then((analysis) => analysis.enabled)).toBe(false);
  expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('newsmark-')))).toEqual([]);

  await clickByRole(options, { role: 'button', name: `Turn on for ${site}` });
  // Back on: drawn without a reload.
  await expect.poll(() => highlightTexts(page, 'newsmark-official').then((t) => t.length)).toBeGreaterThanOrEqual(OFFICIALS.length);
});
