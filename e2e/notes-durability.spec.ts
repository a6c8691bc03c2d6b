// Notes are never lost: saves from three tabs at once all land; a service worker stopped in the
// middle of a run of saves loses none of them; a worker stopped in the middle of a large import
// loses nothing and counts nothing twice. The writers under test are the product's own
// (src/store/client.ts, src/store/import-client.ts), bundled and run in an extension page.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { exportJsonLd } from '../src/store/jsonld';
import { makeNote as storeNote } from '../src/store/test-notes';
import { expect, test } from './fixtures';

/** A valid note for `source`, built in the test (the page helper's UI is not needed here). */
function note(source: string, i: number) {
  const now = new Date(Date.UTC(2024, 4, 1) + i * 1000).toISOString();
  return {
    id: crypto.randomUUID(),
    created: now,
    modified: now,
    motivation: 'commenting',
    color: 'yellow',
    tags: ['e2e'],
    body: `note ${i}`,
    target: {
      source,
      url: `${source}?utm_source=e2e`,
      title: 'Durability',
      selector: [
        { type: 'TextQuoteSelector', exact: `passage ${i}`, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: i, end: i + 9 },
      ],
    },
  };
}

let clientBundle: Promise<string> | null = null;
/** The real writer (client.ts), its retries counted by wrapping the sender it is given. */
function writerBundle(): Promise<string> {
  clientBundle ??= build({
    stdin: {
      contents: `
        import { sendReliably } from './src/store/client';
        const counters = { attempts: 0 };
        const sender = (message) => { counters.attempts++; return chrome.runtime.sendMessage(message); };
        globalThis.newsmarkClient = {
          counters,
          save: (annotation) => sendReliably('annotation.save', { annotation }, { sender }),
        };`,
      resolveDir: path.resolve(import.meta.dirname, '..'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  }).then((result) => result.outputFiles[0]!.text);
  return clientBundle;
}

/** Saves through the product's client from an extension page; resolves with the retries it made. */
async function saveAll(page: Page, notes: unknown[]): Promise<number> {
  await page.evaluate(await writerBundle());
  return page.evaluate(
    async ({ batch }) => {
      const client = (
        globalThis as unknown as { newsmarkClient: { counters: { attempts: number }; save: (n: unknown) => Promise<unknown> } }
      ).newsmarkClient;
      await Promise.all(batch.map((annotation) => client.save(annotation)));
      return client.counters.attempts - batch.length;
    },
    { batch: notes },
  );
}

/**
 * Saves notes of `pool` through the product's client from `writers` loops at once, until the page's
 * newsmarkKeepSaving flag goes false (or the pool runs out); resolves with the ids whose save
 * resolved and the retries the client made.
 */
async function saveUntilEnded(page: Page, pool: unknown[], writers: number): Promise<{ savedIds: string[]; retries: number }> {
  await page.evaluate(await writerBundle());
  return page.evaluate(
    async ({ pool, writers }) => {
      const scope = globalThis as unknown as {
        newsmarkKeepSaving: boolean;
        newsmarkSaved: number;
        newsmarkClient: { counters: { attempts: number }; save: (n: unknown) => Promise<unknown> };
      };
      scope.newsmarkKeepSaving = true;
      scope.newsmarkSaved = 0;
      const savedIds: string[] = [];
      let next = 0;
      const writer = async () => {
        while (scope.newsmarkKeepSaving && next < pool.length) {
          const annotation = pool[next++] as { id: string };
          await scope.newsmarkClient.save(annotation);
          savedIds.push(annotation.id);
          scope.newsmarkSaved = savedIds.length;
        }
      };
      await Promise.all(Array.from({ length: writers }, writer));
      return { savedIds, retries: scope.newsmarkClient.counters.attempts - savedIds.length };
    },
    { pool, writers },
  );
}

async function notesFor(page: Page, source: string): Promise<{ id: string }[]> {
  return page.evaluate(async (src) => {
    const reply = await chrome.runtime.sendMessage({ type: 'annotation.forPage', payload: { source: src } });
    return reply.value.annotations;
  }, source);
}

test('notes made in three tabs at once are all saved', async ({ openPopup }) => {
  const tabs = await Promise.all([openPopup(), openPopup(), openPopup()]);
  const sources = ['https://www.lemonde.fr/a.html', 'https://www.bbc.com/news/b', 'https://www.nytimes.com/c.html'];
  const batches = sources.map((source, t) => Array.from({ length: 25 }, (_, i) => note(source, t * 100 + i)));
  await Promise.all(tabs.map((tab, t) => saveAll(tab, batches[t]!)));
  for (const [t, source] of sources.entries()) {
    const saved = await notesFor(tabs[0]!, source);
    expect(saved.map((n) => n.id).sort()).toEqual(batches[t]!.map((n) => n.id).sort());
  }
});

test('a service worker stopped during saves loses nothing', async ({ context, openPopup }) => {
  const page = await openPopup();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const source = 'https://www.lemonde.fr/durability.html';
  // Four writers save one note after another until told to end, so saves are in flight whenever
  // the worker is stopped, however fast or slow the machine is.
  const saving = saveUntilEnded(
    page,
    Array.from({ length: 4_000 }, (_, i) => note(source, i)),
    4,
  );
  for (let i = 0; i < 4; i++) {
    // Counted by the writers: each save the client saw acknowledged.
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { newsmarkSaved?: number }).newsmarkSaved ?? 0), { timeout: 45_000 })
      .toBeGreaterThan((i + 1) * 20);
    await cdp.send('ServiceWorker.stopAllWorkers');
  }
  await page.evaluate(() => {
    (globalThis as unknown as { newsmarkKeepSaving: boolean }).newsmarkKeepSaving = false;
  });
  const { savedIds, retries } = await saving;
  // The stops did land in the middle of saves (otherwise this test would prove nothing).
  expect(retries).toBeGreaterThan(0);
  const saved = await notesFor(page, source);
  expect(saved.map((n) => n.id).sort()).toEqual([...savedIds].sort());
});

