// Starts PouchDB Server (npm's pouchdb-server, a CouchDB-compatible server) on 127.0.0.1 at a free
// port, for the sync tests and benchmark; waits until it answers; stops or kills it on demand.
// In memory by default; with `dir`, on disk, so that a killed and restarted server keeps its data.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface PouchServer {
  /** http://127.0.0.1:PORT (no trailing slash) */
  url: string;
  port: number;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash or a pulled cable would. */
  kill(): Promise<void>;
  /** Starts it again on the same port (and directory, if any). */
  restart(): Promise<void>;
  /** A request as the server's admin (after makeAdmin) or anonymously. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  /** Ends admin party: creates the server admin, whose credentials admin() uses from then on. */
  makeAdmin(name: string, password: string): Promise<void>;
}

const BIN = join(dirname(createRequire(import.meta.url).resolve('pouchdb-server/package.json')), 'bin', 'pouchdb-server');
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export async function startPouchServer(options: { dir?: string } = {}): Promise<PouchServer> {
  // Its config.json and log.txt go to a directory of its own.
  const home = mkdtempSync(join(tmpdir(), 'newsmark-pouchdb-'));
  let port = await freePort();
  let child: ChildProcess | null = null;
  let auth: string | undefined;
  const url = () => `http://127.0.0.1:${port}`;

  const launch = async (): Promise<void> => {
    const storage = options.dir ? ['--dir', options.dir] : ['--in-memory'];
    const args = [
      BIN,
      ...storage,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--config',
      join(home, 'config.json'),
      '--no-stdout-logs',
    ];
    const started = spawn(process.execPath, args, { cwd: home, stdio: ['ignore', 'ignore', 'pipe'] });
    live.add(started);
    let stderr = '';
    started.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<never>((_, reject) =>
      started.once('exit', (code) => reject(new Error(`pouchdb-server exited (${code}) before answering: ${stderr.trim()}`))),
    );
    exited.catch(() => undefined); // it exits later too, when stopped: only the race hears of it
    child = started;
    try {
      await Promise.race([waitForAnswer(url(), () => stderr.includes('already in use')), exited]);
    } catch (error) {
      started.kill('SIGKILL');
      live.delete(started);
      throw new Error(`${String(error)} ${stderr.trim()}`);
    }
  };

  const waitForExit = async (signal: NodeJS.Signals) => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const done = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill(signal);
    await done;
    live.delete(running);
  };

  for (let attempt = 1; ; attempt++) {
    try {
      await launch();
      break;
    } catch (error) {
      // Another process took the port between our probe and the server's start: try another.
      if (attempt >= 5 || !String(error).includes('already in use')) throw error;
      port = await freePort();
    }
  }

  const server: PouchServer = {
    get url() {
      return url();
    },
    get port() {
      return port;
    },
    stop: async () => {
      await waitForExit('SIGTERM');
      rmSync(home, { recursive: true, force: true });
    },
    kill: () => waitForExit('SIGKILL'),
    restart: launch,
    admin: async (method, path, body) => {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (auth) headers.Authorization = auth;
      const response = await fetch(`${url()}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      let json: unknown = text;
      try {
        json = JSON.parse(text);
      } catch {
        // plain-text answers (PouchDB Server's 401s) are returned as they are
      }
      return { status: response.status, json };
    },
    makeAdmin: async (name, password) => {
      const answer = await server.admin('PUT', `/_config/admins/${encodeURIComponent(name)}`, password);
      if (answer.status !== 200) throw new Error(`Could not create the server admin: ${JSON.stringify(answer.json)}`);
      auth = `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
    },
  };
  return server;
}

/** A port the system just had free on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls GET / until the server answers (it takes a few seconds to load), for at most 60 s. */
async function waitForAnswer(url: string, failed: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (failed()) throw new Error(`pouchdb-server could not listen at ${url}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`pouchdb-server did not answer at ${url} within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
