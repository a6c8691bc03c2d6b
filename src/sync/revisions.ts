// A document's revision tree, as CouchDB keeps it: merging revisions from another database, local
// edits, the deterministic winner and the conflicts. Pure functions over DocRecord; the rules are
// CouchDB's (checked against PouchDB's own merge code in revisions.test.ts), so every device and
// the server pick the same winner without talking to each other.
import { md5 } from './md5';
import type { DocRecord, Json, JsonObject, Leaf, Revision } from './types';

/** How many ancestors a branch keeps (CouchDB's and PouchDB's default revs_limit). */
export const REVS_LIMIT = 1000;

const REV_PATTERN = /^([1-9][0-9]{0,15})-([0-9A-Za-z]{1,128})$/;

export function parseRev(rev: string): { generation: number; hash: string } | null {
  const match = REV_PATTERN.exec(rev);
  return match ? { generation: Number(match[1]), hash: match[2]! } : null;
}

export function generationOf(rev: string): number {
  const parsed = parseRev(rev);
  if (!parsed) throw new Error(`Not a revision id: ${rev}`);
  return parsed.generation;
}

/** CouchDB's order of revisions: by generation, then by the hash compared as a string. */
export function compareRevs(a: string, b: string): number {
  const ga = generationOf(a);
  const gb = generationOf(b);
  if (ga !== gb) return ga - gb;
  const ha = a.slice(a.indexOf('-') + 1);
  const hb = b.slice(b.indexOf('-') + 1);
  return ha < hb ? -1 : ha > hb ? 1 : 0;
}

/** The revision every database shows for the document: the highest live leaf, or, when every
 * branch ends in a deletion, the highest deleted one. */
export function winningRev(record: DocRecord): string {
  let best: string | undefined;
  let bestLive = false;
  for (const [rev, leaf] of Object.entries(record.leaves)) {
    const live = !leaf.deleted;
    if (best === undefined || (live && !bestLive) || (live === bestLive && compareRevs(rev, best) > 0)) {
      best = rev;
      bestLive = live;
    }
  }
  if (best === undefined) throw new Error(`Document ${record.id} has no leaf revision`);
  return best;
}

export function winningLeaf(record: DocRecord): Leaf & { rev: string } {
  const rev = winningRev(record);
  return { rev, ...record.leaves[rev]! };
}

/** True when the document exists (its winner is not a deletion). */
export function isLive(record: DocRecord): boolean {
  return !winningLeaf(record).deleted;
}

/** The losing live leaves (CouchDB's `_conflicts`), best first: the other versions the reader may keep. */
export function conflictRevs(record: DocRecord): string[] {
  const winner = winningRev(record);
  return Object.entries(record.leaves)
    .filter(([rev, leaf]) => rev !== winner && !leaf.deleted)
    .map(([rev]) => rev)
    .sort((a, b) => compareRevs(b, a));
}

/** `rev` then its known ancestors, newest first, at most `limit` of them. */
export function ancestry(record: DocRecord, rev: string, limit = REVS_LIMIT): string[] {
  const path: string[] = [];
  let current: string | null | undefined = rev;
  while (current && path.length < limit) {
    path.push(current);
    current = record.revs[current];
  }
  return path;
}

/** The revision as it is sent to another database. */
export function revisionOf(record: DocRecord, rev: string): Revision | undefined {
  const leaf = record.leaves[rev];
  if (!leaf) return undefined;
  return { id: record.id, rev, deleted: leaf.deleted, body: leaf.body, history: ancestry(record, rev) };
}

/**
 * Adds a revision received from another database (CouchDB's `new_edits: false`): its history is
 * grafted onto the tree and it becomes a leaf, unless it is known already. Returns the new record,
 * or undefined when the revision brought nothing new (receiving twice is receiving once).
 */
