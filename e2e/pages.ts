// The test pages: real news pages copied into e2e/pages/ (their sources and licences in
// e2e/pages/SOURCES.md) and the bundled demo, each with the address it was saved from. The
// addresses are read from SOURCES.md, so nothing here repeats them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES_DIR = path.join(ROOT, 'e2e', 'pages');

export interface TestPage {
  name: string;
  lang: string;
  /** The page's original address, served over https. */
  url: string;
  file: string;
}

/** The demo article: the seed text laid out as a news page (demo/article.html). */
export const DEMO_PAGE: TestPage = {
  name: 'demo',
  lang: 'fr',
  url: 'https://www.newsmark-demo.fr/international/article/2023/07/13/cyberattaque-courriels-gouvernement-americain.html',
  file: path.join(ROOT, 'demo', 'article.html'),
};

function readSources(): TestPage[] {
  const sources = readFileSync(path.join(PAGES_DIR, 'SOURCES.md'), 'utf8');
  const pages: TestPage[] = [];
  for (const line of sources.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`([\w-]+)\.html`$/.exec(cells[1] ?? '')?.[1];
    const url = cells[3];
    if (!name || !url?.startsWith('http')) continue;
    pages.push({
      name,
      lang: cells[2] ?? '',
      url: url.replace(/^http:/, 'https:'),
      file: path.join(PAGES_DIR, `${name}.html`),
    });
  }
  return pages;
}

/** The real news pages (every one the e2e suite opens). */
export const SHARED_PAGES: TestPage[] = readSources();
export const ALL_PAGES: TestPage[] = [DEMO_PAGE, ...SHARED_PAGES];

export function pageNamed(name: string): TestPage {
  const page = ALL_PAGES.find((p) => p.name === name);
  if (!page) throw new Error(`No test page named ${name}`);
  return page;
}

/** The key a request is matched on: the address without scheme and fragment. */
export function routeKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}${parsed.search}`;
}
