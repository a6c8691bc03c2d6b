// Runs the sync (src/sync) in the service worker: over the notes store and fetch, with the
// reader's settings (storage.local). Syncs when asked ("Sync now"), soon after a local change, at
// start-up, and on an alarm (every 15 minutes, and at a planned retry: alarms outlive the worker,
// timers do not). A sync cut short by a stopped worker resumes from its checkpoints at the next
// start. After a refused password nothing runs on its own until the reader changes the settings.
import browser from 'webextension-polyfill';
import type { Annotation } from '../lib/annotation';
import {
  checkSyncForm,
  databaseUrl,
  originPattern,
  parseSyncSettings,
  SYNC_SETTINGS_KEY,
  SYNC_STATUS_KEY,
  type SyncForm,
  type SyncSettings,
  type SyncView,
} from '../lib/sync-settings';
import type { NotesStore } from '../store/notes-store';
import { validNote } from '../store/notes-store';
import { type ConflictedNote, NotesSyncStore } from '../store/sync-store';
import type { Clock } from '../sync/clock';
import { CouchClient, type HttpClient } from '../sync/couch-client';
import { installDesignDoc } from '../sync/design-doc';
import { SyncError } from '../sync/errors';
import { acceptNotes } from '../sync/note-doc';
import { replicationId } from '../sync/sync';
import { Syncer, type SyncStatus } from '../sync/syncer';
import { DbInfoSchema } from '../sync/wire';

export const SYNC_ALARM = 'newsmark-sync';
export const RETRY_ALARM = 'newsmark-sync-retry';
const PERIOD_MINUTES = 15;

