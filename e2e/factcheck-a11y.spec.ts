import { axeViolations } from './axe';
import { expect, test } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the popup’s fact-checking views have no axe violation, and are reached with the keyboard', async ({ openArticle, openPopup }) => {
      await openArticle('demo');
      const popup = await openPopup();
      await expect(popup.getByRole('switch', { name: /^All claims/ })).toBeVisible({ timeout: 15_000 });
      expect(await axeViolations(popup)).toEqual([]);
      // Keyboard: the first claim's verdict button, the form, then Escape back.
      const assess = popup.getByRole('button', { name: /^Give a verdict: “/ }).first();
      await assess.focus();
      await popup.keyboard.press('Enter');
      await expect(popup.getByRole('combobox', { name: 'Verdict' })).toBeFocused();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.keyboard.press('Escape');
      await popup.getByRole('button', { name: 'Add a note on the whole page' }).click();
      await expect(popup.getByRole('textbox', { name: 'Note on the whole page' })).toBeFocused();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.getByRole('tab', { name: /^All notes/ }).click();
      await popup.getByRole('button', { name: 'People' }).click();
      await expect(popup.getByText(/No officials yet|Officials in/).first()).toBeVisible();
      expect(await axeViolations(popup)).toEqual([]);
    });

    test('the options page’s claim settings have no axe violation', async ({ openOptions }) => {
      const options = await openOptions();
      await expect(options.getByRole('checkbox', { name: /^All claims/ })).toBeVisible();
      expect(await axeViolations(options)).toEqual([]);
    });
  });
}
