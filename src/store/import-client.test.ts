// The page's side of an import: it asks over the port until the background answers, connecting
// again (for the same import id) when the port closes first, as it does when the worker stops.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: {} } }));
const { followImport, ImportFailed, importFile } = await import('./import-client');
const { MAX_IMPORT_SIZE, TOO_LARGE } = await import('./import-limits');
const { NotesStore } = await import('./notes-store');

type Listener = (message: unknown) => void;

/** A port whose background side is scripted: `answer` gets each request and the port. */
function fakeConnect(answer: (request: { importId: string }, port: { send: Listener; drop: () => void }, connection: number) => void) {
  const requests: unknown[] = [];
  let connections = 0;
  const connect = () => {
    const connection = ++connections;
    const onMessage: Listener[] = [];
    const onDisconnect: (() => void)[] = [];
    let open = true;
    const side = {
      send: (message: unknown) => {
        if (open) for (const l of onMessage) l(message);
      },
      drop: () => {
        if (!open) return;
        open = false;
        for (const l of onDisconnect) l();
      },
    };
    return {
      postMessage(message: { importId: string }) {
        requests.push(message);
        queueMicrotask(() => answer(message, side, connection));
      },
      disconnect: () => {
        open = false;
      },
      onMessage: { addListener: (l: Listener) => onMessage.push(l) },
      onDisconnect: { addListener: (l: () => void) => onDisconnect.push(l) },
    };
  };
  return { connect, requests, connections: () => connections };
}

const result = { added: 3, updated: 0, unchanged: 0, entries: 3, notes: 3, format: 'w3c' as const, skipped: [] };

describe('importFile', () => {
  it('refuses a file over the size limit before staging a copy of it, with a clear message', async () => {
    const staged: string[] = [];
    const store = { stageImport: async (id: string) => void staged.push(id) } as unknown as InstanceType<typeof NotesStore>;
    const huge = { size: MAX_IMPORT_SIZE + 1 } as Blob;
    const error = await importFile(store, huge, 'huge.jsonld', { connect: () => Promise.reject(new Error('not asked')) as never }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ImportFailed);
    expect(error).toMatchObject({ message: TOO_LARGE, written: 0 });
    expect(staged).toEqual([]);
  });
});

describe('followImport', () => {
  it('connects again for the same import when the port closes before the answer', async () => {
    const id = crypto.randomUUID();
    const port = fakeConnect((request, side, connection) => {
      side.send({ type: 'import.progress', importId: request.importId, phase: 'writing', done: connection, total: 3 });
      if (connection === 1) side.drop();
      else side.send({ type: 'import.done', importId: request.importId, result });
    });
    const progress: number[] = [];
    await expect(followImport(id, { connect: port.connect, backoff: [1, 1], onProgress: (p) => progress.push(p.done) })).resolves.toEqual(
      result,
    );
    expect(port.requests).toEqual([
      { type: 'import.run', importId: id },
      { type: 'import.run', importId: id },
    ]);
    expect(progress).toEqual([1, 2]);
  });

  it('reports a failure with how many notes were written before it', async () => {
    const port = fakeConnect((request, side) =>
      side.send({
        type: 'import.failed',
        importId: request.importId,
        error: 'Stopped after 2000 of 4000 notes: disk full.',
        written: 2000,
      }),
    );
    const error = await followImport(crypto.randomUUID(), { connect: port.connect }).catch((e) => e);
    expect(error).toBeInstanceOf(ImportFailed);
    expect(error).toMatchObject({ written: 2000, message: expect.stringContaining('disk full') });
  });

  it('ignores what is said about other imports, and gives up after the last attempt', async () => {
    const port = fakeConnect((_request, side) => {
      side.send({ type: 'import.done', importId: 'another', result });
      side.drop();
    });
    await expect(followImport(crypto.randomUUID(), { connect: port.connect, backoff: [1, 1] })).rejects.toThrow(/stopped answering/);
    expect(port.connections()).toBe(3);
  });
});
