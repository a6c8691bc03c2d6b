// Imports a file staged in the database (NotesStore.stageImport), in the background: read it, check
// all of it (nothing is written from a file with a problem), then write its notes in transactions
// of a few thousand, each of which also records how far the import got. A worker stopped half way
// resumes after the last chunk that committed, and the counts stay true; asking again for an import
// that finished gets the same answer, so a request may safely be repeated.
import { StoreError } from './errors';
import { ImportError, parseImportFile, type Skipped } from './import';
import { MAX_IMPORT_SIZE, TOO_LARGE } from './import-limits';
import type { NotesStore } from './notes-store';
import type { ImportRecord } from './schema';

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Entries in the file, and notes made from them (the others are in `skipped`). */
  entries: number;
  notes: number;
  format: 'w3c' | 'hypothesis';
  skipped: Skipped[];
}

/** An import that stopped after writing some of its notes (they stay: `written` says how many). */
export class ImportStopped extends StoreError {
  constructor(
    code: StoreError['code'],
    message: string,
    readonly written: number,
  ) {
    super(code, message);
  }
}

export type ImportPhase = 'reading' | 'checking' | 'writing';
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** Notes per transaction: big enough that 100,000 notes take few commits, small enough that a
 * restart loses little and the progress bar moves. */
export const IMPORT_CHUNK = 2000;

export class ImportJobs {
  private readonly running = new Map<string, { done: Promise<ImportResult>; listeners: Set<(p: ImportProgress) => void> }>();

  constructor(
    private readonly store: NotesStore,
    /** Told when notes were written, so open pages can re-read. */
    private readonly onWritten: () => void = () => undefined,
  ) {}

  /** Runs the import `id` (or follows it, if it is running; or answers as it ended). */
  run(id: string, onProgress: (progress: ImportProgress) => void = () => undefined): Promise<ImportResult> {
    let job = this.running.get(id);
    if (!job) {
      const listeners = new Set<(p: ImportProgress) => void>();
      const done = this.perform(id, (p) => {
        for (const listener of listeners) listener(p);
      }).finally(() => this.running.delete(id));
      job = { done, listeners };
      this.running.set(id, job);
    }
    const { listeners } = job;
    listeners.add(onProgress);
    return job.done.finally(() => listeners.delete(onProgress));
  }

  private async perform(id: string, report: (progress: ImportProgress) => void): Promise<ImportResult> {
    const record = await this.store.importRecord(id);
    if (!record) throw new ImportError('This import is not known here any more: choose the file again.');
    if (record.outcome) return answer(record.outcome);
    if (record.file === undefined) throw new ImportError('The file of this import is gone: choose it again.');
    const size = typeof record.file === 'string' ? record.file.length : record.file.size;
    report({ phase: 'reading', done: 0, total: size });
    let parsed: Awaited<ReturnType<typeof parseImportFile>>;
    try {
      // Refused before reading: the text of a huge file would fill the worker's memory.
      if (size > MAX_IMPORT_SIZE) throw new ImportError(TOO_LARGE);
      const text = typeof record.file === 'string' ? record.file : await record.file.text();
      parsed = await parseImportFile(text, (done, total) => report({ phase: 'checking', done, total }));
    } catch (error) {
      const message = error instanceof ImportError ? error.message : `The file could not be read: ${(error as Error).message}`;
      await this.store.finishImport(id, { ok: false, error: message });
      throw new ImportError(message);
    }
    const notes = parsed.annotations;
    const known = new Set(await this.store.ids());
    let progress: ImportRecord = record;
    report({ phase: 'writing', done: progress.written, total: notes.length });
    try {
      while (progress.written < notes.length) {
        progress = await this.store.writeImportChunk(id, notes.slice(progress.written, progress.written + IMPORT_CHUNK), known);
        report({ phase: 'writing', done: progress.written, total: notes.length });
      }
    } catch (error) {
      // A full disk, or the database deleted: what committed stays, and the reader is told so.
      if (progress.written > 0) this.onWritten();
      const message = progress.written > 0 ? stoppedMessage(error, progress.written, notes.length) : errorText(error);
      if (error instanceof StoreError && error.code !== 'deleted') {
        // Lets go of the staged file (which frees its space on a full disk); if even that cannot be
        // written, the import stays resumable and the reader still gets the message below.
        await this.store.finishImport(id, { ok: false, error: message }).catch(() => undefined);
      }
      throw new ImportStopped(error instanceof StoreError ? error.code : 'failed', message, progress.written);
    }
    const result: ImportResult = {
      added: progress.added,
      updated: progress.updated,
      unchanged: progress.unchanged,
      entries: parsed.entries,
      notes: notes.length,
      format: parsed.format,
      skipped: parsed.skipped,
    };
    await this.store.finishImport(id, { ok: true, result });
    if (result.added + result.updated > 0) this.onWritten();
    return result;
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Says how far an import got before a write failed; the store's own message would say that
 * nothing was written, which is true of the failed chunk only. */
function stoppedMessage(error: unknown, written: number, total: number): string {
  const code = error instanceof StoreError ? error.code : 'failed';
  const reason =
    code === 'quota' ? 'there is not enough disk space.' : code === 'deleted' ? 'the notes database was deleted.' : errorText(error);
  const count = (n: number) => n.toLocaleString('en');
  return `Stopped after ${count(written)} of ${count(total)} notes: ${reason} The ${count(written)} notes saved are kept; ${
    code === 'quota' ? 'free some disk space, then ' : ''
  }import the file again to add the rest.`;
}

function answer(outcome: NonNullable<ImportRecord['outcome']>): ImportResult {
  if (!outcome.ok) throw new ImportError(outcome.error);
  return outcome.result as ImportResult;
}

/** Stages and imports a file's text at once (tests, and callers with the text in hand). */
export async function importText(store: NotesStore, text: string): Promise<ImportResult> {
  const id = crypto.randomUUID();
  await store.stageImport(id, 'file', text);
  return new ImportJobs(store).run(id);
}
