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
 * What a content script may ask for. It runs inside web pages, so if a page ever found a way to
 * drive it, it could at most touch notes one by one: bulk reads, export, import and deleting
 * everything stay with the extension's own pages.
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'ping',
  'annotation.save',
  'annotation.update',
  'annotation.delete',
  'annotation.get',
  'annotation.forPage',
  'annotation.setAnchorStatus',
  'article.remember',
]);

/** True for the popup, options and other pages served from the extension's own origin. */
export function isExtensionPage(sender: Runtime.MessageSender, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/**
 * Builds the runtime.onMessage listener. Returns undefined for messages it ignores, so other
 * listeners (if any) may answer them; a Promise of a Reply otherwise.
 */
export function createRouter(handlers: Handlers, ownId: string, extensionOrigin: string) {
  return (raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isOwnSender(sender, ownId)) return undefined;
    const message = parseMessage(raw);
    if (!message) {
      const type = typeof raw === 'object' && raw !== null ? String((raw as { type?: unknown }).type) : typeof raw;
      return Promise.resolve({ ok: false, error: `Malformed or unknown message (${type})` });
    }
    if (!isExtensionPage(sender, extensionOrigin) && !CONTENT_SCRIPT_MESSAGES.has(message.type)) {
      return Promise.resolve({ ok: false, error: `${message.type} is only answered to the extension's own pages` });
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
