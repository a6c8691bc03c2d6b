// Teams: the server itself lets only a note's author change or delete it, through a CouchDB
// validate_doc_update function that Newsmark installs when its user may (a database admin).

import * as v from 'valibot';
import type { CouchClient } from './couch-client';
import { SyncError } from './errors';
import { PutResultSchema } from './wire';

export const DESIGN_DOC_ID = '_design/newsmark';

/**
 * Runs on the server (CouchDB's JavaScript, ES5) for every write, replicated ones included.
 * Admins pass (they repair and migrate); everyone else must be signed in, may create a note only
 * as its `creator`, and may change or delete only a note whose `creator` they are.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (!userCtx.name) throw { unauthorized: 'Sign in to change notes in this database.' };
  if (oldDoc && !oldDoc._deleted && oldDoc.creator !== userCtx.name) {
    throw { forbidden: 'Only the author of a note may change or delete it.' };
  }
  if (!newDoc._deleted && newDoc.creator !== userCtx.name) {
    throw { forbidden: 'A note must name its author (creator) as the signed-in user.' };
  }
}`;

/** Bumped with any change to the function, so an older installed copy is replaced. */
export const DESIGN_DOC_VERSION = 1;

export type InstallOutcome = 'installed' | 'up-to-date' | 'not-allowed';

/** Installs or updates the design document. 'not-allowed' when this user is not a database admin
 * (the database's admin installs it once, from any member's settings or by hand). */
export async function installDesignDoc(client: CouchClient): Promise<InstallOutcome> {
  const path = `_design/${encodeURIComponent(DESIGN_DOC_ID.slice('_design/'.length))}`;
  const current = await client.request('GET', path, {
    schema: v.looseObject({ _rev: v.string(), newsmark_version: v.optional(v.number(), 0) }),
    missingOk: true,
  });
  if (current && current.newsmark_version >= DESIGN_DOC_VERSION) return 'up-to-date';
  const doc = {
    _id: DESIGN_DOC_ID,
    ...(current ? { _rev: current._rev } : {}),
    language: 'javascript',
    newsmark_version: DESIGN_DOC_VERSION,
    validate_doc_update: VALIDATE_DOC_UPDATE,
  };
  try {
    await client.request('PUT', path, { body: doc, schema: PutResultSchema });
    return 'installed';
  } catch (error) {
    if (error instanceof SyncError && (error.kind === 'unauthorized' || error.kind === 'forbidden')) return 'not-allowed';
    throw error;
  }
}
