// What bench:store and bench:popup share: realistic notes in any number (quotes cut from the shared
// news pages when ../shared is there, from a fixed French and English text otherwise), and the
// product's own import and export driven through the options page as a reader would: the file
// chosen in the file input, the JSON-LD export button clicked and its download kept.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { Annotation } from '../src/lib/annotation';

const PAGES = new URL('../../shared/pages/', import.meta.url).pathname;
const FALLBACK =
  'Le gouvernement a annoncé mardi une réforme des retraites, selon le ministre de l’Économie, qui aurait évoqué un déficit de ' +
  '5,5 % en 2024. Les syndicats contestent ces chiffres et dénoncent une méthode brutale. The secretary said on Tuesday that ' +
  'the agency would review its figures, according to officials familiar with the matter, who spoke on condition of anonymity.';

function sourceTexts(): { name: string; text: string }[] {
  if (!existsSync(PAGES)) {
    console.log('(../shared/pages is missing: notes quote a built-in paragraph instead of the shared articles)');
    return [{ name: 'fallback', text: FALLBACK.repeat(20) }];
  }
  return readdirSync(PAGES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f.replace('.txt', ''), text: readFileSync(join(PAGES, f), 'utf8') }));
}

const TAGS = ['à vérifier', 'budget', 'fact-check', 'élection', 'chiffres', 'quote', 'santé', 'justice'];
const BODIES = [
  'Source ?',
  'Vérifier ce chiffre auprès de la Société générale',
  'Check the number with the ministry',
  'Contradicts the earlier statement',
  '',
];
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

/** `count` notes on `pages` pages, deterministic, one an hour from 2023, ids in order. */
export function makeNotes(count: number, options: { pages?: number; offset?: number } = {}): Annotation[] {
  const texts = sourceTexts();
  const pages = options.pages ?? 500;
  const offset = options.offset ?? 0;
  let seed = 7 + offset;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  return Array.from({ length: count }, (_, k) => {
    const i = offset + k;
    const page = texts[i % texts.length]!;
    const start = 32 + Math.floor(random() * (page.text.length - 300));
    const end = start + 20 + Math.floor(random() * 150);
    const created = new Date(Date.UTC(2023, 0, 1) + i * 3_600_000).toISOString();
    const articleId = i % pages;
    const source = `https://news.example/${page.name}/${articleId}`;
    const note: Annotation = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      created,
      modified: created,
      motivation: 'commenting',
      color: COLORS[i % COLORS.length]!,
      tags: random() < 0.5 ? [pick(TAGS)] : [],
      body: pick(BODIES),
      target: {
        source,
        url: `${source}?utm_source=x`,
        title: `${page.name} article ${articleId}`,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: page.text.slice(start, end),
            prefix: page.text.slice(start - 32, start),
            suffix: page.text.slice(end, end + 32),
          },
          { type: 'TextPositionSelector', start, end },
        ],
        documentPosition: { start: start + 1200, end: end + 1200 },
        language: page.name.includes('lemonde') || page.name.includes('fr') ? 'fr' : 'en',
      },
    };
    if (i % 7 === 0) note.anchor = { status: i % 14 === 0 ? 'orphan' : 'anchored', score: i % 14 === 0 ? 0.4 : 1 };
    return note;
  });
}

export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await page.locator('#import-file').waitFor({ state: 'attached' });
  return page;
}

/** Imports a file through the options page; the time from choosing it to the reader's answer. */
export async function importThroughOptions(options: Page, file: string): Promise<{ ms: number; message: string }> {
  // Every text the status line shows from now on (the page clears it when the import starts).
  await options.evaluate(() => {
    const status = document.querySelector('.status-line')!;
    const seen: string[] = [];
    (window as unknown as { statusSeen: string[] }).statusSeen = seen;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const t0 = Date.now();
  await options.setInputFiles('#import-file', file);
  const answer = await options.waitForFunction(
    () =>
      (window as unknown as { statusSeen: string[] }).statusSeen.find((text) => /Imported|Nothing was imported|Import stopped/.test(text)),
    undefined,
    { timeout: 30 * 60_000, polling: 100 },
  );
  return { ms: Date.now() - t0, message: (await answer.jsonValue()) as string };
}

/** Exports every note as JSON-LD through the options page; the file's path and the time it took. */
export async function exportThroughOptions(options: Page, path: string): Promise<{ ms: number }> {
  await options.getByRole('button', { name: 'JSON-LD (W3C annotations)' }).waitFor();
  const t0 = Date.now();
  const [download] = await Promise.all([
    options.waitForEvent('download', { timeout: 30 * 60_000 }),
    options.getByRole('button', { name: 'JSON-LD (W3C annotations)' }).click(),
  ]);
  await download.saveAs(path);
  return { ms: Date.now() - t0 };
}

/** How many notes the store holds (read in an extension page, as the options page reads it). */
export async function storedCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('newsmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
