// The test pages over plain http on 127.0.0.1 (an ephemeral port), for the browsers whose requests
// the harness cannot intercept (Firefox over WebDriver BiDi). Each page keeps its original path and
// query, so only the host differs from its real address. The same server is the browser's proxy
// for everything else and refuses it all: nothing leaves the machine.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ALL_PAGES } from './pages';

/** A page with nothing on it: a place for a tab to stand before it goes to an extension page. */
export const BLANK_PATH = '/newsmark-e2e/blank.html';

export interface PageServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly port: number;
  /** The local address of a test page (its original path and query on this server). */
  urlOf(pageUrl: string): string;
  /** Serves `html` at `pathname` (replacing what was there); returns its address. */
  serve(pathname: string, html: string): string;
  /** Requests that tried to leave the machine (through the proxy), as "METHOD target". */
  readonly refused: string[];
  close(): Promise<void>;
}

function pathOf(url: string): string {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
}

export async function startPageServer(): Promise<PageServer> {
  const files = new Map<string, string>();
  for (const page of ALL_PAGES) {
    const key = pathOf(page.url);
    if (files.has(key)) throw new Error(`Two test pages share the path ${key}`);
    files.set(key, page.file);
  }
  const bodies = new Map<string, string | Buffer>([[BLANK_PATH, '<!doctype html><meta charset="utf-8"><title>blank</title>']]);
  const refused: string[] = [];

  const server = http.createServer((request, response) => {
    const target = request.url ?? '/';
    // A proxied request names its whole URL: the browser tried to reach another host.
    if (!target.startsWith('/')) {
      refused.push(`${request.method} ${target}`);
      response.writeHead(403).end();
      return;
    }
    // A query the page was not saved with (utm_source…) still finds it.
    const known = bodies.has(target) || files.has(target) ? target : target.replace(/\?.*$/, '');
    let body = bodies.get(known);
    const file = files.get(known);
    if (body === undefined && file) bodies.set(known, (body = readFileSync(file)));
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a test page');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  // https and websockets through the proxy: refused before any byte is relayed.
  server.on('connect', (request, socket) => {
    refused.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    refused,
    urlOf: (pageUrl) => `${origin}${pathOf(pageUrl)}`,
    serve(pathname, html) {
      bodies.set(pathname, html);
      return `${origin}${pathname}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
