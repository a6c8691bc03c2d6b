// Sync between two devices: two Chromium profiles with the built extension, and a PouchDB Server
// (npm) started here on 127.0.0.1 at a free port. Each profile is set up through the options page
// (Save asks for the server's origin as an optional host permission: this copy of the extension
// has http://127.0.0.1/* granted in its manifest, so the request resolves without a prompt, as it
// does for a reader who already allowed it). The server keeps its data in a temporary directory,
// so that it can be killed in the middle of a sync and restarted. The extension reaches it through
// a small proxy here, which counts the requests and can cut one (Playwright does not see an
// request that has gone out).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { type PouchServer, startPouchServer } from '../scripts/pouchdb-server';
import type { Annotation } from '../src/lib/annotation';
import { makeNote } from '../src/store/test-notes';
import { axeViolations } from './axe';
import { EXTENSION_DIR, launchWithExtension } from './launch';

const USER = 'alice';
const PASSWORD = 'correct horse';
/** A teammate sharing the database. */
const TEAMMATE = 'bob';
const TEAMMATE_PASSWORD = 'battery staple';

interface Device {
  context: BrowserContext;
  worker: Worker;
  options: Page;
  close: () => Promise<void>;
}

/** Requests the extensions made, as "METHOD /path"; `onRequest` may cut one (return true). */
const proxy = {
  url: '',
  requests: [] as string[],
  onRequest: null as null | ((path: string) => Promise<boolean>),
  server: null as http.Server | null,
};

