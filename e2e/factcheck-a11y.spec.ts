// axe-core on what fact-checking adds to the popup (the claims worth checking with their switch
// and legend, a verdict form, a page note form, the People view) and to the options page (the
// all-claims switch, a colour per kind), in light and dark: no violation of any impact.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Every violation, whatever its impact, as "rule (impact): help (selectors)". */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the popup’s fact-checking views have no axe violation, and are reached with the keyboard', async ({ openArticle, openPopup }) => {
      await openArticle('demo');
      const popup = await openPopup();
      await expect(popup.getByRole('switch', { name: /^All claims/ })).toBeVisible({ timeout: 15_000 });
      expect(await violations(popup)).toEqual([]);
      // Keyboard: the first claim's verdict button, the form, then Escape back.
      const assess = popup.getByRole('button', { name: /^Give a verdict: “/ }).first();
      await assess.focus();
      await popup.keyboard.press('Enter');
      await expect(popup.getByRole('combobox', { name: 'Verdict' })).toBeFocused();
      expect(await violations(popup)).toEqual([]);
      await popup.keyboard.press('Escape');
      await popup.getByRole('button', { name: 'Add a note on the whole page' }).click();
      await expect(popup.getByRole('textbox', { name: 'Note on the whole page' })).toBeFocused();
      expect(await violations(popup)).toEqual([]);
      await popup.getByRole('tab', { name: /^All notes/ }).click();
      await popup.getByRole('button', { name: 'People' }).click();
      await expect(popup.getByText(/No officials yet|Officials in/).first()).toBeVisible();
      expect(await violations(popup)).toEqual([]);
    });

    test('the options page’s claim settings have no axe violation', async ({ openOptions }) => {
      const options = await openOptions();
      await expect(options.getByRole('checkbox', { name: /^All claims/ })).toBeVisible();
      expect(await violations(options)).toEqual([]);
    });
  });
}
