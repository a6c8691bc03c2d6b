// The foundation works end to end: the content script runs on a real news address, the service
// worker answers typed messages and refuses malformed ones, the extension pages render, and a
// record written through the service worker can be read back from the popup.
import { expect, test } from './fixtures';

test('the content script runs on a page served at its real news address', async ({ openArticle }) => {
  const page = await openArticle('lemonde-1');
  expect(page.url()).toMatch(/^https:\/\/www\.lemonde\.fr\//);
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('newsmark:start').length)).toBeGreaterThan(0);
});

test('requests to anything but the served pages never leave the machine', async ({ context }) => {
  const page = await context.newPage();
  const response = await page.goto('https://example.com/').catch((error: Error) => error);
  expect(response).toBeInstanceOf(Error);
});

test('the service worker answers a typed ping and refuses malformed messages', async ({ openPopup }) => {
  const popup = await openPopup();
  const replies = await popup.evaluate(async () => {
    const send = (message: unknown) => chrome.runtime.sendMessage(message);
    return {
      ping: await send({ type: 'ping', payload: {} }),
      wrongPayload: await send({ type: 'ping', payload: 'not an object' }),
      unknownType: await send({ type: 'drop-database', payload: {} }),
      notAnObject: await send('ping'),
    };
  });
  expect(replies.ping).toEqual({ ok: true, value: { pong: true, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) } });
  expect(replies.wrongPayload).toMatchObject({ ok: false, error: expect.stringContaining('Malformed') });
  expect(replies.unknownType).toMatchObject({ ok: false, error: expect.stringContaining('drop-database') });
  expect(replies.notAnObject).toMatchObject({ ok: false });
});

test('a web page cannot reach the extension', async ({ openArticle }) => {
  const page = await openArticle('lemonde-1');
  const reachable = await page.evaluate(
    () => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
  );
  expect(reachable).toBe('undefined');
});

test('the popup and options pages open and render', async ({ openPopup, openOptions }) => {
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Newsmark');
  const options = await openOptions();
  await expect(options.getByRole('heading', { level: 1 })).toContainText('Newsmark');
});

test('a record written through the service worker is read back from the popup', async ({ openPopup }) => {
  const popup = await openPopup();
  const id = '6f1c2a9e-3b7d-4e8f-9a0b-1c2d3e4f5a6b';
  const now = new Date().toISOString();
  const saved = await popup.evaluate((annotation) => chrome.runtime.sendMessage({ type: 'annotation.save', payload: { annotation } }), {
    id,
    created: now,
    modified: now,
    motivation: 'commenting',
    color: 'yellow',
    tags: ['e2e'],
    body: 'Vérifier ce chiffre',
    target: {
      source: 'https://www.lemonde.fr/a.html',
      url: 'https://www.lemonde.fr/a.html?utm_source=x',
      title: 'Un article',
      selector: [
        { type: 'TextQuoteSelector', exact: 'deux douzaines', prefix: 'plus de ', suffix: ' d’organisations' },
        { type: 'TextPositionSelector', start: 10, end: 24 },
      ],
    },
  });
  expect(saved).toMatchObject({ ok: true });
  const readBack = await popup.evaluate(async (source) => {
    const reply = await chrome.runtime.sendMessage({ type: 'annotation.forPage', payload: { source } });
    return reply.value.annotations.map((a: { id: string; body: string }) => [a.id, a.body]);
  }, 'https://www.lemonde.fr/a.html');
  expect(readBack).toEqual([[id, 'Vérifier ce chiffre']]);
});
