import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { fromExtension } = await import('./link');

const OWN_ID = 'own-extension-id';
const ORIGIN = `chrome-extension://${OWN_ID}/`;

describe('which ports the content script takes for its note frames', () => {
  it('takes a port the extension’s background opened (the relay)', () => {
    expect(fromExtension({ id: OWN_ID, url: `${ORIGIN}service-worker-loader.js` }, OWN_ID, ORIGIN)).toBe(true);
  });

  it('refuses another extension, a sender in a tab, and a sender without an address', () => {
    expect(fromExtension(undefined, OWN_ID, ORIGIN)).toBe(false);
    expect(fromExtension({ id: 'another', url: 'chrome-extension://another/bg.js' }, OWN_ID, ORIGIN)).toBe(false);
    expect(fromExtension({ id: OWN_ID, url: 'https://news.example/a', tab: { id: 3 } as never }, OWN_ID, ORIGIN)).toBe(false);
    expect(fromExtension({ id: OWN_ID, url: `${ORIGIN}src/page/note-frame/index.html`, tab: { id: 3 } as never }, OWN_ID, ORIGIN)).toBe(
      false,
    );
    expect(fromExtension({ id: OWN_ID }, OWN_ID, ORIGIN)).toBe(false);
  });
});
