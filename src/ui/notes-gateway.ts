// How the popup and the options page reach the reader's notes: reads go straight to the store (same
// origin IndexedDB); writes go to the background, the only writer, through typed messages.
import browser from 'webextension-polyfill';
import type { Annotation } from '../lib/annotation';
import { send } from '../lib/messages';
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

/** Messages whose types the store issue adds to the protocol; sent untyped until they land. */
async function sendRaw<T>(type: string, payload: unknown): Promise<T> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as { ok: boolean; value?: T; error?: string } | undefined;
  if (!reply) throw new Error(`No reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error ?? type);
  return reply.value as T;
}

export async function updateNote(id: string, changes: NoteChanges): Promise<Annotation> {
  const { annotation } = await sendRaw<{ annotation: Annotation }>('annotation.update', { id, patch: changes });
  return annotation;
}

export async function deleteNote(id: string): Promise<void> {
  await sendRaw('annotation.delete', { id });
}

/** Puts back a note exactly as it was (undo of a delete). */
export async function restoreNote(annotation: Annotation): Promise<void> {
  await send('annotation.save', { annotation });
}

/** Calls back when notes change anywhere (saved on a page, imported, deleted elsewhere). */
export function onNotesChanged(callback: () => void): () => void {
  const listener = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === 'annotations.changed') callback();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
