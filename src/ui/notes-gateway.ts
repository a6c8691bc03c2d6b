// How the popup and the options page reach the reader's notes: reads go straight to the store (same
// origin IndexedDB); writes go to the background, the only writer, through typed messages.
import browser from 'webextension-polyfill';
import type { Annotation } from '../lib/annotation';
import { type AnnotationsChangedEvent, parseAnnotationsChanged } from '../lib/messages';
import { notesWriter, sendReliably } from '../store/client';
import { NotesStore } from '../store/notes-store';

let store: NotesStore | null = null;

/** The read side, opened once per page. */
export function notesStore(): NotesStore {
  store ??= new NotesStore();
  return store;
}

export interface NoteChanges {
  body?: string;
  tags?: string[];
  color?: Annotation['color'];
}

export async function updateNote(id: string, changes: NoteChanges): Promise<Annotation> {
  const motivation = changes.body === undefined ? undefined : changes.body.trim() ? 'commenting' : 'highlighting';
  return (await notesWriter.update(id, { ...changes, motivation })).annotation;
}

export async function deleteNote(id: string): Promise<void> {
  await notesWriter.delete(id);
}

/** Puts back a note exactly as it was (undo of a delete). */
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
