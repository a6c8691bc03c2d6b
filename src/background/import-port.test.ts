// The import port: only this extension's own pages may run imports; requests are checked; progress
// and the answer go back on the port that asked.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { serveImportPort } = await import('./import-port');
const { ImportJobs } = await import('../store/import-job');
const { NotesStore } = await import('../store/notes-store');
const { exportJsonLd } = await import('../store/jsonld');
const { makeNote } = await import('../store/test-notes');
const { IMPORT_PORT } = await import('../lib/messages');

const OWN_ID = 'own-extension-id';
const ORIGIN = `chrome-extension://${OWN_ID}/`;

function fakePort(sender: { id?: string; url?: string }, name = IMPORT_PORT) {
  const posted: { type: string }[] = [];
  const listeners: ((message: unknown) => void)[] = [];
  const port = {
    name,
    sender,
    disconnected: false,
    postMessage: (message: { type: string }) => posted.push(message),
    disconnect() {
      port.disconnected = true;
    },
    onMessage: { addListener: (l: (message: unknown) => void) => listeners.push(l) },
    onDisconnect: { addListener: () => undefined },
  };
  return {
    port,
    posted,
    send: (message: unknown) => {
      for (const l of listeners) l(message);
    },
  };
}

describe('the import port', () => {
  it('runs a staged import for an extension page and answers on the port', async () => {
    const store = new NotesStore({ name: `port-${crypto.randomUUID()}` });
    const id = crypto.randomUUID();
    await store.stageImport(id, 'file', exportJsonLd([makeNote(), makeNote()]));
    const { port, posted, send } = fakePort({ id: OWN_ID, url: `${ORIGIN}src/options/index.html` });
    expect(serveImportPort(port, new ImportJobs(store), OWN_ID, ORIGIN)).toBe(true);
    send({ type: 'import.run', importId: id });
    await vi.waitFor(() => expect(posted.at(-1)?.type).toBe('import.done'));
    expect(posted.at(-1)).toMatchObject({ importId: id, result: { added: 2 } });
    expect(posted.some((m) => m.type === 'import.progress')).toBe(true);
    store.close();
  });

  it('closes ports from content scripts, other extensions and other names', () => {
    const jobs = new ImportJobs(new NotesStore({ name: `port-${crypto.randomUUID()}` }));
    for (const [sender, name] of [
      [{ id: OWN_ID, url: 'https://news.example/article' }, IMPORT_PORT],
      [{ id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }, IMPORT_PORT],
      [{ id: OWN_ID, url: `${ORIGIN}x.html` }, 'other'],
    ] as const) {
      const { port } = fakePort(sender, name);
      expect(serveImportPort(port, jobs, OWN_ID, ORIGIN)).toBe(false);
      if (name === IMPORT_PORT) expect(port.disconnected).toBe(true);
    }
  });

  it('answers a malformed request with a failure, running nothing', () => {
    const { port, posted, send } = fakePort({ id: OWN_ID, url: `${ORIGIN}x.html` });
    serveImportPort(port, new ImportJobs(new NotesStore({ name: `port-${crypto.randomUUID()}` })), OWN_ID, ORIGIN);
    send({ type: 'import.run', importId: 'not-a-uuid' });
    expect(posted).toEqual([{ type: 'import.failed', importId: 'not-a-uuid', error: 'Malformed import request', written: 0 }]);
  });
});
