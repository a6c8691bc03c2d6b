// The note frame's protocol. Text the reader writes is typed in an extension page shown in an
// iframe: its key and input events never reach the page's listeners. The content script hands the
// frame one end of a MessageChannel, together with a secret token that only it and the frame's
// address know; the frame answers on that port only. Every message is checked on arrival.

export const NOTE_FRAME_PATH = 'src/page/note-frame/index.html';
/** Longer notes are cut, so one record stays a reasonable size. */
export const NOTE_MAX_CHARS = 20_000;

/**
 * How the frame finds its host. The frame's address is `#<id>.<token>`. Once its script runs, the
 * frame announces itself to its parent with the id alone (the page hears that message too, so it
 * carries nothing secret); the content script answers only an announcement whose source is that
 * very iframe's window and whose id matches, by posting the port with the secret token to the
 * extension's origin (no page can receive it). No `load` event is relied on.
 */
export interface Announcement {
  newsmarkNoteFrameReady: string;
}

/** The content script's answer, posted to the frame's window with the port. */
export interface Handshake {
  newsmarkNoteFrame: string;
}

/** How long the host waits for the frame's announcement before showing an error. */
export const NOTE_FRAME_TIMEOUT_MS = 8000;

export function frameHash(id: string, token: string): string {
  return `${id}.${token}`;
}

export function parseFrameHash(hash: string): { id: string; token: string } {
  const [id = '', token = ''] = hash.replace(/^#/, '').split('.');
  return { id, token };
}

export function parseAnnouncement(raw: unknown, id: string): boolean {
  const data = record(raw);
  return !!data && id.length >= 16 && data.newsmarkNoteFrameReady === id;
}

export type HostToFrame = { type: 'init'; text: string; label: string; dark: boolean } | { type: 'status'; text: string };
export type FrameToHost = { type: 'ready' } | { type: 'save'; body: string } | { type: 'cancel' };

function record(raw: unknown): Record<string, unknown> | null {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
}

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

export function parseHandshake(raw: unknown, token: string): boolean {
  const data = record(raw);
  return !!data && token.length >= 16 && data.newsmarkNoteFrame === token;
}

export function parseHostMessage(raw: unknown): HostToFrame | null {
  const data = record(raw);
  if (!data) return null;
  if (data.type === 'init' && isText(data.text, NOTE_MAX_CHARS) && isText(data.label, 200) && typeof data.dark === 'boolean') {
    return { type: 'init', text: data.text, label: data.label, dark: data.dark };
  }
  if (data.type === 'status' && isText(data.text, 500)) return { type: 'status', text: data.text };
  return null;
}

export function parseFrameMessage(raw: unknown): FrameToHost | null {
  const data = record(raw);
  if (!data) return null;
  if (data.type === 'ready' || data.type === 'cancel') return { type: data.type };
  if (data.type === 'save' && typeof data.body === 'string') return { type: 'save', body: data.body.slice(0, NOTE_MAX_CHARS) };
  return null;
}

/** 128 random bits, hex: the frame's address carries it, which page scripts cannot read. */
export function newToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