function startProxy(): Promise<void> {
  proxy.server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    proxy.requests.push(`${request.method} ${path.split('?')[0]}`);
    void (async () => {
      if (proxy.onRequest && (await proxy.onRequest(path))) {
        request.socket.destroy(); // as a pulled cable or a crashed server would
        return;
      }
      const forward = http.request(`${server.url}${path}`, { method: request.method, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      forward.on('error', () => request.socket.destroy());
      request.pipe(forward);
    })();
  });
  return new Promise((resolve) =>
    proxy.server!.listen(0, '127.0.0.1', () => {
      proxy.url = `http://127.0.0.1:${(proxy.server!.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

let server: PouchServer;
let dataDir: string;
let extensionDir: string;
let dbCount = 0;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-sync-e2e-'));
  server = await startPouchServer({ dir: dataDir });
  await server.makeAdmin(USER, PASSWORD);
  expect((await server.admin('PUT', `/_config/admins/${TEAMMATE}`, TEAMMATE_PASSWORD)).status).toBe(200);
  await startProxy();
  // The built extension, with the test server's origin granted up front (see the header).
  extensionDir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-sync-ext-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
});

test.afterAll(async () => {
  proxy.server?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(extensionDir, { recursive: true, force: true });
});

async function newDatabase(): Promise<string> {
  const name = `notes-${++dbCount}`;
  expect((await server.admin('PUT', `/${name}`)).status).toBe(201);
  return name;
}

async function device(uiLanguage = 'en'): Promise<Device> {
  const launched = await launchWithExtension({ extensionDir, uiLanguage });
  // launch.ts aborts every request but the test pages': let the extension reach the test server.
  await launched.context.route(/^http:\/\/127\.0\.0\.1:\d+\//, (route) => route.continue());
  const options = await launched.context.newPage();
  await options.goto(`chrome-extension://${launched.extensionId}/src/options/index.html`);
  return { context: launched.context, worker: launched.serviceWorker!, options, close: launched.close };
}

/** Fills the Sync form (by the fields' ids: the same in every language). */
async function fill(d: Device, database: string, password = PASSWORD, user = USER): Promise<void> {
  const page = d.options;
  await page.locator('#sync-server').fill(proxy.url);
  await page.locator('#sync-database').fill(database);
  await page.locator('#sync-username').fill(user);
  await page.locator('#sync-password').fill(password);
}

async function configure(d: Device, database: string, password = PASSWORD, user = USER, save = 'Save and sync'): Promise<void> {
  await fill(d, database, password, user);
  await d.options.getByRole('button', { name: save }).click();
}

/** Sends a request to the background as the options page does. */
function call<T>(d: Device, type: string, payload: unknown): Promise<T> {
  return d.options.evaluate(
    async ([type, payload]) => {
      const reply = await chrome.runtime.sendMessage({ type, payload });
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    },
    [type, payload] as const,
  ) as Promise<T>;
}

/** A note with this body (the store's own test helper, as the other specs build notes). */
const note = (body: string): Annotation => makeNote({ body });

const save = (d: Device, n: Annotation) => call<{ annotation: Annotation }>(d, 'annotation.save', { annotation: n });
const get = async (d: Device, id: string) => (await call<{ annotation: Annotation | null }>(d, 'annotation.get', { id })).annotation;
const syncNow = (d: Device) => call<{ state: string; conflicts: number; pending: number; error?: { kind: string } }>(d, 'sync.now', {});
const count = async (d: Device) =>
  (await call<{ annotations: Annotation[] }>(d, 'annotation.list', { query: {}, limit: 2000 })).annotations.length;

async function upToDate(d: Device): Promise<void> {
  await expect(d.options.getByTestId('sync-status')).toHaveAttribute('data-state', 'idle');
}

test('two devices: a note, an edit, a delete travel; offline edits on both become a shown conflict', async () => {
  const database = await newDatabase();
  const [a, b] = await Promise.all([device(), device()]);
  try {
    await configure(a, database);
    await upToDate(a);
    await configure(b, database);
    await upToDate(b);

    // A note made on A shows on B.
    const first = (await save(a, note('made on A'))).annotation;
    expect(first.creator).toBe(USER);
    await syncNow(a);
    await b.options.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(async () => (await get(b, first.id))?.body).toBe('made on A');

    // An edit on B shows on A.
    await call(b, 'annotation.update', { id: first.id, patch: { body: 'edited on B' } });
    await syncNow(b);
    await syncNow(a);
    expect((await get(a, first.id))?.body).toBe('edited on B');

    // A delete on A reaches B.
    const second = (await save(a, note('to delete'))).annotation;
    await syncNow(a);
    await syncNow(b);
    expect((await get(b, second.id))?.body).toBe('to delete');
    await call(a, 'annotation.delete', { id: second.id });
    await syncNow(a);
    await syncNow(b);
    expect(await get(b, second.id)).toBeNull();

    // Both edit the same note with the server down, then sync: both versions kept, the conflict shown.
    await server.kill();
    await call(a, 'annotation.update', { id: first.id, patch: { body: 'A, offline' } });
    await call(b, 'annotation.update', { id: first.id, patch: { body: 'B, offline' } });
    expect((await syncNow(a)).error?.kind).toBe('offline');
    await server.restart();
    await syncNow(a);
    expect((await syncNow(b)).conflicts).toBe(1);
    expect((await syncNow(a)).conflicts).toBe(1);
    for (const d of [a, b]) {
      const { conflicts } = await call<{ conflicts: { versions: { note: Annotation }[] }[] }>(d, 'sync.conflicts', {});
      expect(conflicts[0]!.versions.map((v) => v.note.body).sort()).toEqual(['A, offline', 'B, offline']);
    }
    expect((await get(a, first.id))?.body).toBe((await get(b, first.id))?.body);
    await b.options.reload();
    await expect(b.options.getByTestId('sync-conflicts')).toHaveText('1');
    expect(await axeViolations(b.options)).toEqual([]);

    // The popup marks it; the reader keeps the other version, by keyboard; the conflict ends on both.
    const popup = await b.context.newPage();
    await popup.goto(b.options.url().replace('src/options/index.html', 'src/popup/index.html'));
    await popup.getByRole('tab', { name: /All notes/ }).click();
    const conflicts = popup.getByRole('region', { name: 'Edited on two devices' });
    await expect(conflicts).toBeVisible();
    expect(await axeViolations(popup)).toEqual([]);
    const other = (await get(b, first.id))?.body === 'A, offline' ? 'B, offline' : 'A, offline';
    await conflicts.getByRole('button', { name: 'Keep the other version' }).focus();
    await popup.keyboard.press('Enter');
    await expect(conflicts).toBeHidden();
    expect((await get(b, first.id))?.body).toBe(other);
    await syncNow(b);
    expect((await syncNow(a)).conflicts).toBe(0);
    expect((await get(a, first.id))?.body).toBe(other);
  } finally {
    await a.close();
    await b.close();
  }
});

test('the server killed in the middle of a sync, restarted: no note lost or doubled', async () => {
  const database = await newDatabase();
  const [a, b] = await Promise.all([device(), device()]);
  try {
    await configure(a, database);
    await upToDate(a);
    // 250 notes: two batches of 200. The server dies at the second batch’s write.
    const ids: string[] = [];
    const notes = Array.from({ length: 250 }, (_, i) => note(`bulk ${i}`));
    await a.options.evaluate(async (all) => {
      const replies = await Promise.all(
        all.map((n) => chrome.runtime.sendMessage({ type: 'annotation.save', payload: { annotation: n } })),
      );
      if (!replies.every((reply) => reply.ok)) throw new Error('a save failed');
    }, notes);
    ids.push(...notes.map((n) => n.id));
    let writes = 0;
    proxy.onRequest = async (path) => {
      if (!path.includes('_bulk_docs') || ++writes !== 2) return false;
      await server.kill(); // the second batch never arrives
      return true;
    };
    const cut = await syncNow(a);
    // (Chrome sends a request again once when its reused connection is cut, hence at least 2.)
    expect(writes).toBeGreaterThanOrEqual(2);
    expect(cut.error?.kind).toBe('offline');
    proxy.onRequest = null;
    const written = ((await server.restart().then(() => server.admin('GET', `/${database}`))).json as { doc_count: number }).doc_count;
    expect(written).toBeLessThan(250); // cut short
    expect(await syncNow(a)).toMatchObject({ state: 'idle', pending: 0 });
    const info = (await server.admin('GET', `/${database}`)).json as { doc_count: number };
    expect(info.doc_count).toBe(250);

    await configure(b, database);
    await upToDate(b);
    // A sync of its own: the status may read idle before the one the settings started is under way.
    expect(await syncNow(b)).toMatchObject({ state: 'idle', pending: 0 });
    expect(await count(b)).toBe(250);
  } finally {
    await a.close();
    await b.close();
  }
});

test('a wrong password, in French: Test connection says so, saving shows it, and nothing retries on its own', async () => {
  const database = await newDatabase();
  const a = await device('fr');
  try {
    // Test connection tries without saving, and says what it found in the reader's language.
    await fill(a, database, 'wrong password');
    await a.options.getByRole('button', { name: 'Tester la connexion' }).click();
    await expect(a.options.getByTestId('sync-message')).toHaveText('Nom d’utilisateur ou mot de passe incorrect.');
    await a.options.locator('#sync-password').fill(PASSWORD);
    await a.options.getByRole('button', { name: 'Tester la connexion' }).click();
    await expect(a.options.getByTestId('sync-message')).toHaveText(`Connecté à la base « ${database} » : le serveur accepte ces réglages.`);
    await a.options.locator('#sync-server').fill('http://couch.example.org');
    await a.options.getByRole('button', { name: 'Tester la connexion' }).click();
    await expect(a.options.getByTestId('sync-message')).toHaveText(/^L’adresse doit commencer par https:\/\//);

    await configure(a, database, 'wrong password', USER, 'Enregistrer et synchroniser');
    await expect(a.options.getByTestId('sync-error')).toHaveText(
      /^Nom d’utilisateur ou mot de passe incorrect\. Newsmark ne réessaiera pas/,
    );
    await expect(a.options.getByTestId('sync-status')).toHaveAttribute('data-state', 'failed');
    const made = proxy.requests.length;
    // A local change and the periodic alarm do not try again; only the reader can.
    await save(a, note('written while refused'));
    await a.worker.evaluate(() => (globalThis as { newsmark?: { syncAlarm?: () => Promise<void> } }).newsmark?.syncAlarm?.());
    expect(await a.worker.evaluate(() => chrome.alarms.get('newsmark-sync-retry'))).toBeUndefined();
    expect(proxy.requests.length).toBe(made);
    await a.options.reload();
    await expect(a.options.getByTestId('sync-pending')).toHaveText('1');
  } finally {
    await a.close();
  }
});

test('a team: a teammate’s notes drawn apart, read-only, filtered by author; a search finds what a sync brought', async () => {
  const database = await newDatabase();
  const [a, b] = await Promise.all([device(), device()]);
  try {
    await configure(a, database);
    await configure(b, database, TEAMMATE_PASSWORD, TEAMMATE);
    await upToDate(a);
    await upToDate(b);
    const own = (await save(b, note('rhubarb of my own'))).annotation;
    expect(own.creator).toBe(TEAMMATE);

    // B's popup shows All notes, a search typed: the background's search copy is loaded now,
    // before the teammate's note arrives.
    const popup = await b.context.newPage();
    await popup.goto(b.options.url().replace('src/options/index.html', 'src/popup/index.html'));
    await popup.getByRole('tab', { name: /All notes/ }).click();
    const rows = popup.getByRole('article', { name: /^Note on/ });
    await popup.getByRole('searchbox', { name: 'Search notes' }).fill('rhubarb');
    await expect(rows).toHaveCount(1);

    const theirs = (await save(a, note('rhubarb from alice'))).annotation;
    expect(theirs.creator).toBe(USER);
    await syncNow(a);
    await syncNow(b);
    // The sync's news re-reads the list: the search finds the note it brought.
    await expect(rows).toHaveCount(2);
    const row = popup.getByRole('article', { name: `Note on “${theirs.target.selector![0].exact}”` });
    await expect(row).toHaveClass(/note-teammate/);
    await expect(row).toContainText(`by ${USER}`);
    await expect(row.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await expect(row.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    // Read-only in the background too, whatever a page sends.
    await expect(call(b, 'annotation.update', { id: theirs.id, patch: { body: 'changed by bob' } })).rejects.toThrow(/only its author/);
    await expect(call(b, 'annotation.delete', { id: theirs.id })).rejects.toThrow(/only its author/);

    // The author filter: a teammate's, mine, everyone's.
    await popup.getByRole('button', { name: 'Filters' }).click();
    const author = popup.getByRole('combobox', { name: 'Author' });
    await author.selectOption({ label: USER });
    await expect(rows).toHaveCount(1);
    await expect(rows).toHaveAccessibleName(`Note on “${theirs.target.selector![0].exact}”`);
    await author.selectOption({ label: 'Mine' });
    await expect(rows).toHaveCount(1);
    await expect(rows).toHaveAccessibleName(`Note on “${own.target.selector![0].exact}”`);
    await author.selectOption({ label: 'Everyone' });
    await expect(rows).toHaveCount(2);
    expect(await axeViolations(popup)).toEqual([]);
  } finally {
    await a.close();
    await b.close();
  }
});
