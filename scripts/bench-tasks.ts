// bench:tasks: the content script's longest task on every shared page (../shared/pages and
// ../shared/eval/dev-pages, needs ../shared; npm run bench:tasks builds first). One Chromium with
// the built extension, the pages' own scripts off (a CSP header), so every long task left after the
// script starts is the extension's (Long Tasks API, tasks of 50 ms or more). Beside it, in the same
// page, the finder run as one task (as it was before it was sliced), to show what slicing spares.
//   npm run bench:tasks [-- --only NAME]   (RUNS=3 by default; the table gives the worst run; TASKS=1
//   prints every long task and mark of each run)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchWithExtension } from '../e2e/launch';
import { routeKey } from '../e2e/pages';
import { finderScript } from './article-runner';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.join(ROOT, '..', 'shared');
const RUNS = Number(process.env.RUNS) || 3;
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

interface SharedPage {
  name: string;
  url: string;
  file: string;
}

/** The pages of a folder whose table (MANIFEST.md or SOURCES.md) gives each file's address. */
function pagesIn(dir: string, table: string): SharedPage[] {
  const rows = readFileSync(path.join(dir, table), 'utf8').split('\n');
  const pages: SharedPage[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const name = file.replace(/\.html$/, '');
    const row = rows.find((line) => line.includes(`\`${file}\``) || line.startsWith(`| ${name} |`));
    const url = row
      ?.split('|')
      .find((cell) => cell.trim().startsWith('http'))
      ?.trim();
    if (url) pages.push({ name, url: url.replace(/^http:/, 'https:'), file: path.join(dir, file) });
  }
  return pages;
}

if (!existsSync(path.join(SHARED, 'pages', 'MANIFEST.md'))) {
  console.log(`bench:tasks needs the shared pages: ${SHARED}/pages is missing (../shared is not beside this checkout).`);
  process.exit(1);
}
const pages = [
  ...pagesIn(path.join(SHARED, 'pages'), 'MANIFEST.md'),
  ...pagesIn(path.join(SHARED, 'eval', 'dev-pages'), 'SOURCES.md'),
].filter((page) => !only || page.name.includes(only));

const launched = await launchWithExtension();
const byKey = new Map(pages.map((page) => [routeKey(page.url), page]));
// Registered after the launcher's routes, so it answers first for these pages.
await launched.context.route(/^https?:/, async (route) => {
  const page = route.request().isNavigationRequest() ? byKey.get(routeKey(route.request().url())) : undefined;
  if (!page) return route.fallback();
  await route.fulfill({
    status: 200,
    contentType: 'text/html',
    headers: { 'content-security-policy': "script-src 'none'" },
    body: readFileSync(page.file),
  });
});
await launched.context.addInitScript(() => {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
});
const finder = await finderScript();
// Readability.js, for the cost of using it in the page (it works on a clone, in one task).
const readability = (
  await build({
    stdin: { contents: "import { Readability } from '@mozilla/readability'; globalThis.__Readability = Readability;", resolveDir: ROOT },
    bundle: true,
    write: false,
    format: 'iife',
  })
).outputFiles[0]!.text;

interface Run {
  /** The longest task from the content script's start to its last mark (0: none of 50 ms or more). */
  longest: number;
  /** Where it fell: the last mark of ours before it ended. */
  during: string;
  /** The sliced search: from the end of the script's set-up to the article found. */
  searchMs: number;
  /** The longest task overlapping the search (0: none of 50 ms or more). */
  searchLongest: number;
  /** Every long task and mark of ours (printed with TASKS=1). */
  detail: string;
  /** The same finder in one synchronous call (what a single task would have been). */
  oneTaskMs: number;
  /** Readability.js on a clone of the page, in one call. */
  readabilityMs: number;
  elements: number;
}

