// bench:article: the article finder on trafilatura's evaluation pages (../shared/article-eval),
// scored as trafilatura's evaluation scores (a "with" snippet in the text is a true positive,
// missing a false negative; a "without" snippet in the text a false positive), beside Mozilla
// Readability (jsdom) on the same pages in the same run. Scores are printed for the whole set and
// for its even- and odd-numbered pages (tune on one half, check on the other, to see over-fitting).
//   npm run bench:article [-- --dir DIR] [--only SUBSTRING] [--misses FILE] [--save FILE] [--peer-cache FILE] [--no-peer]
// --save writes every page's text from both sides (JSON); --peer-cache keeps Readability's texts
// in a file between runs (it does not change while the finder is tuned).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPages } from './article-runner';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const dir = path.resolve(option('--dir') ?? path.join(ROOT, '..', 'shared', 'article-eval'));
if (!existsSync(path.join(dir, 'evaldata.json'))) {
  console.log(`bench:article needs the shared benchmark: ${dir}/evaldata.json is missing (../shared is not beside this checkout).`);
  process.exit(1);
}

interface Expected {
  url: string;
  with: string[];
  without: string[];
}
const data = JSON.parse(readFileSync(path.join(dir, 'evaldata.json'), 'utf8')) as Record<string, Expected>;
const only = option('--only');
const pages = Object.entries(data)
  .map(([name, expected], index) => ({ name, index, expected, file: path.join(dir, 'pages', name) }))
  .filter((page) => !only || page.name.includes(only));

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Result {
  text: string | null;
  ms: number;
}

interface Score {
  tp: number;
  fn: number;
  fp: number;
  none: number;
  ms: number;
  pages: number;
}

function score(results: Map<string, Result>, subset: typeof pages): Score {
  const s: Score = { tp: 0, fn: 0, fp: 0, none: 0, ms: 0, pages: subset.length };
  for (const page of subset) {
    const result = results.get(page.name);
    if (!result?.text) s.none++;
    s.ms += result?.ms ?? 0;
    const text = normalize(result?.text ?? '');
    for (const snippet of page.expected.with) text.includes(normalize(snippet)) ? s.tp++ : s.fn++;
    for (const snippet of page.expected.without) if (text.includes(normalize(snippet))) s.fp++;
  }
  return s;
}

function row(label: string, s: Score): string {
  const precision = s.tp / (s.tp + s.fp || 1);
  const recall = s.tp / (s.tp + s.fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return `${label.padEnd(28)} ${precision.toFixed(3)}  ${recall.toFixed(3)}  ${f1.toFixed(3)}  ${String(s.none).padStart(4)}/${String(s.pages).padEnd(4)} ${(s.ms / Math.max(1, s.pages)).toFixed(1).padStart(7)}`;
}

// Ours, through the same runner as the article CLI.
const ours = new Map<string, Result>();
const byFile = new Map(pages.map((page) => [page.file, page.name]));
const started = Date.now();
await readPages(
  pages.map((page) => ({ file: page.file, url: page.expected.url })),
  (entry, reading, error) => {
    if (error) console.error(`${path.basename(entry.file)}: ${error}`);
    ours.set(byFile.get(entry.file)!, { text: reading.found ? reading.text : null, ms: reading.ms });
  },
);
const oursWallMs = Date.now() - started;

// Readability.js on jsdom, as score.mjs runs it (title + text content).
const peer = new Map<string, Result>();
const peerCache = option('--peer-cache');
if (peerCache && existsSync(peerCache)) {
  const cached = JSON.parse(readFileSync(peerCache, 'utf8')) as Record<string, Result>;
  for (const page of pages) if (cached[page.name]) peer.set(page.name, cached[page.name]!);
}
if (!args.includes('--no-peer') && peer.size < pages.length) {
  for (const page of pages) {
    if (peer.has(page.name)) continue;
    const t0 = performance.now();
    let text: string | null = null;
    try {
      const dom = new JSDOM(readFileSync(page.file), {
        url: /^https?:/.test(page.expected.url) ? page.expected.url : 'https://page.invalid/',
        virtualConsole: new VirtualConsole(),
      });
      const article = new Readability(dom.window.document).parse();
      if (article?.textContent) text = `${article.title ?? ''}\n${article.textContent}`;
      dom.window.close();
    } catch {}
    peer.set(page.name, { text, ms: performance.now() - t0 });
  }
  if (peerCache) writeFileSync(peerCache, JSON.stringify(Object.fromEntries(peer)));
}
const saveFile = option('--save');
if (saveFile) {
  const saved = Object.fromEntries(
    pages.map((page) => [page.name, { ours: ours.get(page.name) ?? null, peer: peer.get(page.name) ?? null }]),
  );
  writeFileSync(saveFile, JSON.stringify(saved));
}

const even = pages.filter((page) => page.index % 2 === 0);
const odd = pages.filter((page) => page.index % 2 === 1);
console.log(`bench:article on ${pages.length} pages of ${path.relative(process.cwd(), dir) || dir}`);
console.log('                             prec.  recall  F1     no article  ms/page');
for (const [label, subset] of [
  ['all', pages],
  ['even', even],
  ['odd', odd],
] as const) {
  console.log(row(`Newsmark, ${label}`, score(ours, subset)));
  if (peer.size > 0) console.log(row(`Readability.js, ${label}`, score(peer, subset)));
}
console.log(
  `ms/page: Newsmark's finder in the page (Chromium), wall ${(oursWallMs / Math.max(1, pages.length)).toFixed(0)} ms/page with loading; Readability.js: jsdom parse + parse().`,
);

// Per-page misses for tuning: which snippets each side got wrong.
const missesFile = option('--misses');
if (missesFile) {
  const lines: string[] = [];
  for (const page of pages) {
    const text = normalize(ours.get(page.name)?.text ?? '');
    const peerText = normalize(peer.get(page.name)?.text ?? '');
    const missing = page.expected.with.filter((s) => !text.includes(normalize(s)));
    const extra = page.expected.without.filter((s) => text.includes(normalize(s)));
    const peerMissing = page.expected.with.filter((s) => !peerText.includes(normalize(s))).length;
    const peerExtra = page.expected.without.filter((s) => peerText.includes(normalize(s))).length;
    if (missing.length + extra.length === 0) continue;
    lines.push(`## ${page.index} ${page.name} ${ours.get(page.name)?.text ? '' : '(no article)'} peer: -${peerMissing} +${peerExtra}`);
    for (const s of missing) lines.push(`  missing: ${normalize(s).slice(0, 120)}`);
    for (const s of extra) lines.push(`  extra:   ${normalize(s).slice(0, 120)}`);
  }
  writeFileSync(missesFile, `${lines.join('\n')}\n`);
}
