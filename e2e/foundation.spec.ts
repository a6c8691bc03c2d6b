// The foundation works end to end, in every browser: the content script runs on a news page, the
// background answers typed messages and refuses malformed ones, the extension pages render, and a
// record written through the background can be read back from the popup.
import { expect, test } from './any-browser';
import { sendFromExtension } from './page-helpers';

test('the content script runs on a news page served at its address', async ({ driver, openArticle }) => {
  const page = await openArticle('lemonde-1');
  expect(page.url()).toBe(driver.urlOf('lemonde-1'));
  if (driver.name === 'chromium') expect(page.url()).toMatch(/^https:\/\/www\.lemonde\.fr\//);
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('newsmark:start').length)).toBeGreaterThan(0);
});

test('requests to anything but the served pages never leave the machine', async ({ driver }) => {
  const reached = await driver.openUrl('https://example.com/').then(
    (page) => page.evaluate(() => document.body?.textContent ?? ''),
    () => '',
  );
  expect(reached).not.toContain('Example Domain');
  await expect.poll(() => driver.refusedRequests().some((request) => request.includes('example.com'))).toBe(true);
});

test('the background answers a typed ping and refuses malformed messages', async ({ openPopup }) => {
  const popup = await openPopup();
  const send = (message: unknown) => sendFromExtension(popup, message);
  expect(await send({ type: 'ping', payload: {} })).toEqual({
    ok: true,
    value: { pong: true, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) },
  });
  expect(await send({ type: 'ping', payload: 'not an object' })).toMatchObject({ ok: false, error: expect.stringContaining('Malformed') });
  expect(await send({ type: 'drop-database', payload: {} })).toMatchObject({ ok: false, error: expect.stringContaining('drop-database') });
  expect(await send('ping')).toMatchObject({ ok: false });
});

test('a web page cannot reach the extension', async ({ openArticle }) => {
  const page = await openArticle('lemonde-1');
  const reachable = await page.evaluate(() => {
    const global = globalThis as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: { runtime?: { sendMessage?: unknown } } };
    return [typeof global.chrome?.runtime?.sendMessage, typeof global.browser?.runtime?.sendMessage];
  });
  expect(reachable).toEqual(['undefined', 'undefined']);
});

test('the popup and options pages open and render', async ({ openPopup, openOptions, pageErrors }) => {
  const heading = (page: Awaited<ReturnType<typeof openPopup>>) => page.evaluate(() => document.querySelector('h1')?.textContent ?? '');
  const popup = await openPopup();
  await expect.poll(() => heading(popup)).toBe('Newsmark');
  const options = await openOptions();
  await expect.poll(() => heading(options)).toContain('Newsmark');
  expect(pageErrors).toEqual([]);
});

test('a record written through the background is read back from the popup', async ({ openPopup }) => {
  const popup = await openPopup();
  const id = '6f1c2a9e-3b7d-4e8f-9a0b-1c2d3e4f5a6b';
  const now = new Date().toISOString();
  const annotation = {
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
  };
  expect(await sendFromExtension(popup, { type: 'annotation.save', payload: { annotation } })).toMatchObject({ ok: true });
  const reply = (await sendFromExtension(popup, { type: 'annotation.forPage', payload: { source: 'https://www.lemonde.fr/a.html' } })) as {
    value: { annotations: { id: string; body: string }[] };
  };
  expect(reply.value.annotations.map((a) => [a.id, a.body])).toEqual([[id, 'Vérifier ce chiffre']]);
});
