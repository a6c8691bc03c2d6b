// Requests to one CouchDB database over an injected fetch-like function: credentials, time-outs,
// and every answer either checked against its schema or turned into a SyncError.
import * as v from 'valibot';
import { type Clock, withTimeout } from './clock';
import { SyncError } from './errors';
import { utf8Bytes } from './utf8';
import { ErrorBodySchema } from './wire';

export interface HttpRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  text(): Promise<string>;
}

/** What the engine needs of `fetch`; the global `fetch` fits it as it is. */
export type HttpClient = (url: string, init: HttpRequest) => Promise<HttpResponse>;

/** The database the reader syncs with. */
export interface RemoteDb {
  /** The database's URL, e.g. https://couch.example.org/notes (no credentials in it). */
  url: string;
  username?: string;
  password?: string;
}

const URL_PATTERN = /^(https?):\/\/([^/?#@\s]+)(\/[^?#\s]*)$/i;
const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

/** Why a database URL cannot be used, as a code a page can put in the reader's language. */
export type RemoteUrlProblem = 'credentials-in-address' | 'address-form' | 'https' | 'no-database';

const REMOTE_URL_PROBLEMS: Record<RemoteUrlProblem, string> = {
  'credentials-in-address': 'Put the user name and password in their own fields, not in the address.',
  'address-form': 'The address must look like https://server.example/database.',
  https: 'The address must start with https:// (plain http:// is allowed for this computer only).',
  'no-database': 'The address must end with the database name, e.g. https://server.example/notes.',
};

/** Why this database URL cannot be used, or null when it can: HTTPS, or plain HTTP to this machine
 * only (anything else would send the notes and the password in clear), and a database name. */
export function remoteUrlProblem(url: string): RemoteUrlProblem | null {
  const match = URL_PATTERN.exec(url.trim());
  if (!match) return url.includes('@') ? 'credentials-in-address' : 'address-form';
  const [, scheme, host, path] = match;
  if (scheme!.toLowerCase() === 'http' && !LOOPBACK_HOST.test(host!)) return 'https';
  if (path!.replace(/\/+$/, '') === '') return 'no-database';
  return null;
}

/** remoteUrlProblem in plain English words, or null. */
export function checkRemoteUrl(url: string): string | null {
  const problem = remoteUrlProblem(url);
  return problem && REMOTE_URL_PROBLEMS[problem];
}

export interface CouchClientOptions {
  http: HttpClient;
  clock: Clock;
  /** A request without an answer after this long fails with 'timeout'. */
  timeoutMs?: number;
}

interface RequestOptions<S extends v.GenericSchema | undefined> {
  body?: unknown;
  /** A body already serialised as JSON (in place of `body`). */
  json?: string;
  schema: S;
  /** Answer undefined to a 404 instead of failing (a missing _local document is normal). */
  missingOk?: boolean;
  /** Extra headers (e.g. Accept). */
  headers?: Record<string, string>;
}

export class CouchClient {
  readonly dbUrl: string;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;

  constructor(
    remote: RemoteDb,
    private readonly options: CouchClientOptions,
  ) {
    const problem = checkRemoteUrl(remote.url);
    if (problem) throw new SyncError('config', problem);
    this.dbUrl = remote.url.trim().replace(/\/+$/, '');
    this.headers = { Accept: 'application/json' };
    if (remote.username) this.headers.Authorization = `Basic ${base64(`${remote.username}:${remote.password ?? ''}`)}`;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** A request to the database (`path` '' is the database itself); the answer is checked with `schema`. */
  async request<S extends v.GenericSchema>(
    method: string,
    path: string,
    options: RequestOptions<S> & { missingOk: true },
  ): Promise<v.InferOutput<S> | undefined>;
  async request<S extends v.GenericSchema>(method: string, path: string, options: RequestOptions<S>): Promise<v.InferOutput<S>>;
  async request<S extends v.GenericSchema>(
    method: string,
    path: string,
    options: RequestOptions<S>,
  ): Promise<v.InferOutput<S> | undefined> {
    const where = `${method} ${path ? `/${path.split('?')[0]}` : 'the database'}`;
    const init: HttpRequest = { method, headers: { ...this.headers, ...options.headers } };
    if (options.body !== undefined || options.json !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = options.json ?? JSON.stringify(options.body);
    }
    const url = path ? `${this.dbUrl}/${path}` : this.dbUrl;
    const timedOut = () => new SyncError('timeout', `The server did not answer ${where} within ${Math.round(this.timeoutMs / 1000)} s.`);
    let status: number;
    let text: string;
    try {
      const response = await withTimeout(this.options.clock, this.options.http(url, init), this.timeoutMs, timedOut);
      status = response.status;
      text = await withTimeout(this.options.clock, response.text(), this.timeoutMs, timedOut);
    } catch (error) {
      if (error instanceof SyncError) throw error;
      throw new SyncError('offline', `Could not reach the server (${errorText(error)}).`);
    }
    if (status === 404 && options.missingOk) return undefined;
    if (status < 200 || status >= 300) throw statusError(status, text, where);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new SyncError(
        'bad-response',
        `The server's answer to ${where} is not JSON: is this the address of a CouchDB database?`,
        status,
      );
    }
    const result = v.safeParse(options.schema, json);
    if (!result.success) {
      const issue = result.issues[0];
      const at = issue.path?.map((item) => String(item.key)).join('.') ?? '';
      throw new SyncError(
        'bad-response',
        `The server's answer to ${where} is not what CouchDB answers${at ? ` (at ${at})` : ''}: ${issue.message}.`,
        status,
      );
    }
    return result.output;
  }
}

function statusError(status: number, text: string, where: string): SyncError {
  const parsed = v.safeParse(ErrorBodySchema, safeJson(text));
  const reason = parsed.success ? `${parsed.output.error}${parsed.output.reason ? `: ${parsed.output.reason}` : ''}` : `HTTP ${status}`;
  if (status === 401) return new SyncError('unauthorized', 'The server did not accept the user name and password.', status);
  if (status === 403) return new SyncError('forbidden', `This user may not use this database (${reason}).`, status);
  if (status === 404)
    return new SyncError('not-found', 'There is no database at this address: check the server address and database name.', status);
  if (status >= 500 || status === 408 || status === 429)
    return new SyncError('server', `The server failed to answer ${where} (${reason}).`, status);
  return new SyncError('rejected', `The server refused ${where} (${reason}).`, status);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of the text's UTF-8 bytes (HTTP Basic credentials; btoa takes Latin-1 only). */
export function base64(text: string): string {
  const bytes = utf8Bytes(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    out += BASE64[a >> 2]! + BASE64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : BASE64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : BASE64[c & 63]!;
  }
  return out;
}
