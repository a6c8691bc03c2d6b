// The server's answers, checked with valibot before anything is read from them: a server (or a
// proxy, or a captive portal) answering something else is reported, and the local store is left
// as it was. Also the conversions between CouchDB documents and Revisions.
import * as v from 'valibot';
import { parseRev } from './revisions';
import type { Json, JsonObject, ReplicationLog, Revision, Seq } from './types';

const RevSchema = v.pipe(
  v.string('a revision id must be text'),
  v.check((rev) => parseRev(rev) !== null, 'a revision id must look like "N-hash"'),
);
const SeqSchema = v.union([v.string(), v.number()], 'a sequence must be a number or text');
const DocIdSchema = v.pipe(v.string('a document id must be text'), v.minLength(1, 'a document id is empty'), v.maxLength(1000));

export const DbInfoSchema = v.looseObject({ update_seq: SeqSchema });

export const ChangesSchema = v.looseObject({
  results: v.array(
    v.looseObject({
      id: DocIdSchema,
      seq: SeqSchema,
      changes: v.array(v.looseObject({ rev: RevSchema })),
    }),
  ),
  last_seq: SeqSchema,
});

export const RevsDiffSchema = v.record(v.string(), v.looseObject({ missing: v.optional(v.array(RevSchema), []) }));

/** A document with its history, as `_bulk_get` and `open_revs` return it with `revs=true`. */
export const DocSchema = v.pipe(
  v.looseObject({
    _id: DocIdSchema,
    _rev: RevSchema,
    _deleted: v.optional(v.boolean()),
    _revisions: v.object({
      start: v.pipe(v.number(), v.integer(), v.minValue(1)),
      ids: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[0-9A-Za-z]{1,128}$/))), v.minLength(1)),
    }),
  }),
  v.check((doc) => doc._rev === `${doc._revisions.start}-${doc._revisions.ids[0]}`, 'a document\'s "_revisions" does not match its "_rev"'),
  v.check((doc) => doc._revisions.start - doc._revisions.ids.length >= 0, 'a document\'s "_revisions" goes below generation 1'),
);

export const BulkGetSchema = v.looseObject({
  results: v.array(
    v.looseObject({
      id: DocIdSchema,
      docs: v.array(v.union([v.object({ ok: DocSchema }), v.object({ error: v.looseObject({ error: v.string() }) })])),
    }),
  ),
});

export const OpenRevsSchema = v.array(v.union([v.object({ ok: DocSchema }), v.object({ missing: v.string() })]));

export const BulkDocsSchema = v.array(
  v.looseObject({
    id: v.optional(v.string()),
    rev: v.optional(v.string()),
    error: v.optional(v.string()),
    reason: v.optional(v.string()),
  }),
);

export const LocalDocSchema = v.looseObject({
  _rev: v.string(),
  session_id: v.string(),
  source_last_seq: SeqSchema,
  replication_id_version: v.optional(v.number(), 0),
  history: v.array(
    v.looseObject({
      session_id: v.string(),
      recorded_seq: SeqSchema,
      start_time: v.optional(v.string(), ''),
      end_time: v.optional(v.string(), ''),
      docs_read: v.optional(v.number(), 0),
      docs_written: v.optional(v.number(), 0),
      doc_write_failures: v.optional(v.number(), 0),
    }),
  ),
});

export const PutResultSchema = v.looseObject({ rev: v.string() });

/** The reason a server gives in an error answer (`{"error", "reason"}`), if it gave one. */
export const ErrorBodySchema = v.looseObject({ error: v.string(), reason: v.optional(v.string()) });

export type ServerDoc = v.InferOutput<typeof DocSchema>;

/** The `_`-prefixed members are CouchDB's; the rest is the body. Attachments are not carried. */
export function docToRevision(doc: ServerDoc): Revision {
  const body: JsonObject = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_')) body[key] = value as Json;
  const { start, ids } = doc._revisions;
  return {
    id: doc._id,
    rev: doc._rev,
    deleted: doc._deleted === true,
    body: doc._deleted ? null : body,
    history: ids.map((hash, i) => `${start - i}-${hash}`),
  };
}

export function revisionToDoc(revision: Revision): JsonObject {
  const doc: JsonObject = { ...revision.body, _id: revision.id, _rev: revision.rev };
  const start = parseRev(revision.rev)!.generation;
  doc._revisions = { start, ids: revision.history.map((rev) => rev.slice(rev.indexOf('-') + 1)) };
  if (revision.deleted) doc._deleted = true;
  return doc;
}

export function logFromServer(doc: v.InferOutput<typeof LocalDocSchema>): ReplicationLog {
  return {
    session_id: doc.session_id,
    source_last_seq: doc.source_last_seq as Seq,
    replication_id_version: doc.replication_id_version,
    history: doc.history.map((entry) => ({
      session_id: entry.session_id,
      recorded_seq: entry.recorded_seq,
      start_time: entry.start_time,
      end_time: entry.end_time,
      docs_read: entry.docs_read,
      docs_written: entry.docs_written,
      doc_write_failures: entry.doc_write_failures,
    })),
  };
}

/** Ids that are not notes: design documents and other servers' special documents. */
export function isSpecialId(id: string): boolean {
  return id.startsWith('_');
}
