// Bench of the content script on the heaviest shared pages (npm run bench:page builds first).
// One Chromium run with the extension: per page, newsmark:ready (content-script start → first
// highlights registered) and the longest task after the script started (Long Tasks API). The
// pages' own scripts are switched off by a CSP header, so every long task left is the
// extension's (content scripts are not bound by the page's CSP). Then, in a Chromium without the
// extension, mark.js (what most highlighting extensions use; it wraps text in elements) marks the
// same mention strings on the same page, and the table gives ready / mark.js.
// Also: ready's breakdown (init is the bundle's module set-up, from newsmark:start, the bundle's
// first statement, to newsmark:main), what the first highlights held, and with TASKS=1 the long
// tasks of any run that had one, placed among our marks and engine calls (STEPS=1: every run's steps).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from '@playwright/test';
import { launchWithExtension } from '../e2e/launch';
import { pageNamed } from '../e2e/pages';
import { measureNotes, seedNotes, serveWithoutPageScripts } from './page-notes';

const PAGES = ['nytimes-2', 'bbc-1', 'nbcnews-1', 'gothamist-1'];
/** Runs per page (median reported): the machine may be busy with other work. */
const RUNS = Number(process.env.RUNS) || 5;
const require = createRequire(import.meta.url);
const MARK_JS = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

