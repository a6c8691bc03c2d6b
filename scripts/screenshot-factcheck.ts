// Makes the README's fact-checking screenshots (docs/factcheck-*.png) with the built extension:
// the demo article with a verdict on a claim and that claim's card open, and the popup's
// "This page" with the claims worth checking. `npm run build` first.
import path from 'node:path';
import { launchWithExtension } from '../e2e/launch';
import { pageNamed } from '../e2e/pages';

const DOCS = path.join(import.meta.dirname, '..', 'docs');
const CLAIM_WORDS = 'reste inconnu';

const launched = await launchWithExtension();
try {
  const { context, extensionId } = launched;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  const demo = pageNamed('demo');
  await page.goto(demo.url);
  await page.waitForFunction(() => performance.getEntriesByName('newsmark:anchored', 'measure').length > 0, undefined, { timeout: 30_000 });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 720 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  // Rate a claim as the popup's form does (page.assess to the article's tab).
  const index = await popup.evaluate(async (words) => {
    for (const tab of await chrome.tabs.query({})) {
      const reply = await chrome.tabs.sendMessage(tab.id!, { type: 'page.getAnalysis', payload: {} }).catch(() => null);
      if (!reply?.ok) continue;
      const at = reply.value.claims.findIndex((claim: { text: string }) => claim.text.includes(words));
      await chrome.tabs.sendMessage(tab.id!, {
        type: 'page.assess',
        payload: {
          index: at,
          verdict: 'misleading',
          body: 'The Journal gives no figure; Microsoft said 25 organisations.',
          evidence: ['https://example.org/report'],
        },
      });
      return at;
    }
    return -1;
  }, CLAIM_WORDS);
  if (index < 0) throw new Error('The claim to rate was not found');
  await popup.reload();
  await popup.getByRole('switch', { name: /^All claims/ }).waitFor();
  await popup.getByText('Misleading').first().waitFor();
  await popup.evaluate(() => document.getElementById('claims-heading')?.scrollIntoView());
  await popup.screenshot({ path: path.join(DOCS, 'factcheck-popup.png') });

  // The article, the rated claim's card open.
  await page.bringToFront();
  const box = await page.evaluate((words) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, CLAIM_WORDS);
  if (!box) throw new Error('The claim is not on the page');
  await page.mouse.move(box.x, box.y);
  await page.waitForTimeout(600); // the card opens after the hover delay; a screenshot, not a test
  await page.screenshot({ path: path.join(DOCS, 'factcheck-card.png') });
  console.log('docs/factcheck-popup.png, docs/factcheck-card.png');
} finally {
  await launched.close();
}
