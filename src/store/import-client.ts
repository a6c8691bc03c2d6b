// Importing a file from an extension page (popup, options): the file is staged in the database
// under a fresh import id, never sent as a message (Chrome refuses messages over 64 MB, and a 131 MB
// backup of 100,000 notes is normal); then the background is asked, over the import port, to run
// that import, and reports its progress and result. If the port closes before the answer (the
// worker was stopped), the page connects again and asks for the same id: the import resumes where
// its last chunk committed, or its answer is repeated, so a file is imported once and the counts
// are true. Not exported from ./index: it needs the extension runtime.
import browser from 'webextension-polyfill';
import { IMPORT_PORT, type ImportEvent, type ImportProgress, type ImportResult, type ImportRun } from '../lib/messages';
import { MAX_IMPORT_SIZE, TOO_LARGE } from './import-limits';
import type { NotesStore } from './notes-store';

/** Waits between connections: the worker restarts within a few hundred ms. */
const BACKOFF_MS = [100, 300, 700, 1500, 3000, 5000];

interface PortLike {
  postMessage(message: ImportRun): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** The import failed; `written` notes of the file were saved before it stopped (0: nothing was). */
export class ImportFailed extends Error {
  constructor(
    message: string,
    readonly written: number,
  ) {
    super(message);
    this.name = 'ImportFailed';
  }
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Opens the port (tests hand in their own). */
  connect?: () => PortLike;
  backoff?: readonly number[];
}

export async function importFile(store: NotesStore, file: Blob, name: string, options: ImportOptions = {}): Promise<ImportResult> {
  // Refused before staging: a copy of a huge file in the database could fill the disk.
  if (file.size > MAX_IMPORT_SIZE) throw new ImportFailed(TOO_LARGE, 0);
  const importId = crypto.randomUUID();
  await store.stageImport(importId, name, file);
  return followImport(importId, options);
}

/** Asks the background to run a staged import until it answers, reconnecting if the port closes. */
export async function followImport(importId: string, options: ImportOptions = {}): Promise<ImportResult> {
  const connect = options.connect ?? (() => browser.runtime.connect({ name: IMPORT_PORT }) as unknown as PortLike);
  const backoff = options.backoff ?? BACKOFF_MS;
  for (let attempt = 0; ; attempt++) {
    const outcome = await new Promise<{ ok: true; result: ImportResult } | { ok: false; error: string; written: number } | null>(
      (resolve) => {
        let port: PortLike;
        try {
          port = connect();
        } catch {
          resolve(null);
          return;
        }
        port.onMessage.addListener((raw) => {
          const event = raw as ImportEvent;
          if (event?.importId !== importId) return;
          if (event.type === 'import.progress') options.onProgress?.({ phase: event.phase, done: event.done, total: event.total });
          else if (event.type === 'import.done') resolve({ ok: true, result: event.result });
          else if (event.type === 'import.failed') resolve({ ok: false, error: event.error, written: event.written });
          if (event.type !== 'import.progress') port.disconnect();
        });
        port.onDisconnect.addListener(() => resolve(null));
        try {
          port.postMessage({ type: 'import.run', importId });
        } catch {
          resolve(null);
        }
      },
    );
    if (outcome?.ok) return outcome.result;
    if (outcome) throw new ImportFailed(outcome.error, outcome.written);
    if (attempt >= backoff.length) {
      throw new ImportFailed('The background stopped answering. Import the file again: notes already imported are recognised.', -1);
    }
    await new Promise((resolve) => setTimeout(resolve, backoff[attempt]));
  }
}
