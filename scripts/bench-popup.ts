// Popup speed with many notes: seeds notes through the real extension (one import message to the
// service worker), then times, in Chromium, (1) the popup's first render with its note list and
// (2) a search keystroke to updated results. Each is measured at 100 notes (the peer) and at
// 10,000 in the same run, and printed with the ratio. The times come from the popup's own
// performance.measure entries: 'newsmark:popup-list' (navigation start → list painted) and
// 'newsmark:search' (input event → results painted).
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../e2e/launch';
import type { Annotation } from '../src/lib/annotation';
import { exportJsonLd } from '../src/store/jsonld';

const SMALL = 100;
const LARGE = 10_000;
const RUNS = 7;
const KEYSTROKES = ['c', 'ch', 'chi', 'chif', 'chiff'];
const TARGET_RENDER_MS = 200;
const TARGET_SEARCH_MS = 50;

const WORDS = (
  'le gouvernement a annoncé mardi une réforme des retraites selon le ministre de l’économie qui aurait ' +
  'évoqué un déficit de trois milliards les syndicats contestent ces chiffres et dénoncent une méthode ' +
  'the secretary said on Tuesday that the agency would review its figures according to officials familiar'
).split(' ');
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
const TAGS = ['chiffres', 'à-vérifier', 'source', 'citation', 'politique', 'économie'];

/** A deterministic pseudo-random generator, so every run seeds the same notes. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function words(next: () => number, count: number): string {
  return Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

function makeNotes(count: number, offset: number): Annotation[] {
  const next = random(offset + 1);
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const n = offset + i;
    const page = n % 400;
    const created = new Date(start + n * 3_600_000).toISOString();
    const exact = words(next, 12 + Math.floor(next() * 20));
    return {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      created,
      modified: created,
      motivation: 'commenting',
      color: COLORS[n % COLORS.length]!,
      tags: next() < 0.5 ? [TAGS[n % TAGS.length]!] : [],
      body: next() < 0.7 ? words(next, 5 + Math.floor(next() * 15)) : '',
      target: {
        source: `https://www.example-news.fr/article/${page}.html`,
        url: `https://www.example-news.fr/article/${page}.html`,
        title: `Article ${page} : ${words(next, 8)}`,
        selector: [
          { type: 'TextQuoteSelector', exact, prefix: words(next, 4), suffix: words(next, 4) },
          { type: 'TextPositionSelector', start: n, end: n + exact.length },
        ],
      },
    } satisfies Annotation;
  });
}

async function seed(page: Page, notes: Annotation[]): Promise<void> {
  const text = exportJsonLd(notes);
  const reply = await page.evaluate(
    (payload) => chrome.runtime.sendMessage({ type: 'annotation.import', payload: { text: payload } }),
    text,
  );
  if (!reply?.ok) throw new Error(`import failed: ${JSON.stringify(reply)}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function measureOf(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 30_000 });
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)!.duration, name);
}

async function firstRender(page: Page): Promise<{ list: number; all: number }> {
  const list: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    list.push(await measureOf(page, 'newsmark:popup-list'));
    all.push(await measureOf(page, 'newsmark:popup-all-notes'));
  }
  return { list: median(list), all: median(all) };
}

async function keystrokes(page: Page): Promise<{ median: number; max: number; results: number }> {
  const times: number[] = [];
  let results = 0;
  await page.reload();
  await measureOf(page, 'newsmark:popup-all-notes');
  const field = page.getByRole('searchbox');
  for (let run = 0; run < RUNS; run++) {
    await field.fill('');
    await page.evaluate(() => performance.clearMeasures('newsmark:search'));
    for (const [index, query] of KEYSTROKES.entries()) {
      await field.press(query.at(-1)!);
      await page.waitForFunction((count) => performance.getEntriesByName('newsmark:search').length > count, index);
      times.push(await page.evaluate(() => performance.getEntriesByName('newsmark:search').at(-1)!.duration));
    }
    results = await page.getByRole('article').count();
  }
  return { median: median(times), max: Math.max(...times), results };
}

async function main(): Promise<void> {
  const launched = await launchWithExtension();
  try {
    const popup = await launched.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${launched.extensionId}/src/popup/index.html`);
    // Open on "All notes", as a reader reviewing notes would have left it.
    await popup.evaluate(() => localStorage.setItem('newsmark.popup.view', 'notes'));

    await seed(popup, makeNotes(SMALL, 0));
    const smallRender = await firstRender(popup);
    const smallSearch = await keystrokes(popup);

    await seed(popup, makeNotes(LARGE - SMALL, SMALL));
    const count = await popup.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage({ type: 'annotation.recent', payload: { limit: 1 } });
      return reply.ok;
    });
    if (!count) throw new Error('the store did not answer after seeding');
    const largeRender = await firstRender(popup);
    const largeSearch = await keystrokes(popup);

    const row = (label: string, small: number, large: number, target?: number) =>
      `${label.padEnd(44)} ${small.toFixed(1).padStart(8)} ms ${large.toFixed(1).padStart(8)} ms   ×${(large / small).toFixed(2)}` +
      (target ? `   target ≤ ${target} ms: ${large <= target ? 'met' : 'MISSED'}` : '');
    console.log(
      `popup bench (Chromium, medians of ${RUNS} runs)        ${String(SMALL).padStart(8)} notes ${String(LARGE).padStart(6)} notes   ratio`,
    );
    console.log(row('first render with its list', smallRender.list, largeRender.list, TARGET_RENDER_MS));
    console.log(row('every note loaded and searchable', smallRender.all, largeRender.all));
    console.log(row('search keystroke → updated results (median)', smallSearch.median, largeSearch.median, TARGET_SEARCH_MS));
    console.log(row('search keystroke → updated results (max)', smallSearch.max, largeSearch.max));
    console.log(
      `results for "${KEYSTROKES.at(-1)}": ${smallSearch.results} rows shown of ${SMALL}, ${largeSearch.results} rows rendered of ${LARGE} (virtualised)`,
    );
  } finally {
    await launched.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
