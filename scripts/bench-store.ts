// Benchmark of the notes store in the real built extension, at 100,000 notes (a 130 MB backup):
// (1) the product's import, the file chosen in the options page, in one go, with a true count;
// (2) the product's JSON-LD export of all of them, read back here: the round trip must lose nothing;
// (3) that export imported again into an emptied store; (4) the newest 50 read as the popup reads
// them, and searches as the reader types, asked of the background as the popup asks. Each is
// printed beside a naive peer measured in the same run (one transaction per note; a search that
// reads and folds every record), with PASS/FAIL. Needs ../shared/pages for realistic quotes (says
// so when it is missing). Run: npm run bench:store (builds dist/); BENCH_NOTES=n for another size.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { launchWithExtension } from '../e2e/launch';
import type { Annotation } from '../src/lib/annotation';
import { parseImportFile } from '../src/store/import';
import { exportJsonLd } from '../src/store/jsonld';
import { exportThroughOptions, importThroughOptions, makeNotes, openOptions, storedCount } from './bench-store-notes';

const NOTES = Number(process.env.BENCH_NOTES ?? 100_000);
const NAIVE_NOTES = Math.min(NOTES, 10_000);
const TARGETS = { search: 50, newest: 20 };

interface Listed {
  ms: number;
  ids: string[];
  total: number | null;
  totalIsAtLeast?: boolean;
}
interface Bench {
  naiveWrite(notes: Annotation[]): Promise<{ ms: number; value: number }>;
  newest(limit: number): Promise<{ ms: number; ids: string[] }>;
  search(text: string): Promise<Listed>;
  prepareSearch(): Promise<{ ms: number; value: number }>;
  naiveSearch(text: string): Promise<Listed>;
  deleteAll(): Promise<number>;
  importBreakdown(text: string): Promise<{ parseMs: number; writeMs: number }>;
}
const call = <K extends keyof Bench>(page: Page, name: K, ...args: Parameters<Bench[K]>) =>
  page.evaluate(
    ([n, a]) => (globalThis as unknown as { newsmarkBench: Record<string, (...x: unknown[]) => unknown> }).newsmarkBench[n]!(...a),
    [name, args] as const,
  ) as ReturnType<Bench[K]>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const verdict = (ms: number, target: number) => `${ms.toFixed(1)} ms (target ≤ ${target} ms) ${ms <= target ? 'PASS' : 'FAIL'}`;
