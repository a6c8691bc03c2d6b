// Benchmark of the notes store, in Node with fake-indexeddb (an in-memory IndexedDB written in JS:
// figures for the real browser differ, usually for the better on reads). Measures importing 10,000
// notes from a W3C JSON-LD file (parse + validate + one transaction), listing the newest 50, and
// searching as the reader types. Run: npm run bench:store
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '../src/lib/annotation';
import { exportJsonLd } from '../src/store/jsonld';
import { NotesStore } from '../src/store/notes-store';

const NOTES = 10_000;
const PAGES = new URL('../../shared/pages/', import.meta.url).pathname;
const TARGETS = { import: 3000, recent: 20, search: 50 };

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

// Realistic notes: quotes cut from the shared articles (EN/FR/ES/DE, with accents), short notes, tags.
const texts = readdirSync(PAGES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f.replace('.txt', ''), text: readFileSync(join(PAGES, f), 'utf8') }));
const TAGS = ['à vérifier', 'budget', 'fact-check', 'élection', 'chiffres', 'quote', 'santé', 'justice'];
const BODIES = ['Source ?', 'Vérifier ce chiffre auprès de la Société générale', 'Check the number with the ministry', 'Contradicts the earlier statement', ''];
const notes: Annotation[] = Array.from({ length: NOTES }, (_, i) => {
  const page = pick(texts);
  const start = Math.floor(random() * (page.text.length - 200));
  const end = start + 20 + Math.floor(random() * 150);
  const created = new Date(Date.UTC(2023, 0, 1) + i * 3_600_000).toISOString();
  return {
    id: crypto.randomUUID(),
    created,
    modified: created,
    motivation: 'commenting',
    color: 'yellow',
    tags: random() < 0.5 ? [pick(TAGS)] : [],
    body: pick(BODIES),
    target: {
      source: `https://news.example/${page.name}/${i % 500}`,
      url: `https://news.example/${page.name}/${i % 500}?utm_source=x`,
      title: `${page.name} article ${i % 500}`,
      selector: [
        { type: 'TextQuoteSelector', exact: page.text.slice(start, end), prefix: page.text.slice(start - 32, start), suffix: page.text.slice(end, end + 32) },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
});
const file = exportJsonLd(notes);

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const result = await fn();
  return [performance.now() - t0, result];
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const verdict = (ms: number, target: number) => `${ms.toFixed(1)} ms (target ≤ ${target} ms) ${ms <= target ? 'PASS' : 'FAIL'}`;

const store = new NotesStore({ name: `bench-${Date.now()}` });
await store.count();
const [importMs, summary] = await time(() => store.importFile(file));
console.log(`fake-indexeddb in Node ${process.version}; ${NOTES} notes, JSON-LD file ${(file.length / 1e6).toFixed(1)} MB`);
console.log(`import 10,000 notes (parse + validate + one transaction): ${verdict(importMs, TARGETS.import)}  ${JSON.stringify({ added: summary.added })}`);

const recentTimes: number[] = [];
for (let r = 0; r < 20; r++) recentTimes.push((await time(() => store.recent(50)))[0]);
console.log(`newest 50 across pages (median of 20): ${verdict(median(recentTimes), TARGETS.recent)}`);

// As the reader types "societe generale", then other queries, accented or not.
const typed = ['s', 'so', 'soc', 'soci', 'socie', 'societ', 'societe', 'societe g', 'societe gen', 'societe generale'];
const others = ['Société', 'ministre', 'minister said', 'budget', 'vérifier chiffre', 'trump', 'zzzz'];
const searchTimes: { q: string; ms: number; hits: number }[] = [];
for (const q of [...typed, ...others]) {
  const runs: number[] = [];
  let hits = 0;
  for (let r = 0; r < 5; r++) {
    const [ms, found] = await time(() => store.search(q));
    runs.push(ms);
    hits = found.length;
  }
  searchTimes.push({ q, ms: median(runs), hits });
}
for (const s of searchTimes) console.log(`  search ${JSON.stringify(s.q).padEnd(20)} ${s.ms.toFixed(1).padStart(7)} ms  ${s.hits} shown`);
const worst = Math.max(...searchTimes.map((s) => s.ms));
console.log(`search, slowest query (median of 5 each): ${verdict(worst, TARGETS.search)}`);

const [tagMs, tagged] = await time(() => store.byTag('budget'));
const [pageMs, page] = await time(() => store.forPage(notes[0]!.target.source));
console.log(`by tag "budget": ${tagMs.toFixed(1)} ms (${tagged.length} notes); one page's notes: ${pageMs.toFixed(1)} ms (${page.length} notes)`);
if (importMs > TARGETS.import || median(recentTimes) > TARGETS.recent || worst > TARGETS.search) process.exitCode = 1;
store.close();
