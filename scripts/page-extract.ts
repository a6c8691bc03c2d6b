// Developer check of the content script's article finder: opens each test page in Chromium (no
// extension, scripts off), runs src/page/article.ts + text-model.ts in it, and compares the words
// found with the page's Readability text (../shared/pages/NAME.txt). Usage: tsx scripts/page-extract.ts [name…] [--dump]
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { ALL_PAGES } from '../e2e/pages';
// @ts-expect-error: plain JS module shared with the e2e fixture
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const dump = args.includes('--dump');
const names = args.filter((a) => !a.startsWith('--'));
const pages = ALL_PAGES.filter((p) => names.length === 0 || names.includes(p.name));

const bundle = await build({
  stdin: {
    contents: `import { findArticle, isProbablyArticle } from './src/page/article';
      import { TextModel } from './src/page/text-model';
      globalThis.__extract = () => { for (let i = 0; i < 3; i++) { const g = findArticle(document); g && TextModel.build(g.root); } const t0 = performance.now(); const guess = findArticle(document);
        const t1 = performance.now(); const model = guess ? TextModel.build(guess.root) : null; const t2 = performance.now();
        return { root: guess ? guess.root.tagName + '.' + (guess.root.getAttribute('class') ?? '').slice(0, 50) : null,
          article: isProbablyArticle(guess), text: model?.text ?? '', blocks: model?.blocks.length ?? 0,
          findMs: t1 - t0, buildMs: t2 - t1 }; };`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'iife',
});
const script = bundle.outputFiles[0]!.text;

const words = (s: string) => s.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
function overlap(found: string, gold: string) {
  const goldCounts = new Map<string, number>();
  for (const w of words(gold)) goldCounts.set(w, (goldCounts.get(w) ?? 0) + 1);
  const foundWords = words(found);
  let hit = 0;
  for (const w of foundWords) {
    const n = goldCounts.get(w) ?? 0;
    if (n > 0) {
      hit++;
      goldCounts.set(w, n - 1);
    }
  }
  const goldTotal = words(gold).length;
  return { precision: hit / Math.max(1, foundWords.length), recall: hit / Math.max(1, goldTotal) };
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext();
await context.route(/^(https?|wss?):/, async (route) => {
  const page = pages.find((p) => p.url === route.request().url());
  if (page && route.request().isNavigationRequest())
    await route.fulfill({
      contentType: 'text/html; charset=utf-8',
      // The page's own scripts stay off; page.evaluate is not subject to CSP.
      headers: { 'content-security-policy': "script-src 'none'" },
      body: readFileSync(page.file),
    });
  else await route.abort();
});
console.log('page            root                                            article  blocks  prec   recall  find  build');
for (const page of pages) {
  const tab = await context.newPage();
  await tab.goto(page.url, { waitUntil: 'load' });
  await tab.evaluate(script);
  const result = await tab
    .evaluate(() => (globalThis as unknown as { __extract: () => Record<string, unknown> }).__extract())
    .catch((error: Error) => {
      console.error(page.name, error.message);
      return null;
    });
  if (!result) {
    console.log(page.name, 'could not run');
    await tab.close();
    continue;
  }
  const goldFile = page.name === 'demo' ? page.file.replace(/\.html$/, '.txt') : page.file.replace(/\.html$/, '.txt');
  const gold = readFileSync(goldFile, 'utf8');
  const { precision, recall } = overlap(result.text as string, gold);
  console.log(
    `${page.name.padEnd(15)} ${String(result.root).padEnd(48)} ${String(result.article).padEnd(8)} ${String(result.blocks).padStart(6)}  ${precision.toFixed(2)}   ${recall.toFixed(2)}   ${(result.findMs as number).toFixed(1).padStart(4)}  ${(result.buildMs as number).toFixed(1).padStart(4)}`,
  );
  if (dump) console.log(`${result.text}\n${'-'.repeat(80)}`);
  await tab.close();
}
await browser.close();
