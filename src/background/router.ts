// Receives messages from this extension's own pages and content scripts, checks them against the
// protocol's schemas, and runs the matching handler. Everything else is ignored.
import type { Runtime } from 'webextension-polyfill';
import { type Message, type MessageType, parseMessage, type Reply, type RequestOf, type ResponseMap } from '../lib/messages';

export type Handler<K extends MessageType> = (
  payload: RequestOf<K>,
  sender: Runtime.MessageSender,
) => Promise<ResponseMap[K]> | ResponseMap[K];
export type Handlers = { [K in MessageType]: Handler<K> };

/** True when the sender is this extension (its pages, or its content script in a tab). */
export function isOwnSender(sender: Runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

/**
 * Builds the runtime.onMessage listener. Returns undefined for messages it ignores, so other
 * listeners (if any) may answer them; a Promise of a Reply otherwise.
 */
export function createRouter(handlers: Handlers, ownId: string) {
  return (raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isOwnSender(sender, ownId)) return undefined;
    const message = parseMessage(raw);
    if (!message) {
      const type = typeof raw === 'object' && raw !== null ? String((raw as { type?: unknown }).type) : typeof raw;
      return Promise.resolve({ ok: false, error: `Malformed or unknown message (${type})` });
    }
    return dispatch(handlers, message, sender);
  };
}

async function dispatch(handlers: Handlers, message: Message, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
  try {
    const handler = handlers[message.type] as Handler<typeof message.type>;
    return { ok: true, value: await handler(message.payload as never, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
