// The one message protocol shared by every context: request schemas (checked where received),
// response types, and the typed send helper. Add a message by adding a schema and a response type.
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { NOTE_COLORS } from './annotation';
import type { Annotation } from './annotation';

const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(100_000)),
  prefix: v.string(),
  suffix: v.string(),
});
const TextPositionSelectorSchema = v.object({
  type: v.literal('TextPositionSelector'),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const AnnotationSchema = v.object({
  id: v.pipe(v.string(), v.uuid()),
  created: v.pipe(v.string(), v.isoTimestamp()),
  modified: v.pipe(v.string(), v.isoTimestamp()),
  motivation: v.picklist(['highlighting', 'commenting']),
  color: v.picklist(NOTE_COLORS),
  tags: v.array(v.pipe(v.string(), v.maxLength(200))),
  body: v.pipe(v.string(), v.maxLength(1_000_000)),
  target: v.object({
    source: v.pipe(v.string(), v.url()),
    url: v.pipe(v.string(), v.url()),
    title: v.string(),
    selector: v.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]),
  }),
  anchor: v.optional(
    v.object({ status: v.picklist(['anchored', 'fuzzy', 'orphan']), score: v.number() }),
  ),
});

/** Request payload schemas, by message type. */
export const requestSchemas = {
  ping: v.object({}),
  'annotation.save': v.object({ annotation: AnnotationSchema }),
  'annotation.forPage': v.object({ source: v.pipe(v.string(), v.url()) }),
};

/** Response payloads, by message type. */
export interface ResponseMap {
  ping: { pong: true; version: string };
  'annotation.save': { annotation: Annotation };
  'annotation.forPage': { annotations: Annotation[] };
}

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;
export type Message = { [K in MessageType]: { type: K; payload: RequestOf<K> } }[MessageType];

/** What travels back: errors are values, so a failed save reaches the UI as a message it can show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Checks an untrusted message. Returns null for anything that is not a well-formed request. */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) return null;
  const schema = requestSchemas[type as MessageType];
  const result = v.safeParse(schema, payload);
  return result.success ? ({ type, payload: result.output } as Message) : null;
}

/** Sends a request to the background and unwraps its reply. Throws an Error with the reason on failure. */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseMap[K]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<ResponseMap[K]> | undefined;
  if (!reply) throw new Error(`No reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