export function mergeRevision(
  record: DocRecord | undefined,
  revision: Revision,
  seq: number,
  revsLimit = REVS_LIMIT,
): DocRecord | undefined {
  const { rev, history } = revision;
  if (history[0] !== rev) throw new Error(`The history of ${revision.id} does not start with ${rev}`);
  const isNew = record?.revs[rev] === undefined;
  const revs = { ...record?.revs };
  const leaves = { ...record?.leaves };
  let changed = isNew;
  for (let i = 0; i < history.length; i++) {
    const current = history[i]!;
    const parent = history[i + 1] ?? null;
    if (i > 0 && leaves[current]) {
      delete leaves[current];
      changed = true;
    }
    const known = revs[current];
    // New, or its history was cut short here (stemmed) and the other side knows more of it: that
    // can join a branch that looked separate to the one it descends from. Known links are
    // walked down, since the history may be cut short further down.
    if (known === undefined || (known === null && parent !== null)) {
      revs[current] = parent;
      changed = true;
    } else if (known !== parent) {
      break; // the histories disagree: keep ours
    }
  }
  if (!changed) return undefined;
  if (isNew) leaves[rev] = { deleted: revision.deleted, body: revision.deleted ? null : revision.body };
  return stem({ id: revision.id, revs, leaves, seq }, revsLimit);
}

/** A local edit: a new revision on the winning branch. Undefined when the body is unchanged. */
export function editDocument(record: DocRecord | undefined, id: string, body: JsonObject, seq: number): DocRecord | undefined {
  const winner = record ? winningLeaf(record) : undefined;
  if (winner && !winner.deleted && canonicalJson(winner.body) === canonicalJson(body)) return undefined;
  return addChild(record ?? { id, revs: {}, leaves: {}, seq }, winner?.rev ?? null, { deleted: false, body }, seq);
}

/** A local delete: every live branch ends in a deletion, so no other version comes back in its
 * place. Undefined when the document was already deleted. */
export function deleteDocument(record: DocRecord, seq: number): DocRecord | undefined {
  const live = Object.entries(record.leaves).filter(([, leaf]) => !leaf.deleted);
  if (live.length === 0) return undefined;
  let next = record;
  for (const [rev] of live) next = addChild(next, rev, { deleted: true, body: null }, seq);
  return next;
}

/** Ends a conflict: `body` (one of the versions, or a merge of them) continues the winning
 * branch and every other live branch ends in a deletion, as CouchDB advises. */
export function resolveConflict(record: DocRecord, body: JsonObject, seq: number): DocRecord {
  const winner = winningLeaf(record);
  let next = record;
  for (const rev of conflictRevs(record)) next = addChild(next, rev, { deleted: true, body: null }, seq);
  if (winner.deleted || canonicalJson(winner.body) !== canonicalJson(body))
    next = addChild(next, winner.rev, { deleted: false, body }, seq);
  return { ...next, seq };
}

/** The id of a child revision. Deterministic: the same edit of the same revision made on two
 * devices is one revision, not a conflict. */
export function childRev(parent: string | null, leaf: Leaf): string {
  const generation = parent ? generationOf(parent) + 1 : 1;
  return `${generation}-${md5(canonicalJson([parent, leaf.deleted, leaf.body]))}`;
}

function addChild(record: DocRecord, parent: string | null, leaf: Leaf, seq: number): DocRecord {
  const rev = childRev(parent, leaf);
  const leaves = { ...record.leaves, [rev]: leaf };
  if (parent) delete leaves[parent];
  return stem({ id: record.id, revs: { ...record.revs, [rev]: parent }, leaves, seq });
}

/** Forgets revisions more than REVS_LIMIT generations behind every leaf (CouchDB's stemming), so
 * a note edited for years does not carry its whole history. */
function stem(record: DocRecord, limit = REVS_LIMIT): DocRecord {
  const revCount = Object.keys(record.revs).length;
  if (revCount <= limit) return record;
  const keep = new Set<string>();
  for (const leaf of Object.keys(record.leaves)) for (const rev of ancestry(record, leaf, limit)) keep.add(rev);
  if (keep.size === revCount) return record;
  const revs: Record<string, string | null> = {};
  for (const rev of keep) {
    const parent = record.revs[rev] ?? null;
    revs[rev] = parent !== null && keep.has(parent) ? parent : null;
  }
  return { ...record, revs };
}

/** JSON with object keys sorted, so equal bodies give equal text whatever their key order. */
export function canonicalJson(value: Json | JsonObject | undefined): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
}
