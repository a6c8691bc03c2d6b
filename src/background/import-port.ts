// The import port (IMPORT_PORT in src/lib/messages.ts): an extension page asks for a staged import
// to be run and hears its progress and result. Only this extension's own pages may connect; each
// request is checked with its schema. The page may ask again for the same import after the port
// closed (a stopped worker): the job resumes, or its answer is repeated.
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { IMPORT_PORT, type ImportEvent, ImportRunSchema } from '../lib/messages';
import { type ImportJobs, ImportStopped } from '../store/import-job';
import { isExtensionPage, isOwnSender } from './router';

/** The part of a runtime.Port this needs (so tests can hand in their own). */
export interface ImportPortLike {
  name: string;
  sender?: browser.Runtime.MessageSender;
  postMessage(message: ImportEvent): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Serves one connection; false (and the port closed) when it is not an import port of ours. */
export function serveImportPort(port: ImportPortLike, jobs: ImportJobs, ownId: string, extensionOrigin: string): boolean {
  if (port.name !== IMPORT_PORT) return false;
  if (!port.sender || !isOwnSender(port.sender, ownId) || !isExtensionPage(port.sender, extensionOrigin)) {
    port.disconnect();
    return false;
  }
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  const post = (event: ImportEvent) => {
    if (!open) return;
    try {
      port.postMessage(event);
    } catch {
      open = false;
    }
  };
  port.onMessage.addListener((raw) => {
    const request = v.safeParse(ImportRunSchema, raw);
    if (!request.success) {
      const importId = typeof (raw as { importId?: unknown })?.importId === 'string' ? (raw as { importId: string }).importId : '';
      post({ type: 'import.failed', importId, error: 'Malformed import request', written: 0 });
      return;
    }
    const { importId } = request.output;
    jobs
      .run(importId, (progress) => post({ type: 'import.progress', importId, ...progress }))
      .then(
        (result) => post({ type: 'import.done', importId, result }),
        (error: unknown) =>
          post({
            type: 'import.failed',
            importId,
            error: error instanceof Error ? error.message : String(error),
            written: error instanceof ImportStopped ? error.written : 0,
          }),
      );
  });
  return true;
}

export function registerImportPort(jobs: ImportJobs): void {
  browser.runtime.onConnect.addListener((port) => {
    serveImportPort(port as unknown as ImportPortLike, jobs, browser.runtime.id, browser.runtime.getURL(''));
  });
}