async function measure(page: SharedPage): Promise<Run> {
  const tab = await launched.context.newPage();
  await tab.goto(page.url);
  // Until the notes are drawn (the last step), or a quiet while on a page with no article.
  await tab
    .waitForFunction(() => performance.getEntriesByName('newsmark:anchored').length > 0, undefined, { timeout: 15_000 })
    .catch(() => undefined);
  await tab.waitForTimeout(300);
  const run = await tab.evaluate(() => {
    const start = performance.getEntriesByName('newsmark:start')[0]?.startTime ?? 0;
    const marks = performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('newsmark:'))
      .sort((a, b) => a.startTime - b.startTime);
    const tasks = (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks.filter(
      (t) => t.start + t.duration >= start,
    );
    let longest = { start: 0, duration: 0 };
    for (const t of tasks) if (t.duration > longest.duration) longest = t;
    const before = marks.filter((m) => m.startTime <= longest.start + longest.duration).pop();
    // (No named inner functions here: tsx would wrap them in a helper the page does not have.)
    const [booted, found] = ['newsmark:booted', 'newsmark:article'].map(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
    );
    const detail = `tasks ${tasks.map((t) => `${(t.start - start).toFixed(0)}+${t.duration.toFixed(0)}`).join(' ')}\n  marks ${marks.map((m) => `${m.name.slice(9)} ${(m.startTime - start).toFixed(0)}`).join(', ')}\n  engine calls ${performance
      .getEntriesByName('newsmark:engine-call')
      .map((m) => `${(m.startTime - start).toFixed(0)}: ${(m as PerformanceMeasure).detail?.chars}c ${m.duration.toFixed(0)}ms`)
      .join(', ')}`;
    // The search's own: tasks that overlap it, from the end of the set-up to the article found.
    const inSearch = tasks.filter((t) => t.start < found! && t.start + t.duration > booted!);
    return {
      detail,
      searchLongest: Math.max(0, ...inSearch.map((t) => t.duration)),
      longest: longest.duration,
      during: longest.duration > 0 ? (before?.name.slice(9) ?? 'before start') : '',
      searchMs: found! - booted!,
      elements: document.getElementsByTagName('*').length,
    };
  });
  if (process.env.TASKS) console.log(`${page.name}: ${run.detail}`);
  await tab.evaluate(finder);
  const oneTaskMs = await tab.evaluate(() => (globalThis as unknown as { __newsmarkFind: () => number }).__newsmarkFind());
  await tab.evaluate(readability);
  const readabilityMs = (await tab.evaluate(`(() => {
    const t0 = performance.now();
    new globalThis.__Readability(document.cloneNode(true)).parse();
    return performance.now() - t0;
  })()`)) as number;
  await tab.close();
  return { ...run, oneTaskMs, readabilityMs };
}

const results = new Map<string, Run[]>();
for (let run = 0; run < RUNS; run++)
  for (const page of pages) results.set(page.name, [...(results.get(page.name) ?? []), await measure(page)]);
await launched.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number) => (Number.isNaN(n) ? '-' : n.toFixed(0)).padStart(7);
console.log(`Long tasks (≥ 50 ms) of the content script, worst of ${RUNS} runs; page scripts off (CSP).\n`);
console.log(
  'page                elements  longest task ms (worst, median)  during          | search: longest task ms  wall ms  | one task: finder  Readability.js (ms)',
);
let worst = 0;
let worstSearch = 0;
for (const page of pages) {
  const runs = results.get(page.name)!;
  const worstRun = runs.reduce((a, b) => (b.longest > a.longest ? b : a));
  const searchLongest = Math.max(...runs.map((r) => r.searchLongest));
  worst = Math.max(worst, worstRun.longest);
  worstSearch = Math.max(worstSearch, searchLongest);
  console.log(
    `${page.name.padEnd(18)} ${String(runs[0]!.elements).padStart(9)}  ${fmt(worstRun.longest)} ${fmt(median(runs.map((r) => r.longest)))}                  ${worstRun.during.padEnd(15)} |         ${fmt(searchLongest)}  ${fmt(median(runs.map((r) => r.searchMs)))}  |          ${fmt(median(runs.map((r) => r.oneTaskMs)))}  ${fmt(median(runs.map((r) => r.readabilityMs)))}`,
  );
}
console.log(
  `\n(during: our last mark before the longest task ended; search: from the end of the script's set-up to the article found, in slices; one task: findArticle, and Readability.js on a clone of the page, each called once, synchronously, in the same page.)`,
);
console.log(
  `Target: no long task over 50 ms. Worst over all pages and runs: ${worst.toFixed(0)} ms; in the article search: ${worstSearch.toFixed(0)} ms (0 = none of 50 ms or more).`,
);