interface ExtensionRun {
  ready: number;
  longest: number;
  workMs: number;
  mentions: string[];
  officials: number;
  claims: number;
  steps: string;
  tasks: string;
  marks: string;
  /** What the first highlights held: names and claims. */
  readyDetail: { names: number; claims: number } | null;
  /** Breakdown of ready: the bundle's module set-up, text read (guess + first screenful), first engine call, settings wait, draw. */
  init: number;
  read: number;
  analyze: number;
  settingsWait: number;
  draw: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

async function extensionContext(): Promise<Launched> {
  const launched = await launchWithExtension();
  await serveWithoutPageScripts(launched.context, PAGES);
  await launched.context.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return launched;
}

async function withExtension(context: BrowserContext, name: string): Promise<ExtensionRun> {
  const page = await context.newPage();
  await page.goto(pageNamed(name).url);
  await page.waitForFunction(() => performance.getEntriesByName('newsmark:anchored').length > 0, undefined, { timeout: 30_000 });
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => {
    const start = performance.getEntriesByName('newsmark:start')[0]!.startTime;
    const ready = performance.getEntriesByName('newsmark:ready')[0]!.duration;
    const anchored = performance.getEntriesByName('newsmark:anchored')[0]!;
    const tasks = (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks;
    // Tasks that end after the script started (a task running when it started counts too).
    const ours = tasks.filter((t) => t.start + t.duration >= start);
    // (No named inner functions here: tsx would wrap them in a helper the page does not have.)
    const officials = [...(CSS.highlights.get('newsmark-official') ?? [])].map((r) => r.toString());
    const people = [...(CSS.highlights.get('newsmark-person') ?? [])].map((r) => r.toString());
    const steps = [
      'newsmark:main',
      'newsmark:settings-asked',
      'newsmark:settings-answered',
      'newsmark:settings',
      'newsmark:text',
      'newsmark:first-look',
      'newsmark:analyzed',
      'newsmark:article',
    ]
      .map((mark) => `${mark.slice(9)} ${((performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN) - start).toFixed(1)}`)
      .join(' ');
    const [mainAt, textAt, analyzedAt, settingsMark] = ['newsmark:main', 'newsmark:text', 'newsmark:analyzed', 'newsmark:settings'].map(
      (mark) => (performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN) - start,
    ) as [number, number, number, number];
    // No settings mark: storage had answered before the script started.
    const settingsAt = Number.isNaN(settingsMark) ? 0 : settingsMark;
    const drawFrom = Math.max(analyzedAt, settingsAt);
    return {
      init: mainAt,
      read: textAt - mainAt,
      analyze: analyzedAt - textAt,
      settingsWait: Math.max(0, settingsAt - analyzedAt),
      draw: ready - drawFrom,
      ready,
      longest: Math.max(0, ...ours.map((t) => t.duration)),
      workMs: anchored.startTime + anchored.duration - start,
      mentions: [...new Set([...officials, ...people])],
      officials: officials.length,
      claims: CSS.highlights.get('newsmark-claim')?.size ?? 0,
      steps,
      // Every long task and every mark of ours, from the script's start (for TASKS=1).
      tasks: ours.map((t) => `${(t.start - start).toFixed(0)}+${t.duration.toFixed(0)}`).join(' '),
      marks: [...performance.getEntriesByType('mark'), ...performance.getEntriesByName('newsmark:engine-call')]
        .filter((m) => m.name.startsWith('newsmark:'))
        .sort((a, b) => a.startTime - b.startTime)
        .map(
          (m) =>
            `${m.name.slice(9)}${m.entryType === 'measure' ? `(${(m as PerformanceMeasure).detail?.chars}c ${m.duration.toFixed(0)}ms)` : ''} ${(m.startTime - start).toFixed(1)}`,
        )
        .join(' '),
      readyDetail: (performance.getEntriesByName('newsmark:ready')[0] as PerformanceMeasure).detail as {
        names: number;
        claims: number;
      } | null,
    };
  });
  if (process.env.STEPS)
    console.log(
      `${name} steps: ${result.steps} ready ${result.ready.toFixed(1)} (${result.readyDetail?.names} names, ${result.readyDetail?.claims} claims) longest ${result.longest.toFixed(0)}`,
    );
  // TASKS=1: the long tasks of a run that had some, with our marks to place them; TASKS=all: every run.
  if (process.env.TASKS === 'all' || (process.env.TASKS && result.tasks))
    console.log(`${name} tasks: ${result.tasks}\n${name} marks: ${result.marks}`);
  await page.close();
  return result;
}

async function markJs(context: BrowserContext, name: string, mentions: string[]): Promise<number> {
  const page = await context.newPage();
  await page.goto(pageNamed(name).url);
  await page.evaluate(MARK_JS);
  // A string, not a function: tsx would wrap the callback in a helper the page does not have.
  const ms = (await page.evaluate(`(() => {
    const t0 = performance.now();
    let t1 = t0;
    new window.Mark(document.body).mark(${JSON.stringify(mentions)}, {
      separateWordSearch: false,
      done: function () { t1 = performance.now(); },
    });
    return t1 - t0;
  })()`)) as number;
  await page.close();
  return ms;
}

// Both browsers stay open and the measurements alternate (extension, then mark.js, page by
// page, run by run), so a busy spell on the machine hits both sides alike.
const withExt = await extensionContext();
const without = await launchWithExtension({ withExtension: false });
await serveWithoutPageScripts(without.context, PAGES);
const extension = new Map<string, ExtensionRun[]>();
const marked = new Map<string, number[]>();
for (let run = 0; run < RUNS; run++) {
  for (const name of PAGES) {
    const result = await withExtension(withExt.context, name);
    extension.set(name, [...(extension.get(name) ?? []), result]);
    // mark.js marks the same strings the extension found on this page.
    marked.set(name, [...(marked.get(name) ?? []), await markJs(without.context, name, extension.get(name)![0]!.mentions)]);
  }
}
await without.close();

// The reader's highlights are drawn in Newsmark's closed layer (boxes over the text), not in
// CSS.highlights: their cost, on the heaviest page with many notes, against the same page without.
const NOTES_PAGE = PAGES[0]!;
const NOTES = Number(process.env.NOTES) || 500;
await seedNotes(withExt.context, withExt.serviceWorker!, withExt.extensionId, NOTES_PAGE, NOTES);
const withNotes = [];
for (let run = 0; run < RUNS; run++) withNotes.push(await measureNotes(withExt.context, withExt.serviceWorker!, NOTES_PAGE));
await withExt.close();

const fmt = (n: number) => n.toFixed(1).padStart(7);
console.log(`Medians of ${RUNS} runs; page scripts off (CSP); mark.js on document.body, same mention strings.\n`);
console.log(
  'page          mentions  officials  claims   ready ms  longest task ms  all work ms  mark.js ms  ready/mark.js   |    init    read  analyze  settings wait  draw (ms) | first highlights',
);
let worstRatio = 0;
let worstTask = 0;
for (const name of PAGES) {
  const runs = extension.get(name)!;
  const ready = median(runs.map((r) => r.ready));
  const longest = median(runs.map((r) => r.longest));
  const work = median(runs.map((r) => r.workMs));
  const mark = median(marked.get(name)!);
  const ratio = ready / mark;
  worstRatio = Math.max(worstRatio, ratio);
  worstTask = Math.max(worstTask, ...runs.map((r) => r.longest));
  console.log(
    `${name.padEnd(13)} ${String(runs[0]!.mentions.length).padStart(8)}  ${String(runs[0]!.officials).padStart(9)}  ${String(runs[0]!.claims).padStart(6)}  ${fmt(ready)}    ${fmt(longest)}          ${fmt(work)}     ${fmt(mark)}     ${(ratio * 100).toFixed(0).padStart(4)} %     | ${fmt(median(runs.map((r) => r.init)))} ${fmt(median(runs.map((r) => r.read)))} ${fmt(median(runs.map((r) => r.analyze)))} ${fmt(median(runs.map((r) => r.settingsWait)))} ${fmt(median(runs.map((r) => r.draw)))}      | ${runs[0]!.readyDetail?.names ?? '?'} names, ${runs[0]!.readyDetail?.claims ?? '?'} claims`,
  );
}
console.log(
  "(init: start → the modules' top-level set-up done; read: → first screenful read, incl. a turn for the page and the article scoring; analyze: → the first-look engine call done, incl. the engine warm-up slices; settings wait: storage answering after that; draw: → highlights registered.)",
);
const noNotesWork = median(extension.get(NOTES_PAGE)!.map((r) => r.workMs));
const notesWork = median(withNotes.map((r) => r.anchoredMs));
console.log(
  `\nWith ${NOTES} notes (${NOTES_PAGE}, ${withNotes[0]!.drawn} drawn): all work ${notesWork.toFixed(0)} ms against ${noNotesWork.toFixed(0)} ms without notes (+${(notesWork - noNotesWork).toFixed(0)} ms); anchoring and drawing ${median(withNotes.map((r) => r.notesMs)).toFixed(0)} ms, of which drawing ${median(withNotes.map((r) => r.drawMs)).toFixed(0)} ms; longest task meanwhile ${Math.max(...withNotes.map((r) => r.longestInNotes)).toFixed(0)} ms (medians of ${RUNS} runs).`,
);
worstTask = Math.max(worstTask, ...withNotes.map((r) => r.longest));
console.log(
  `\nTargets: ready ≤ 20 % of mark.js on every page (worst: ${(worstRatio * 100).toFixed(0)} %), no long task > 50 ms (worst over all runs: ${worstTask.toFixed(0)} ms; 0 = none over 50 ms).`,
);