const clock: Clock = {
  now: () => Date.now(),
  schedule: (run, ms) => setTimeout(run, ms),
  cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** fetch without cookies or cached credentials: the settings' user and password only. */
const http: HttpClient = (url, init) => fetch(url, { ...init, credentials: 'omit', cache: 'no-store' });

/** What is kept of a status across worker restarts. */
interface StoredStatus {
  state: SyncStatus['state'];
  lastSuccess?: number;
  error?: { kind: string; message: string };
  retryAt?: number;
  refused?: number;
  pending?: number;
}

export class SyncService {
  private readonly syncStore: NotesSyncStore;
  private settings: SyncSettings | null = null;
  private syncer: Syncer | null = null;
  private loaded: Promise<void> | null = null;

  constructor(
    private readonly notes: NotesStore,
    /** Told when a sync changed the notes, so open pages re-read. */
    private readonly onNotesChanged: () => void,
  ) {
    this.syncStore = new NotesSyncStore(notes);
  }

  /** Loads the settings once per worker; resumes a sync the last worker left unfinished. */
  start(): Promise<void> {
    this.loaded ??= (async () => {
      const stored = await browser.storage.local.get([SYNC_SETTINGS_KEY, SYNC_STATUS_KEY]);
      this.settings = parseSyncSettings(stored[SYNC_SETTINGS_KEY]);
      if (!this.settings) return;
      this.syncer = this.makeSyncer(this.settings);
      const last = stored[SYNC_STATUS_KEY] as StoredStatus | undefined;
      if (last?.state === 'syncing' || (last?.state === 'retrying' && (last.retryAt ?? 0) <= Date.now())) void this.syncer.syncNow();
    })();
    return this.loaded;
  }

  /** The author of this device's notes, once sync is set up. */
  async author(): Promise<string | null> {
    await this.start();
    return this.settings?.username || null;
  }

  /** A note was written: sync soon. */
  changed(): void {
    void this.start().then(() => this.syncer?.changed());
  }

  /** The reader's "Sync now", a browser start, the alarm. */
  async syncNow(): Promise<SyncView> {
    await this.start();
    await this.syncer?.syncNow();
    return this.view();
  }

  /** The alarm: syncs unless the last try failed for a reason only the reader can fix. */
  async onAlarm(name: string): Promise<void> {
    if (name !== SYNC_ALARM && name !== RETRY_ALARM) return;
    await this.start();
    const last = (await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as StoredStatus | undefined;
    if (this.syncer && last?.state !== 'failed') await this.syncer.syncNow();
  }

  async view(): Promise<SyncView> {
    await this.start();
    const conflicts = await this.syncStore.conflictCount().catch(() => 0);
    const settings = this.settings;
    if (!settings) return { configured: false, state: 'off', pending: 0, conflicts };
    // This worker's syncer knows best; the stored status is the last worker's (or not yet written).
    const stored =
      this.syncer?.status.attempts || this.syncer?.status.lastSuccess
        ? toStored(this.syncer.status)
        : (((await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] ?? { state: 'idle' }) as StoredStatus);
    return {
      configured: true,
      server: settings.server,
      database: settings.database,
      username: settings.username || undefined,
      hasPassword: settings.password !== '',
      state: this.syncer?.status.state === 'syncing' ? 'syncing' : stored.state,
      lastSuccess: stored.lastSuccess,
      pending: await this.pending(settings),
      conflicts,
      error: stored.error,
      retryAt: stored.retryAt,
      refused: stored.refused,
    };
  }

  /** Tries the settings: the database answers, with these credentials. Saves nothing. */
  async test(form: SyncForm): Promise<{ ok: boolean; message: string; kind?: string }> {
    const problem = checkSyncForm(form);
    if (problem) return { ok: false, message: problem, kind: 'config' };
    await this.start();
    const password = form.password ?? (this.settings?.username === form.username ? this.settings.password : '');
    const client = new CouchClient(
      { url: databaseUrl(form), username: form.username || undefined, password },
      { http, clock, timeoutMs: 15_000 },
    );
    try {
      await client.request('GET', '', { schema: DbInfoSchema });
      return { ok: true, message: `Connected to the database “${form.database}”.` };
    } catch (error) {
      if (error instanceof SyncError) return { ok: false, message: error.message, kind: error.kind };
      return { ok: false, message: String(error) };
    }
  }

  /** Saves the settings and syncs at once. The page has obtained the host permission (it must:
   * permissions.request needs the reader's click); this checks it. */
  async save(form: SyncForm): Promise<SyncView> {
    const problem = checkSyncForm(form);
    if (problem) throw new Error(problem);
    const pattern = originPattern(form.server);
    if (!pattern || !(await browser.permissions.contains({ origins: [pattern] }))) {
      throw new Error('Newsmark was not allowed to reach this server: save again and accept the request.');
    }
    await this.start();
    const password = form.password ?? (this.settings?.username === form.username ? this.settings.password : '');
    const settings: SyncSettings = { server: form.server, database: form.database, username: form.username, password };
    this.syncer?.stop();
    this.settings = settings;
    await browser.storage.local.set({ [SYNC_SETTINGS_KEY]: settings, [SYNC_STATUS_KEY]: { state: 'idle' } satisfies StoredStatus });
    await this.stampAuthor(settings.username);
    this.syncer = this.makeSyncer(settings);
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES });
    // Teams: the server keeps others from changing a note, when this user may install the rule.
    // Not on PouchDB Server: its validation (pouchdb-validation) replaces a replicated revision's
    // history with the stored one's, and drops every replicated edit without an error.
    if (!(await isPouchDbServer(settings.server))) {
      const client = new CouchClient({ url: databaseUrl(settings), username: settings.username || undefined, password }, { http, clock });
      await installDesignDoc(client).catch(() => undefined);
    }
    await this.syncer.syncNow();
    return this.view();
  }

  async forget(): Promise<SyncView> {
    await this.start();
    this.syncer?.stop();
    this.syncer = null;
    this.settings = null;
    await browser.storage.local.remove([SYNC_SETTINGS_KEY, SYNC_STATUS_KEY]);
    await browser.alarms.clear(SYNC_ALARM);
    await browser.alarms.clear(RETRY_ALARM);
    return this.view();
  }

  conflicts(): Promise<ConflictedNote[]> {
    return this.syncStore.conflicts();
  }

  async resolve(note: Annotation): Promise<Annotation> {
    const kept = await this.syncStore.resolve(note);
    this.changed();
    return kept;
  }

  /** Gives the reader's notes that have no author this user as their author (one edit each, one
   * transaction per batch), before the first push: a team database refuses notes without one. */
  private async stampAuthor(username: string): Promise<void> {
    if (!username) return;
    for await (const batch of this.notes.batches(500)) {
      const unsigned = batch.filter((note) => !note.creator);
      if (unsigned.length > 0) await this.notes.saveMany(unsigned.map((note) => ({ ...note, creator: username })));
    }
  }

  private async pending(settings: SyncSettings): Promise<number> {
    try {
      const replica = await this.syncStore.replicaId();
      const log = await this.syncStore.getCheckpoint(replicationId(replica, databaseUrl(settings), 'push'));
      const since = typeof log?.source_last_seq === 'number' ? log.source_last_seq : 0;
      return await this.syncStore.countSince(since);
    } catch {
      return 0;
    }
  }

  private makeSyncer(settings: SyncSettings): Syncer {
    const syncer: Syncer = new Syncer({
      store: this.syncStore,
      http,
      remote: { url: databaseUrl(settings), username: settings.username || undefined, password: settings.password },
      clock,
      accept: acceptNotes((value) => validNote(value)),
      debounceMs: 1500,
      onStatus: (status) => {
        if (this.syncer !== syncer) return; // a replaced syncer's last words
        void this.record(status);
      },
    });
    return syncer;
  }

  private async record(status: SyncStatus): Promise<void> {
    const stored = toStored(status);
    await browser.storage.local.set({ [SYNC_STATUS_KEY]: stored });
    if (status.state === 'retrying' && status.retryAt) await browser.alarms.create(RETRY_ALARM, { when: status.retryAt });
    if (status.state === 'idle' && status.lastReport && status.lastReport.pulled > 0) this.onNotesChanged();
  }
}

/** PouchDB Server answers its root with an "express-pouchdb" greeting; CouchDB with "couchdb". */
async function isPouchDbServer(server: string): Promise<boolean> {
  try {
    const response = await http(`${server.trim().replace(/\/+$/, '')}/`, { method: 'GET', headers: { Accept: 'application/json' } });
    const body = JSON.parse(await response.text()) as Record<string, unknown>;
    return 'express-pouchdb' in body;
  } catch {
    return false;
  }
}

function toStored(status: SyncStatus): StoredStatus {
  return {
    state: status.state,
    lastSuccess: status.lastSuccess,
    error: status.state === 'idle' ? undefined : status.error,
    retryAt: status.retryAt,
    refused: status.lastReport?.refused.length,
    pending: status.lastReport?.pending,
  };
}
