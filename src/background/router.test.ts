import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { createRouter } = await import('./router');
type Handlers = Parameters<typeof createRouter>[0];

const OWN_ID = 'own-extension-id';
const ORIGIN = `chrome-extension://${OWN_ID}/`;
const popup = { id: OWN_ID, url: `${ORIGIN}src/popup/index.html` };
const contentScript = { id: OWN_ID, url: 'https://news.example/article', tab: { id: 4 } };

function routerWithSpies() {
  const handlers = {
    ping: vi.fn(() => ({ pong: true as const, version: '1.2.3' })),
    'annotation.deleteAll': vi.fn(async () => ({ deleted: 3 })),
  } as unknown as Handlers;
  return { handlers, route: createRouter(handlers, OWN_ID, ORIGIN) };
}

describe('the message router', () => {
  it('answers a well-formed request from the extension', async () => {
    const { route } = routerWithSpies();
    await expect(route({ type: 'ping', payload: {} }, popup as never)).resolves.toEqual({
      ok: true,
      value: { pong: true, version: '1.2.3' },
    });
  });

  it('ignores other extensions and web pages entirely', () => {
    const { route, handlers } = routerWithSpies();
    expect(route({ type: 'ping', payload: {} }, { id: 'someone-else', url: 'https://evil.example/' } as never)).toBeUndefined();
    expect(route({ type: 'ping', payload: {} }, { url: 'https://evil.example/' } as never)).toBeUndefined();
    expect(handlers.ping).not.toHaveBeenCalled();
  });

  it('refuses malformed requests with a message that names them', async () => {
    const { route, handlers } = routerWithSpies();
    await expect(route({ type: 'ping', payload: 7 }, popup as never)).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('ping'),
    });
    await expect(route({ type: '__proto__', payload: {} }, popup as never)).resolves.toMatchObject({ ok: false });
    await expect(route(null, popup as never)).resolves.toMatchObject({ ok: false });
    expect(handlers.ping).not.toHaveBeenCalled();
  });

  it('keeps bulk operations away from content scripts, which live inside web pages', async () => {
    const { route, handlers } = routerWithSpies();
    const asked = { type: 'annotation.deleteAll', payload: { confirm: true } };
    await expect(route(asked, contentScript as never)).resolves.toMatchObject({ ok: false, error: expect.stringContaining('own pages') });
    expect(handlers['annotation.deleteAll']).not.toHaveBeenCalled();
    await expect(route(asked, popup as never)).resolves.toEqual({ ok: true, value: { deleted: 3 } });
    await expect(route({ type: 'ping', payload: {} }, contentScript as never)).resolves.toMatchObject({ ok: true });
  });

  it('lets only extension pages configure or run sync: a content script cannot point the notes elsewhere', async () => {
    const handlers = {
      'sync.save': vi.fn(async () => ({ configured: true, state: 'idle', pending: 0, conflicts: 0 })),
      'sync.now': vi.fn(async () => ({ configured: true, state: 'idle', pending: 0, conflicts: 0 })),
    } as unknown as Handlers;
    const route = createRouter(handlers, OWN_ID, ORIGIN);
    const save = { type: 'sync.save', payload: { server: 'https://evil.example', database: 'loot', username: 'x', password: 'y' } };
    for (const message of [save, { type: 'sync.now', payload: {} }, { type: 'sync.status', payload: {} }]) {
      await expect(route(message, contentScript as never)).resolves.toMatchObject({
        ok: false,
        error: expect.stringContaining('own pages'),
      });
    }
    expect(handlers['sync.save']).not.toHaveBeenCalled();
    await expect(route(save, { id: OWN_ID, url: `${ORIGIN}src/options/index.html` } as never)).resolves.toMatchObject({ ok: true });
  });

  it('turns a failing handler into an error reply instead of a silent drop', async () => {
    const handlers = {
      ping: () => {
        throw new Error('disk full');
      },
    } as unknown as Handlers;
    const route = createRouter(handlers, OWN_ID, ORIGIN);
    await expect(route({ type: 'ping', payload: {} }, popup as never)).resolves.toEqual({ ok: false, error: 'disk full' });
  });
});
