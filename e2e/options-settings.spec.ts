// The options page: highlight kinds and colours, the sites where Newsmark is off, and the data
// section (export everything, import, delete everything after a confirmation).
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { makeNote, saveNotes } from './popup-support';

type Stored = {
  settings?: { show?: Record<string, boolean>; colors?: Record<string, string>; disabledSites?: string[]; defaultNoteColor?: string };
};
const storedSettings = (page: import('@playwright/test').Page) =>
  page.evaluate(async () => ((await chrome.storage.sync.get('settings')) as Stored).settings);

test('kinds, colours and the default note colour are saved as the reader changes them', async ({ openOptions, pageErrors }) => {
  const options = await openOptions();
  const people = options.getByRole('checkbox', { name: /People who hold no office/ });
  await expect(people).toBeChecked();
  await people.uncheck();
  await expect.poll(async () => (await storedSettings(options))?.show?.people).toBe(false);
  await options.getByLabel('Colour of claims of the kind Attributed').fill('#336699');
  await expect.poll(async () => (await storedSettings(options))?.colors?.claim).toBe('#336699');
  // Every kind takes the reader's colour, not only attributed claims.
  await options.getByLabel('Colour of claims of the kind Figure').fill('#993366');
  await expect.poll(async () => (await storedSettings(options))?.colors?.statistic).toBe('#993366');
  await options.getByRole('radio', { name: 'Green' }).check();
  await expect.poll(async () => (await storedSettings(options))?.defaultNoteColor).toBe('green');
  await options.reload();
  await expect(options.getByRole('checkbox', { name: /People who hold no office/ })).not.toBeChecked();
  expect(pageErrors).toEqual([]);
});

test('sites can be switched off by address and back on', async ({ openOptions }) => {
  const options = await openOptions();
  const field = options.getByRole('textbox', { name: 'Switch off a site' });
  await field.fill('not a site');
  await options.getByRole('button', { name: 'Turn off' }).click();
  await expect(options.getByRole('alert')).toBeVisible();
  await field.fill('https://www.lemonde.fr/politique/article.html');
  await field.press('Enter');
  await expect(options.getByRole('listitem').filter({ hasText: 'lemonde.fr' })).toBeVisible();
  await expect.poll(async () => (await storedSettings(options))?.disabledSites).toEqual(['lemonde.fr']);
  await options.getByRole('button', { name: 'Turn on for lemonde.fr' }).click();
  await expect.poll(async () => (await storedSettings(options))?.disabledSites).toEqual([]);
  await expect(options.getByText('Newsmark is on everywhere.')).toBeVisible();
});

test('export everything, import it back, and delete everything only after confirming', async ({ openOptions }) => {
  const options = await openOptions();
  const notes = [
    makeNote({ source: 'https://www.lemonde.fr/a.html', title: 'Un article', exact: 'deux douzaines', body: 'Vérifier ce chiffre' }),
    makeNote({ source: 'https://www.bbc.com/news/x', title: 'A story', exact: 'the minister said', body: 'Who else said it?' }),
  ];
  await saveNotes(options, notes);
  await expect(options.getByText('2 notes are kept on this device.')).toBeVisible();

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: /JSON-LD/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^newsmark-notes-\d{4}-\d\d-\d\d\.jsonld$/);
  const file = await download.path();
  const exported = readFileSync(file, 'utf8');
  expect(exported).toContain('Vérifier ce chiffre');
  expect(exported).toContain('Who else said it?');

  // Cancelling the confirmation keeps everything.
  await options.getByRole('button', { name: 'Delete everything…' }).click();
  const dialog = options.getByRole('dialog', { name: 'Delete all your notes?' });
  await expect(dialog).toContainText('2 notes will be deleted');
  await dialog.getByRole('button', { name: 'Keep my notes' }).click();
  await expect(dialog).toBeHidden();
  await expect(options.getByText('2 notes are kept on this device.')).toBeVisible();

  await options.getByRole('button', { name: 'Delete everything…' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(options.getByRole('status')).toHaveText('2 notes deleted.');
  await expect(options.getByText('0 notes are kept on this device.')).toBeVisible();

  // The export brings them back.
  await options.getByLabel('Import a file…').setInputFiles(file);
  await expect(options.getByRole('status')).toContainText('Imported: 2 new');
  await expect(options.getByText('2 notes are kept on this device.')).toBeVisible();
});
