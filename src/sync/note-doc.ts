// A note as a CouchDB document: `_id` is the note's id, the body is the note record itself plus its
// author (`creator`), without what only this device knows (the last anchoring result).
import type { Annotation } from '../lib/annotation';
import type { Json, JsonObject, Revision } from './types';

/** The note record with its author, as teams need it (`creator` in the W3C export too). */
export type SyncedNote = Annotation & { creator?: string };

/** The document body for a note: everything but the id (it is `_id`) and the anchoring result,
 * which differs per device and page visit and would make a new revision at every visit. */
export function noteToBody(note: SyncedNote): JsonObject {
  const { id: _id, anchor: _anchor, ...body } = note;
  return JSON.parse(JSON.stringify(body)) as JsonObject;
}

/** The note back from a document body; `parse` is the store's note schema (it throws, with a
 * message, on anything that is not a valid note). */
export function bodyToNote<T extends SyncedNote>(id: string, body: JsonObject, parse: (value: unknown) => T): T {
  return parse({ ...body, id } satisfies { [key: string]: Json });
}

/** The `accept` check of SyncConfig built from the note schema: a document from the server that
 * is not a valid note is left out and reported, and the sync goes on. */
export function acceptNotes(parse: (value: unknown) => unknown): (revision: Revision) => string | null {
  return (revision) => {
    if (revision.deleted || revision.body === null) return null;
    try {
      parse({ ...revision.body, id: revision.id });
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
}
