// "All notes": notes made on two pages are found by a word of a note and by a word of a quote
// typed without its accents; the whole review flow (search, edit, delete, undo) works by keyboard.
import { expect, pageNamed, test } from './fixtures';
import { englishLeftIn, makeNote, saveNotes } from './popup-support';

const demo = pageNamed('demo');
const lemonde = pageNamed('lemonde-1');
const NOTES = [
  makeNote({
    source: demo.url,
    title: 'La cyberattaque aurait compromis des centaines de milliers de courriels',
    exact: 'le secrétaire d’État adjoint pour l’Asie de l’Est',
    body: 'Vérifier le titre exact',
    tags: ['diplomatie'],
  }),
  makeNote({
    source: lemonde.url,
    title: 'Le projet de loi sur le renseignement massivement approuvé à l’Assemblée',
    exact: 'adopté à une large majorité (438 contre 86 et 42 abstentions)',
    body: 'Chiffres à recouper avec le scrutin officiel',
    color: 'blue',
  }),
];

async function notesTab(openPopup: () => Promise<import('@playwright/test').Page>) {
  const popup = await openPopup();
  await saveNotes(popup, NOTES);
  await popup.getByRole('tab', { name: /^All notes/ }).click();
  await expect(popup.getByRole('list', { name: /Notes/ }).getByRole('article')).toHaveCount(2);
  return popup;
}

test('notes on two pages are listed under their pages and found by search', async ({ openPopup, pageErrors }) => {
  const popup = await notesTab(openPopup);
  const list = popup.getByRole('list', { name: /Notes/ });
  await expect(list.getByRole('heading', { level: 2 })).toHaveText([NOTES[0]!.target.title, NOTES[1]!.target.title]);

  const search = popup.getByRole('searchbox', { name: 'Search notes' });
  // A word of a note.
  await search.fill('recouper');
  await expect(list.getByRole('article')).toHaveCount(1);
  await expect(list.getByRole('article')).toContainText('438 contre 86');
  // A word of a quote, typed without its accents.
  await search.fill('secretaire etat');
  await expect(list.getByRole('article')).toHaveCount(1);
  await expect(list.getByRole('article')).toContainText('le secrétaire d’État adjoint');
  await expect(popup.getByRole('status').first()).toHaveText('1 matching note');
  // Nothing matches: the list says so.
  await search.fill('introuvable');
  await expect(popup.getByText('No note matches.')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('search, edit a note, delete and undo, by keyboard alone', async ({ openPopup }) => {
  const popup = await notesTab(openPopup);
  await popup.reload();
  const keys = popup.keyboard;
  const stored = (id: string) =>
    popup.evaluate(
      async (noteId) => (await chrome.runtime.sendMessage({ type: 'annotation.get', payload: { id: noteId } })).value.annotation,
      id,
    );

  // The popup reopens on "All notes" with the search field focused; Shift+Tab goes back through
  // the Notes / People switch to the tabs, where the arrow keys switch views, and Tab returns
  // through the switch to the search field.
  await expect(popup.getByRole('searchbox')).toBeFocused();
  await keys.press('Shift+Tab');
  await expect(popup.getByRole('button', { name: 'People' })).toBeFocused();
  await keys.press('Shift+Tab');
  await expect(popup.getByRole('button', { name: 'Notes', exact: true })).toBeFocused();
  await keys.press('Shift+Tab');
  await expect(popup.getByRole('tab', { name: /^All notes/ })).toBeFocused();
  await keys.press('ArrowLeft');
  await expect(popup.getByRole('tab', { name: 'This page' })).toBeFocused();
  await expect(popup.getByRole('tab', { name: 'This page' })).toHaveAttribute('aria-selected', 'true');
  await keys.press('ArrowRight');
  await expect(popup.getByRole('tab', { name: /^All notes/ })).toHaveAttribute('aria-selected', 'true');
  for (let i = 0; i < 3; i++) await keys.press('Tab');
  await expect(popup.getByRole('searchbox')).toBeFocused();
  await keys.type('438 contre');
  const list = popup.getByRole('list', { name: /Notes/ });
  await expect(list.getByRole('article')).toHaveCount(1);

  // Down arrow to the note, Enter to edit, Ctrl+Enter to save.
  await keys.press('ArrowDown');
  await expect(popup.locator('.vlist-row:focus')).toContainText('438 contre 86');
  await keys.press('Enter');
  const text = popup.getByRole('textbox', { name: 'Note' });
  await expect(text).toBeFocused();
  await keys.press('ControlOrMeta+A');
  await keys.type('Recoupé avec le scrutin public');
  await keys.press('Tab');
  await keys.type(', vote');
  await keys.press('Control+Enter');
  await expect(list.getByRole('article')).toContainText('Recoupé avec le scrutin public');
  await expect(popup.locator('.vlist-row:focus')).toContainText('#vote');
  expect(await stored(NOTES[1]!.id)).toMatchObject({ body: 'Recoupé avec le scrutin public', tags: ['vote'] });

  // Delete key on the focused note, then Ctrl+Z to undo.
  await keys.press('Delete');
  await expect(popup.getByRole('status').filter({ hasText: 'Note deleted.' })).toBeVisible();
  await expect(list).toHaveCount(0);
  await expect.poll(() => stored(NOTES[1]!.id)).toBeNull();
  await keys.press('Control+z');
  await expect(list.getByRole('article')).toContainText('Recoupé avec le scrutin public');
  await expect.poll(() => stored(NOTES[1]!.id)).toMatchObject({ body: 'Recoupé avec le scrutin public' });
});

test('a note edited elsewhere shows up in an open popup', async ({ openPopup }) => {
  const popup = await notesTab(openPopup);
  const other = await openPopup();
  await other.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'annotation.update', payload: { id, patch: { body: 'Changé ailleurs' } } }),
    NOTES[0]!.id,
  );
  await expect(popup.getByRole('list', { name: /Notes/ })).toContainText('Changé ailleurs');
});