const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const byId = (a: Annotation, b: Annotation) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** "Imported: 100,000 new, 0 updated, 0 already here." → its three numbers. */
function countsOf(message: string): number[] {
  const numbers = /Imported: ([\d,]+) new, ([\d,]+) updated, ([\d,]+) already here/.exec(message);
  return numbers ? numbers.slice(1).map((n) => Number(n.replace(/,/g, ''))) : [];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-bench-store-'));
  const failures: string[] = [];
  const check = (label: string, ok: boolean) => {
    if (!ok) failures.push(label);
    return pass(ok);
  };
  const notes = makeNotes(NOTES);
  const original = path.join(dir, 'notes.jsonld');
  writeFileSync(original, exportJsonLd(notes));
  const bundle = await build({
    entryPoints: [new URL('./bench-store-page.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  const launched = await launchWithExtension();
  try {
    const options = await openOptions(launched.context, launched.extensionId);
    await options.evaluate(bundle.outputFiles[0]!.text);
    const version = launched.context.browser()?.version() ?? (await options.evaluate(() => navigator.userAgent));
    const size = readFileSync(original).length;
    console.log(`Chromium ${version}, real extension; ${NOTES.toLocaleString('en')} notes, JSON-LD file ${(size / 1e6).toFixed(1)} MB`);

    // (1) Import in one go. The naive peer writes a tenth as many notes first, into a database of its own.
    const naive = await call(options, 'naiveWrite', notes.slice(0, NAIVE_NOTES));
    const first = await importThroughOptions(options, original);
    const counted = await storedCount(options);
    const [added, updated, unchanged] = countsOf(first.message);
    const importOk = added === NOTES && updated === 0 && unchanged === 0 && counted === NOTES;
    console.log(`import ${NOTES.toLocaleString('en')} notes from the options page, one go: ${(first.ms / 1000).toFixed(1)} s`);
    console.log(
      `  the reader was told: "${first.message.trim()}"; the store holds ${counted.toLocaleString('en')}: ${check('import count', importOk)}`,
    );
    const perNote = first.ms / NOTES;
    const naivePerNote = naive.ms / NAIVE_NOTES;
    console.log(
      `  ${(perNote * 1000).toFixed(0)} µs a note (read, check, write in chunks) vs naive peer ${(naivePerNote * 1000).toFixed(0)} µs a note ` +
        `(${NAIVE_NOTES.toLocaleString('en')} puts, one transaction each, no checks): ${(naivePerNote / perNote).toFixed(1)}×`,
    );

    const parts = await call(options, 'importBreakdown', exportJsonLd(notes.slice(0, NAIVE_NOTES)));
    console.log(
      `  of which, for ${NAIVE_NOTES.toLocaleString('en')} notes measured apart in the page: checking the file ${parts.parseMs.toFixed(0)} ms, writing them in one transaction ${parts.writeMs.toFixed(0)} ms`,
    );

    // (2) Export, and read the file back: every note, every field.
    const exported = path.join(dir, 'export.jsonld');
    const out = await exportThroughOptions(options, exported);
    const back = (await parseImportFile(readFileSync(exported, 'utf8'))).annotations.sort(byId);
    const same = back.length === NOTES && isDeepStrictEqual(back, [...notes].sort(byId));
    console.log(
      `export all as JSON-LD from the options page: ${(out.ms / 1000).toFixed(1)} s, ${(readFileSync(exported).length / 1e6).toFixed(1)} MB`,
    );
    console.log(
      `round trip: the export read back holds the ${NOTES.toLocaleString('en')} notes imported, field for field: ${check('round trip', same)}`,
    );

    // (3) The export imported into an emptied store.
    await call(options, 'deleteAll');
    const again = await importThroughOptions(options, exported);
    const recount = await storedCount(options);
    const [readded] = countsOf(again.message);
    console.log(
      `its own export imported into an emptied store: ${(again.ms / 1000).toFixed(1)} s, ${readded?.toLocaleString('en')} new, store holds ${recount.toLocaleString('en')}: ${check('re-import', readded === NOTES && recount === NOTES)}`,
    );

    // (4) Reads as the popup makes them.
    const newestTimes: number[] = [];
    for (let r = 0; r < 20; r++) newestTimes.push((await call(options, 'newest', 50)).ms);
    const newestMs = median(newestTimes);
    console.log(`newest 50 across pages, read in the page (median of 20): ${verdict(newestMs, TARGETS.newest)}`);
    if (newestMs > TARGETS.newest) failures.push('newest');
    const cold = await call(options, 'prepareSearch');
    console.log(
      `the background loads its search copy of ${cold.value.toLocaleString('en')} notes (once per worker, when the list opens): ${cold.ms.toFixed(0)} ms`,
    );

    const typed = ['s', 'so', 'soc', 'soci', 'socie', 'societ', 'societe', 'societe g', 'societe gen', 'societe generale'];
    const others = ['a', 'e', 'z', 'Société', 'ministre', 'minister said', 'budget', 'vérifier chiffre', 'zzzz'];
    const compared = new Set(['societe generale', 'ministre', 'vérifier chiffre', 'zzzz']);
    console.log('  query                 Newsmark    naive scan   ratio  shown    total  same results');
    const rows: { q: string; ms: number }[] = [];
    let allSame = true;
    for (const q of [...typed, ...others]) {
      const times: number[] = [];
      let result: Listed | null = null;
      for (let r = 0; r < 5; r++) {
        result = await call(options, 'search', q);
        times.push(result.ms);
      }
      const ms = median(times);
      rows.push({ q, ms });
      let peer = '';
      let same = '';
      if (compared.has(q)) {
        const naiveResult = await call(options, 'naiveSearch', q);
        // Past 1,000 matches the count is a floor ("more than 1,000").
        const counted = result!.totalIsAtLeast ? naiveResult.total! > result!.total! : naiveResult.total === result!.total;
        const ok = naiveResult.ids.join() === result!.ids.join() && counted;
        allSame &&= ok;
        peer = `${naiveResult.ms.toFixed(1).padStart(9)} ms ${(naiveResult.ms / ms).toFixed(0).padStart(6)}×`;
        same = ok ? 'yes' : 'NO';
      }
      console.log(
        `  ${JSON.stringify(q).padEnd(20)} ${ms.toFixed(1).padStart(7)} ms ${peer.padEnd(20)} ${String(result!.ids.length).padStart(6)} ${`${result!.totalIsAtLeast ? '>' : ''}${result!.total}`.padStart(8)}  ${same}`,
      );
    }
    const worst = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(
      `search, slowest query ${JSON.stringify(worst.q)} (median of 5, message to the background and back): ${verdict(worst.ms, TARGETS.search)}`,
    );
    if (worst.ms > TARGETS.search) failures.push('search');
    console.log(`same notes, same order, same count as the naive scan: ${check('same results', allSame)}`);
    console.log(failures.length === 0 ? 'bench:store PASS' : `bench:store FAIL (${failures.join(', ')})`);
    if (failures.length > 0) process.exitCode = 1;
  } finally {
    await launched.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
