// With Chromium in French (--lang=fr), the popup and the options page are entirely French: no
// English string of ours is left anywhere visible or in an accessible label, and dates follow Intl.
import { expect, test } from './fixtures';
import { englishLeftIn, makeNote, saveNotes } from './popup-support';

test.use({ uiLanguage: 'fr' });

const NOTES = [
  makeNote({
    source: 'https://www.lemonde.fr/a.html',
    title: 'Un article',
    exact: 'plus de deux douzaines d’organisations',
    body: 'Vérifier ce chiffre',
    tags: ['chiffres'],
    created: '2024-03-05T10:00:00.000Z',
  }),
];

test('browser.i18n really is French in this browser', async ({ openPopup }) => {
  const popup = await openPopup();
  expect(await popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^fr/);
  await expect(popup.locator('html')).toHaveAttribute('lang', /^fr/);
});

test('the popup is in French, with no English string left', async ({ openArticle, openPopup }) => {
  await openArticle('demo');
  const popup = await openPopup();
  await saveNotes(popup, NOTES);
  await popup.reload();
  await expect(popup.getByRole('tab', { name: 'Cette page' })).toBeVisible();
  // "This page" has settled (its analysis, or the notice that the page cannot be read).
  await expect(popup.getByText('Chargement…')).toHaveCount(0, { timeout: 15_000 });
  expect(await englishLeftIn(popup)).toEqual([]);

  await popup.getByRole('tab', { name: /^Toutes les notes/ }).click();
  await expect(popup.getByRole('searchbox', { name: 'Rechercher dans les notes' })).toBeVisible();
  // Dates through Intl in French.
  await expect(popup.getByRole('article')).toContainText('5 mars 2024');
  await popup.getByRole('button', { name: 'Filtres' }).click();
  expect(await englishLeftIn(popup)).toEqual([]);
  await popup.getByRole('button', { name: 'Export et import' }).click();
  expect(await englishLeftIn(popup)).toEqual([]);
  await popup.keyboard.press('Escape');
  await popup.getByRole('article').getByRole('button', { name: 'Modifier' }).click();
  await expect(popup.getByRole('textbox', { name: 'Note' })).toBeFocused();
  expect(await englishLeftIn(popup)).toEqual([]);
  await popup.keyboard.press('Escape');
  await popup.getByRole('article').getByRole('button', { name: 'Supprimer' }).click();
  await expect(popup.getByText('Note supprimée.')).toBeVisible();
  expect(await englishLeftIn(popup)).toEqual([]);
});

test('the options page is in French, with no English string left', async ({ openOptions }) => {
  const options = await openOptions();
  await saveNotes(options, NOTES);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Réglages de Newsmark');
  await expect(options.getByText('1 note est conservée sur cet appareil.')).toBeVisible();
  expect(await englishLeftIn(options)).toEqual([]);
  await options.getByRole('button', { name: 'Tout supprimer…' }).click();
  await expect(options.getByRole('dialog')).toBeVisible();
  expect(await englishLeftIn(options)).toEqual([]);
});
