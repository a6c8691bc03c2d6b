// The database address the reader types, credentials on the wire, and a server that never answers.
import { describe, expect, it } from 'vitest';
import { CouchClient, checkRemoteUrl, type HttpClient, type HttpRequest } from './couch-client';
import { ManualClock } from './test-clock';
import { DbInfoSchema } from './wire';

describe('checkRemoteUrl', () => {
  it('takes HTTPS anywhere and plain HTTP on this computer only', () => {
    for (const url of [
      'https://couch.example.org/notes',
      'https://couch.example.org:6984/team/notes/',
      'http://localhost:5984/notes',
      'http://127.0.0.1:5984/notes',
      'http://[::1]:5984/n',
    ]) {
      expect(checkRemoteUrl(url)).toBeNull();
    }
    expect(checkRemoteUrl('http://couch.example.org/notes')).toMatch(/https:\/\//);
    expect(checkRemoteUrl('http://192.168.1.10:5984/notes')).toMatch(/https:\/\//);
    expect(checkRemoteUrl('http://localhost.evil.example/notes')).toMatch(/https:\/\//);
  });

  it('asks for the database name and for credentials in their own fields', () => {
    expect(checkRemoteUrl('https://couch.example.org/')).toMatch(/database name/);
    expect(checkRemoteUrl('https://couch.example.org')).toMatch(/must look like/);
    expect(checkRemoteUrl('https://alice:secret@couch.example.org/notes')).toMatch(/own fields/);
    expect(checkRemoteUrl('ftp://couch.example.org/notes')).toMatch(/must look like/);
    expect(() => new CouchClient({ url: 'http://couch.example.org/notes' }, { http: fetch, clock: new ManualClock() })).toThrow(
      expect.objectContaining({ kind: 'config' }),
    );
  });
});

describe('CouchClient', () => {
  it('sends Basic credentials (UTF-8) in a header, never in the URL', async () => {
    const seen: { url: string; init: HttpRequest }[] = [];
    const http: HttpClient = async (url, init) => {
      seen.push({ url, init });
      return { status: 200, text: async () => '{"update_seq":0}' };
    };
    const client = new CouchClient(
      { url: 'https://couch.example.org/notes/', username: 'émilie', password: 'p@ss:wörd' },
      { http, clock: new ManualClock() },
    );
    await client.request('GET', '', { schema: DbInfoSchema });
    expect(seen[0]!.url).toBe('https://couch.example.org/notes');
    expect(seen[0]!.init.headers.Authorization).toBe(`Basic ${Buffer.from('émilie:p@ss:wörd').toString('base64')}`);
  });

  it('a server that never answers: a timeout error once the time is up, not before', async () => {
    const clock = new ManualClock();
    const http: HttpClient = () => new Promise(() => undefined);
    const client = new CouchClient({ url: 'https://couch.example.org/notes' }, { http, clock, timeoutMs: 30_000 });
    let outcome: unknown;
    client.request('GET', '_changes?since=0', { schema: DbInfoSchema }).catch((error: unknown) => {
      outcome = error;
    });
    await clock.advance(29_999);
    expect(outcome).toBeUndefined();
    await clock.advance(1);
    expect(outcome).toMatchObject({ kind: 'timeout', retryable: true, message: expect.stringMatching(/within 30 s/) });
  });
});
