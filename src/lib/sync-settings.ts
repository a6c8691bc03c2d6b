// Where the reader's notes sync to: the server, the database, the user name and the password. Kept
// in storage.local (this device only: never storage.sync, which would copy the password to the
// browser vendor's servers), read by the background; never logged. The status of the last sync is
// kept beside it, so the options page shows it and a restarted service worker knows where it was.
import * as v from 'valibot';
import { checkRemoteUrl, type RemoteUrlProblem, remoteUrlProblem } from '../sync/couch-client';

export const SYNC_SETTINGS_KEY = 'syncSettings';
export const SYNC_STATUS_KEY = 'syncStatus';

const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

/** What the options page sends; `password` omitted keeps the one stored. */
export const SyncFormSchema = v.object({
  server: v.pipe(v.string(), v.trim(), v.maxLength(500)),
  database: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  username: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  password: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
export type SyncForm = v.InferOutput<typeof SyncFormSchema>;

export const SyncSettingsSchema = v.object({
  server: v.string(),
  database: v.string(),
  username: v.string(),
  password: v.string(),
});
export type SyncSettings = v.InferOutput<typeof SyncSettingsSchema>;

/** The database's URL from the server's address and the database name. */
export function databaseUrl(settings: Pick<SyncSettings, 'server' | 'database'>): string {
  return `${settings.server.trim().replace(/\/+$/, '')}/${encodeURIComponent(settings.database.trim())}`;
}

/** The host permission pattern the server needs (asked for when the reader saves). */
export function originPattern(server: string): string | null {
  try {
    const url = new URL(server.trim());
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/** Why these settings cannot work, as a code the options page words in the reader's language. */
export type SyncFormProblem = 'no-server' | 'database-name' | RemoteUrlProblem;

export const SYNC_FORM_PROBLEMS: readonly SyncFormProblem[] = [
  'no-server',
  'database-name',
  'credentials-in-address',
  'address-form',
  'https',
  'no-database',
];

export function syncFormProblem(form: SyncForm): SyncFormProblem | null {
  if (!form.server) return 'no-server';
  if (!DB_NAME.test(form.database)) return 'database-name';
  return remoteUrlProblem(databaseUrl(form));
}

/** Why these settings cannot work, in plain English words (the background's answer), or null. */
export function checkSyncForm(form: SyncForm): string | null {
  const problem = syncFormProblem(form);
  if (problem === 'no-server') return 'Give the address of the server.';
  if (problem === 'database-name') {
    return 'The database name must start with a lower-case letter and use only a-z, 0-9 and _$()+-/.';
  }
  return problem && checkRemoteUrl(databaseUrl(form));
}

export function parseSyncSettings(raw: unknown): SyncSettings | null {
  const result = v.safeParse(SyncSettingsSchema, raw);
  return result.success ? result.output : null;
}

/** What the options page and the popup see of the sync (never the password). */
export interface SyncView {
  configured: boolean;
  server?: string;
  database?: string;
  /** The user name: the author of this device's notes. */
  username?: string;
  hasPassword?: boolean;
  state: 'off' | 'idle' | 'syncing' | 'retrying' | 'failed' | 'stopped';
  lastSuccess?: number;
  /** Local changes the server has not seen yet. */
  pending: number;
  /** Notes edited on two devices. */
  conflicts: number;
  /** The last failure, in plain words. */
  error?: { kind: string; message: string };
  retryAt?: number;
  /** Notes the server refused in the last sync (another author's). */
  refused?: number;
}