test('a service worker stopped during a large import: it resumes, and the count is true', async ({ context, openOptions }) => {
  // The file is read and checked twice (before and after the stop) in a worker on a shared machine.
  test.setTimeout(180_000);
  const options = await openOptions();
  const cdp = await context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  const notes = Array.from({ length: 6_000 }, (_, i) => storeNote({ quote: `passage ${i}`, source: `https://news.example/${i % 50}` }));
  const file = path.join(os.tmpdir(), `newsmark-durability-${crypto.randomUUID()}.jsonld`);
  writeFileSync(file, exportJsonLd(notes));
  await options.getByLabel('Import a file…').setInputFiles(file);
  // Once the background is writing (some chunks committed, others to come), stop it.
  const progress = options.getByText(/^Saving: [1-9][\d,]* of 6,000 notes/);
  await expect(progress).toBeVisible({ timeout: 60_000 });
  await cdp.send('ServiceWorker.stopAllWorkers');
  // The stop landed half way (otherwise this test would prove nothing): the import's record says
  // part of the file is written and the import has not ended.
  const record = await options.evaluate(
    () =>
      new Promise<{ written: number; outcome?: unknown }[]>((resolve, reject) => {
        const open = indexedDB.open('newsmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('imports').objectStore('imports').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map(({ written, outcome }) => ({ written, outcome })));
          };
        };
      }),
  );
  expect(record).toHaveLength(1);
  expect(record[0]!.outcome).toBeUndefined();
  expect(record[0]!.written).toBeGreaterThan(0);
  expect(record[0]!.written).toBeLessThan(6_000);
  await expect(options.getByRole('status')).toHaveText('Imported: 6,000 new, 0 updated, 0 already here.', { timeout: 60_000 });
  await expect(options.getByText('6,000 notes are kept on this device.')).toBeVisible();
});
