// axe-core on the popup (both tabs, the filter and export panels, the note editor) and on the
// options page, in light and dark: no violation of any impact.

import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { makeNote, saveNotes } from './popup-support';

const NOTES = [
  makeNote({ source: 'https://www.lemonde.fr/a.html', title: 'Un article', exact: 'deux douzaines', body: 'Vérifier', tags: ['chiffres'] }),
  makeNote({ source: 'https://www.bbc.com/news/x', title: 'A story', exact: 'the minister said', body: '', color: 'purple' }),
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the popup has no axe violation', async ({ openArticle, openPopup }) => {
      await openArticle('demo');
      const popup = await openPopup();
      await saveNotes(popup, NOTES);
      await popup.reload();
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      await expect(popup.getByText(/^(Loading…)$/)).toHaveCount(0, { timeout: 15_000 });
      expect(await axeViolations(popup)).toEqual([]);

      await popup.getByRole('tab', { name: /^All notes/ }).click();
      await expect(popup.getByRole('article')).toHaveCount(2);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.getByRole('button', { name: 'Filters' }).click();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.getByRole('button', { name: 'Export & import' }).click();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.keyboard.press('Escape');
      await popup.getByRole('article').first().getByRole('button', { name: 'Edit' }).click();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.keyboard.press('Escape');
      await popup.getByRole('article').first().getByRole('button', { name: 'Delete' }).click();
      await expect(popup.getByText('Note deleted.')).toBeVisible();
      expect(await axeViolations(popup)).toEqual([]);
    });

    test('the options page has no axe violation', async ({ openOptions }) => {
      const options = await openOptions();
      await saveNotes(options, NOTES);
      await options.getByRole('textbox', { name: 'Switch off a site' }).fill('lemonde.fr');
      await options.getByRole('button', { name: 'Turn off' }).click();
      await expect(options.getByText('2 notes are kept on this device.')).toBeVisible();
      expect(await axeViolations(options)).toEqual([]);
      await options.getByRole('button', { name: 'Delete everything…' }).click();
      expect(await axeViolations(options)).toEqual([]);
    });
  });
}
