// Writing notes from a page, popup or options page: by message to the background (the store's only
// writer), retried when the service worker was stopped before it could reply. Retrying is safe because
// every write is idempotent, keyed by the note id (a save is a put; update/delete/import converge).
// Not exported from ./index: it needs the extension runtime, and the store itself runs in Node tests.
import browser from 'webextension-polyfill';
import type { Annotation } from '../lib/annotation';
import type { MessageType, Reply, RequestOf, ResponseMap } from '../lib/messages';

/** Waits between attempts: the worker restarts within a few hundred ms. */
const BACKOFF_MS = [100, 300, 700, 1500, 3000];
/** A message sent while the worker is being stopped can stay unanswered forever: give up on the
 * attempt after this long and send again (a late first reply is harmless, writes being idempotent). */
const ATTEMPT_TIMEOUT_MS = 5000;

/** The reply never came back: the worker stopped, or was starting up. Worth trying again. */
function isTransportFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Receiving end does not exist|message port closed|message channel closed|Could not establish connection|No reply/i.test(message);
}

type Sender = (message: unknown) => Promise<unknown>;

/**
 * Sends a request to the background and unwraps the reply, retrying transport failures. A reply that
 * reports an error (bad input, disk full) is final and thrown as an Error with its message.
 */
export async function sendReliably<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
  options: { sender?: Sender; backoff?: readonly number[]; attemptTimeoutMs?: number } = {},
): Promise<ResponseMap[K]> {
  const sendMessage: Sender = options.sender ?? ((m) => browser.runtime.sendMessage(m));
  const backoff = options.backoff ?? BACKOFF_MS;
  for (let attempt = 0; ; attempt++) {
    let reply: Reply<ResponseMap[K]> | undefined;
    try {
      reply = (await withTimeout(sendMessage({ type, payload }), options.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS, type)) as
        | Reply<ResponseMap[K]>
        | undefined;
      if (!reply) throw new Error(`No reply to ${type}`);
    } catch (error) {
      if (attempt >= backoff.length || !isTransportFailure(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoff[attempt]));
      continue;
    }
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, type: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No reply to ${type} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The write operations, for the page, popup and options page. */
export const notesWriter = {
  save: (annotation: Annotation) => sendReliably('annotation.save', { annotation }),
  update: (id: string, patch: RequestOf<'annotation.update'>['patch']) => sendReliably('annotation.update', { id, patch }),
  delete: (id: string) => sendReliably('annotation.delete', { id }),
  setAnchorStatus: (updates: RequestOf<'annotation.setAnchorStatus'>['updates']) => sendReliably('annotation.setAnchorStatus', { updates }),
};
