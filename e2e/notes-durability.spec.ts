// Notes are never lost: saves from three tabs at once all land, and a service worker stopped in the
// middle of a run of saves loses none of them (the sender retries; saves are idempotent by id).
import type { Page } from '@playwright/test';
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

/** Saves from an extension page, retrying like src/store/client.ts when no reply came back.
 * Resolves with the number of retries needed. */
async function saveAll(page: Page, notes: unknown[], sequential = false): Promise<number> {
  return page.evaluate(
    async ({ batch, sequential }) => {
      let retries = 0;
      const transport = /Receiving end does not exist|message port closed|message channel closed|Could not establish connection|No reply/i;
      const save = async (annotation: unknown) => {
        for (let attempt = 0; ; attempt++) {
          try {
            // A message sent while the worker is stopping may never be answered: bound each attempt.
            const reply = await Promise.race([
              chrome.runtime.sendMessage({ type: 'annotation.save', payload: { annotation } }),
              new Promise((_, reject) => setTimeout(() => reject(new Error('No reply within 5 s')), 5000)),
            ]);
            if (!reply) throw new Error('No reply');
            const { ok, error } = reply as { ok: boolean; error?: string };
            if (!ok) throw new Error(error);
            return;
          } catch (error) {
            if (attempt > 8 || !transport.test(String(error))) throw error;
            retries++;
            await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
          }
        }
      };
      if (sequential) for (const annotation of batch) await save(annotation);
      else await Promise.all(batch.map(save));
      return retries;
    },
    { batch: notes, sequential },
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
  const batch = Array.from({ length: 300 }, (_, i) => note(source, i));
  const saving = saveAll(page, batch, true);
  // Stop the worker several times while the saves are in flight, one after the other.
  for (let i = 0; i < 4; i++) {
    await page.waitForTimeout(40);
    await cdp.send('ServiceWorker.stopAllWorkers');
  }
  const retries = await saving;
  // The stops did land in the middle of the run (otherwise this test would prove nothing).
  expect(retries).toBeGreaterThan(0);
  const saved = await notesFor(page, source);
  expect(saved.map((n) => n.id).sort()).toEqual(batch.map((n) => n.id).sort());
});