test('opening a note goes to the tab showing its page and scrolls to the note', async ({ context, openArticle, openPopup }) => {
  const article = await openArticle('demo');
  await article.setViewportSize({ width: 500, height: 200 });
  await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const scrolled = await article.evaluate(() => window.scrollY);
  const popup = await notesTab(openPopup);
  const pagesBefore = context.pages().length;
  await popup.getByRole('article').filter({ hasText: 'secrétaire d’État' }).getByRole('button', { name: 'Open' }).click();
  // The note is near the top of the article: the tab scrolls back up to it, and no tab is added.
  await expect.poll(() => article.evaluate(() => window.scrollY)).toBeLessThan(scrolled);
  expect(context.pages().length).toBe(pagesBefore);
});

test('filters narrow the list by colour and tag', async ({ openPopup }) => {
  const popup = await notesTab(openPopup);
  await popup.getByRole('button', { name: 'Filters' }).click();
  await popup.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Blue' });
  await expect(popup.getByRole('article')).toHaveCount(1);
  await expect(popup.getByRole('article')).toContainText('438 contre 86');
  await popup.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Any' });
  await popup.getByRole('combobox', { name: 'Tag' }).selectOption('diplomatie');
  await expect(popup.getByRole('article')).toHaveCount(1);
  await expect(popup.getByRole('article')).toContainText('secrétaire d’État');
  await popup.keyboard.press('Escape');
  await expect(popup.getByRole('button', { name: 'Filters (1)' })).toBeFocused();
});

test('the English-string detector used by the French spec does see English', async ({ openPopup }) => {
  const popup = await notesTab(openPopup);
  expect((await englishLeftIn(popup)).length).toBeGreaterThan(3);
});

test('with many notes the list reads a page at a time: scrolling reads on to the oldest, search finds any', async ({ openPopup }) => {
  const popup = await openPopup();
  const many = Array.from({ length: 260 }, (_, i) =>
    makeNote({
      source: `https://www.example-news.fr/article/${Math.floor(i / 4)}.html`,
      title: `Article ${Math.floor(i / 4)}`,
      exact: `passage numéro ${i} du dossier`,
      body: i === 259 ? 'la plus ancienne' : '',
      created: new Date(Date.UTC(2024, 0, 1) + (260 - i) * 60_000).toISOString(),
    }),
  );
  await saveNotes(popup, many);
  await popup.getByRole('tab', { name: /^All notes/ }).click();
  await expect(popup.getByRole('status').first()).toHaveText('260 notes');
  const list = popup.locator('#notes-list');
  const oldest = popup.getByRole('article').filter({ hasText: 'passage numéro 259 du dossier' });
  // The first page holds 50 notes: the oldest is not among them until the reader scrolls down.
  await expect(popup.getByRole('article').first()).toContainText('passage numéro 0 du dossier');
  await expect(oldest).toHaveCount(0);
  // Each scroll to the end asks for one more page: six are needed, each read as the reader gets there.
  await expect
    .poll(
      async () => {
        await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
        return oldest.count();
      },
      { timeout: 60_000 },
    )
    .toBe(1);
  await popup.getByRole('searchbox').fill('plus ancienne');
  await expect(popup.getByRole('article')).toHaveCount(1);
  await expect(popup.getByRole('status').first()).toHaveText('1 matching note');
});
