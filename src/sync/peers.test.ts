// Sending long notes: _bulk_docs requests stay under a size servers accept, and a note the server
// finds too large (413) is refused alone while the others are stored.
import { describe, expect, it } from 'vitest';
import type { Clock } from './clock';
import { CouchClient, type HttpClient } from './couch-client';
import { chunksOfJson, RemotePeer } from './peers';
import type { Revision } from './types';

const clock: Clock = { now: () => 0, schedule: (run, ms) => setTimeout(run, ms), cancel: (h) => clearTimeout(h as NodeJS.Timeout) };
const revision = (n: number, size: number): Revision => ({
  id: `note-${n}`,
  rev: `1-${'a'.repeat(31)}${n}`,
  deleted: false,
  body: { body: 'x'.repeat(size) },
  history: [`1-${'a'.repeat(31)}${n}`],
});

/** A server that stores what it is sent, and answers 413 to requests over `limit` bytes. */
function server(limit: number) {
  const requests: { bytes: number; ids: string[] }[] = [];
  const http: HttpClient = async (_url, init) => {
    const body = init.body ?? '';
    const docs = (JSON.parse(body) as { docs: { _id: string }[] }).docs;
    requests.push({ bytes: body.length, ids: docs.map((doc) => doc._id) });
    if (body.length > limit) return { status: 413, text: async () => '{"error":"too_large","reason":"the request entity is too large"}' };
    return { status: 201, text: async () => '[]' };
  };
  return { http, requests };
}

describe('RemotePeer.write', () => {
  it('splits the documents into requests of at most ~1 MB, in order', async () => {
    const { http, requests } = server(4_000_000);
    const peer = new RemotePeer(new CouchClient({ url: 'https://couch.test/notes' }, { http, clock }));
    const revisions = [1, 2, 3, 4, 5].map((n) => revision(n, 400_000));
    const result = await peer.write(revisions);
    expect(result).toEqual({ written: 5, failures: [], conflicts: [] });
    expect(requests.map((r) => r.ids)).toEqual([['note-1', 'note-2'], ['note-3', 'note-4'], ['note-5']]);
    expect(Math.max(...requests.map((r) => r.bytes))).toBeLessThan(1_000_000);
  });

  it('a note larger than the server accepts is refused alone; the others are stored', async () => {
    const { http, requests } = server(1_500_000);
    const peer = new RemotePeer(new CouchClient({ url: 'https://couch.test/notes' }, { http, clock }));
    const result = await peer.write([revision(1, 1000), revision(2, 2_000_000), revision(3, 1000)]);
    expect(result.written).toBe(2);
    expect(result.failures).toEqual([{ id: 'note-2', rev: revision(2, 0).rev, error: 'too_large', reason: expect.any(String) }]);
    expect(requests.map((r) => r.ids)).toEqual([['note-1'], ['note-2'], ['note-3']]);
  });

  it('a 413 for several documents at once is an error (the limit is lower than ours: not guessed)', async () => {
    const { http } = server(1000);
    const peer = new RemotePeer(new CouchClient({ url: 'https://couch.test/notes' }, { http, clock }));
    await expect(peer.write([revision(1, 600), revision(2, 600)])).rejects.toMatchObject({ kind: 'rejected', status: 413 });
  });
});

describe('chunksOfJson', () => {
  it('keeps every document once, in order, each chunk under the limit unless one alone exceeds it', () => {
    const docs = ['a'.repeat(5), 'b'.repeat(3), 'c'.repeat(20), 'd', 'e'.repeat(4)];
    const chunks = chunksOfJson(docs, 10);
    expect(chunks.flat()).toEqual(docs);
    expect(chunks).toEqual([[docs[0], docs[1]], [docs[2]], [docs[3], docs[4]]]);
  });
});
