// How the popup and the options page reach the reader's notes. Reads that need no search go
// straight to the store (same-origin IndexedDB); searches and filters ask the background, whose
// search copy outlives the popup and never loads into it; writes go to the background, the only
// writer, through typed messages.
import browser from 'webextension-polyfill';
import type { Annotation } from '../lib/annotation';
import { type AnnotationsChangedEvent, parseAnnotationsChanged } from '../lib/messages';
import { notesWriter, sendReliably } from '../store/client';
import { type ImportOptions, importFile } from '../store/import-client';
import type { ImportResult } from '../store/import-job';
import { type NotesPage, NotesStore } from '../store/notes-store';
import { isEmptyQuery, type ListCursor, type NoteQuery } from '../store/search-cache';

let store: NotesStore | null = null;

/** The read side, opened once per page. */
export function notesStore(): NotesStore {
  store ??= new NotesStore();
  return store;
}

/** One page of notes, newest first, after `after`. */
export function listNotes(query: NoteQuery, after: ListCursor | null, limit = 50): Promise<NotesPage> {
  if (isEmptyQuery(query)) return notesStore().list({}, { after, limit });
  return sendReliably('annotation.list', { query, after, limit });
}

/** Every note the query matches, in pages (for export). */
export async function* matchingNotes(query: NoteQuery, pageSize = 1000): AsyncGenerator<Annotation[]> {
  let after: ListCursor | null = null;
  do {
    const page: NotesPage = await listNotes(query, after, pageSize);
    if (page.annotations.length > 0) yield page.annotations;
    after = page.next;
  } while (after);
}

/** Readies the background's search copy, so the first keystroke finds it loaded. Resolves when it
 * is (a failure is left to the search itself to report). */
export function prepareSearch(): Promise<void> {
  return sendReliably('annotation.prepareSearch', {}).then(
    () => undefined,
    () => undefined,
  );
}

export function noteFacets(): Promise<{ tags: string[]; sites: string[]; authors: string[] }> {
  return sendReliably('annotation.facets', {});
}

export function importNotes(file: File, options: ImportOptions = {}): Promise<ImportResult> {
  return importFile(notesStore(), file, file.name, options);
}

export interface NoteChanges {
  body?: string;
  tags?: string[];
  color?: Annotation['color'];
}

export async function updateNote(id: string, changes: NoteChanges, current?: Annotation): Promise<Annotation> {
  // A verdict stays a verdict whatever its note says.
  const motivation =
    current?.motivation === 'assessing' || changes.body === undefined ? undefined : changes.body.trim() ? 'commenting' : 'highlighting';
  return (await notesWriter.update(id, { ...changes, motivation })).annotation;
}

export async function deleteNote(id: string): Promise<void> {
  await notesWriter.delete(id);
}

/** Saves a note on the whole page (no passage quoted). */
export async function savePageNote(
  page: { source: string; url: string; title: string; lang?: string },
  note: { body: string; tags: string[] },
): Promise<Annotation> {
  const now = new Date().toISOString();
  const language = page.lang && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(page.lang) ? page.lang : undefined;
  const annotation: Annotation = {
    id: crypto.randomUUID(),
    created: now,
    modified: now,
    motivation: 'commenting',
    color: 'yellow',
    tags: note.tags,
    body: note.body,
    target: { source: page.source, url: page.url, title: page.title, ...(language ? { language } : {}) },
  };
  return (await notesWriter.save(annotation)).annotation;
}

/** Puts back a note exactly as it was (undo of a delete): a save, checked like any other. */
export async function restoreNote(annotation: Annotation): Promise<void> {
  await notesWriter.save(annotation);
}

/** Calls back when notes change anywhere (saved on a page, imported, deleted elsewhere). */
export function onNotesChanged(callback: (event: AnnotationsChangedEvent) => void): () => void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
    const event = sender.id === browser.runtime.id ? parseAnnotationsChanged(message) : null;
    if (event) callback(event);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Deletes every note (the options page asks the reader first). */
export async function deleteAllNotes(): Promise<{ deleted: number }> {
  return sendReliably('annotation.deleteAll', { confirm: true });
}
