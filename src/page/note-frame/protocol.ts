// The note frame's protocol. Text the reader writes is typed in an extension page shown in an
// iframe: its key and input events never reach the page's listeners. The frame and the content
// script talk over extension ports, linked by the background (src/background/note-frame-relay.ts:
// the frame's runtime.connect, paired with tabs.connect to the top frame of the frame's own tab),
// never through window.postMessage: no message of theirs passes through the page's window, where
// page scripts would hear it. Every message is checked on arrival with the schemas below, like
// every other message of the extension (src/lib/messages.ts).
import * as v from 'valibot';
import { ColorSchema, TagListSchema, VerdictSchema, WebAddressSchema } from '../../lib/annotation';

export const NOTE_FRAME_PATH = 'src/page/note-frame/index.html';
/** Longer notes are cut, so one record stays a reasonable size. */
export const NOTE_MAX_CHARS = 20_000;
/** How long the host waits for its frame to connect before showing an error. */
export const NOTE_FRAME_TIMEOUT_MS = 8000;
/** Port names start with this, followed by the frame's id. */
export const PORT_PREFIX = 'newsmark-note-frame:';
/**
 * How often an open frame says it is alive. The link goes through the background, which the
 * browser stops after 30 s without events (Chrome's service worker, Firefox's event page); a
 * message on the port is one, so the link lasts as long as the note box is open.
 */
export const NOTE_FRAME_HEARTBEAT_MS = 20_000;
/** How long the host keeps a frame whose link dropped (a stopped background) for it to connect again. */
export const NOTE_FRAME_RELINK_MS = 8000;

/**
 * The frame's address ends in `#<id>`: 128 random bits that tell the content script which of its
 * editors a connecting frame belongs to (the background links a frame only under the id of its own
 * address). It grants nothing by itself (a page script cannot open an extension port), and no page
 * script can read it: the iframe sits in a closed shadow root and its cross-origin address is not
 * readable from the page.
 */
export function idFromHash(hash: string): string | null {
  const id = hash.replace(/^#/, '');
  return /^[0-9a-f]{32}$/.test(id) ? id : null;
}

export function portName(id: string): string {
  return `${PORT_PREFIX}${id}`;
}

export function idFromPortName(name: string): string | null {
  return name.startsWith(PORT_PREFIX) ? idFromHash(name.slice(PORT_PREFIX.length)) : null;
}

const HostToFrameSchema = v.variant('type', [
  v.object({
    type: v.literal('init'),
    text: v.pipe(v.string(), v.maxLength(NOTE_MAX_CHARS)),
    label: v.pipe(v.string(), v.maxLength(200)),
    dark: v.boolean(),
    /** note: the text, its tags and colour; verdict: a rating, a one-line note and evidence links. */
    mode: v.optional(v.picklist(['note', 'verdict'])),
    tags: v.optional(TagListSchema),
    color: v.optional(ColorSchema),
    verdict: v.optional(VerdictSchema),
    evidence: v.optional(v.pipe(v.array(WebAddressSchema), v.maxLength(50))),
  }),
  v.object({ type: v.literal('status'), text: v.pipe(v.string(), v.maxLength(500)) }),
]);

const FrameToHostSchema = v.variant('type', [
  /** Sent on every link: the first time, the host answers with init; after a dropped link, with nothing. */
  v.object({ type: v.literal('ready') }),
  /** The heartbeat (NOTE_FRAME_HEARTBEAT_MS): keeps the background, and so the link, alive. */
  v.object({ type: v.literal('alive') }),
  v.object({ type: v.literal('cancel') }),
  /** The frame's document is about to go (something navigates the frame): drop it before another loads. */
  v.object({ type: v.literal('leaving') }),
  // Longer notes are cut rather than refused: the reader's words are kept up to the limit.
  v.object({
    type: v.literal('save'),
    body: v.pipe(
      v.string(),
      v.transform((body) => body.slice(0, NOTE_MAX_CHARS)),
    ),
    tags: v.optional(TagListSchema),
    color: v.optional(ColorSchema),
    verdict: v.optional(VerdictSchema),
    evidence: v.optional(v.pipe(v.array(WebAddressSchema), v.maxLength(50))),
  }),
]);

export type HostToFrame = v.InferOutput<typeof HostToFrameSchema>;
export type FrameToHost = v.InferOutput<typeof FrameToHostSchema>;

export function parseHostMessage(raw: unknown): HostToFrame | null {
  const result = v.safeParse(HostToFrameSchema, raw);
  return result.success ? result.output : null;
}

export function parseFrameMessage(raw: unknown): FrameToHost | null {
  const result = v.safeParse(FrameToHostSchema, raw);
  return result.success ? result.output : null;
}

/** 128 random bits, hex. */
export function newId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
