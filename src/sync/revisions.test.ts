// Revision trees: local edits, deletes, conflicts and their resolution; and, on random histories
// received in random order, the same winner, conflicts, leaves and stemmed tree as PouchDB's own
// merge code (npm pouchdb-merge), the reference for CouchDB's rules in JavaScript.
import fc from 'fast-check';
import {
  collectConflicts,
  collectLeaves,
  merge,
  winningRev as pouchWinningRev,
  type RevNode,
  type RevPath,
  traverseRevTree,
} from 'pouchdb-merge';
import { describe, expect, it } from 'vitest';
import {
  ancestry,
  childRev,
  conflictRevs,
  deleteDocument,
  editDocument,
  isLive,
  mergeRevision,
  resolveConflict,
  revisionOf,
  winningLeaf,
  winningRev,
} from './revisions';
import type { DocRecord, Revision } from './types';

/** One revision of a random history: its parent is an earlier node (or none: a root). */
interface Node {
  rev: string;
  parent: number | null;
  generation: number;
  deleted: boolean;
}

const historyArbitrary = fc
  .array(fc.record({ parent: fc.option(fc.nat(), { freq: 6 }), hash: fc.stringMatching(/^[0-9a-f]{3}$/), deleted: fc.boolean() }), {
    minLength: 1,
    maxLength: 30,
  })
  .map((steps) => {
    const nodes: Node[] = [];
    steps.forEach((step, i) => {
      const parent = i === 0 || step.parent === null ? null : step.parent % i;
      const generation = parent === null ? 1 : nodes[parent]!.generation + 1;
      // The index keeps hashes unique; the random prefix makes their order random.
      nodes.push({ rev: `${generation}-${step.hash}${i}`, parent, generation, deleted: step.deleted && i % 3 === 0 });
    });
    return nodes;
  });

function pathOf(nodes: Node[], index: number): number[] {
  const path: number[] = [];
  for (let at: number | null = index; at !== null; at = nodes[at]!.parent) path.push(at);
  return path; // newest first
}

function revisionFor(nodes: Node[], index: number): Revision {
  const node = nodes[index]!;
  return {
    id: 'doc',
    rev: node.rev,
    deleted: node.deleted,
    body: node.deleted ? null : { n: index },
    history: pathOf(nodes, index).map((i) => nodes[i]!.rev),
  };
}

/** The same revision as PouchDB receives it with new_edits: false. */
function pouchPathFor(nodes: Node[], index: number): RevPath {
  const path = pathOf(nodes, index).reverse();
  const hash = (i: number) => nodes[i]!.rev.slice(nodes[i]!.rev.indexOf('-') + 1);
  let node: RevNode = [hash(index), { status: 'available', deleted: nodes[index]!.deleted }, []];
  for (let k = path.length - 2; k >= 0; k--) node = [hash(path[k]!), { status: 'missing' }, [node]];
  return { pos: nodes[path[0]!]!.generation, ids: node };
}

function pouchRevs(tree: RevPath[]): string[] {
  const revs: string[] = [];
  traverseRevTree(tree, (_leaf, pos, hash) => {
    revs.push(`${pos}-${hash}`);
  });
  // A stemmed PouchDB tree can hold one revision twice, in two subtrees that stemming keeps apart.
  return [...new Set(revs)].sort();
}

describe('revision trees against PouchDB', () => {
  for (const limit of [1000, 3]) {
    it(`agree on winner, conflicts, leaves and kept revisions (revs limit ${limit})`, () => {
      fc.assert(
        fc.property(historyArbitrary, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (nodes, deliveries) => {
          let record: DocRecord | undefined;
          let tree: RevPath[] = [];
          for (const pick of deliveries) {
            const index = pick % nodes.length;
            record = mergeRevision(record, revisionFor(nodes, index), 1, limit) ?? record;
            tree = merge(tree, pouchPathFor(nodes, index), limit).tree;
          }
          expect(winningRev(record!)).toBe(pouchWinningRev({ rev_tree: tree }));
          expect(conflictRevs(record!).sort()).toEqual(collectConflicts({ rev_tree: tree }).sort());
          expect(Object.keys(record!.leaves).sort()).toEqual(
            collectLeaves(tree)
              .map((leaf) => leaf.rev)
              .sort(),
          );
          expect(Object.keys(record!.revs).sort()).toEqual(pouchRevs(tree));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('receiving a revision twice, or one already superseded, changes nothing', () => {
    fc.assert(
      fc.property(historyArbitrary, fc.nat(), (nodes, pick) => {
        let record: DocRecord | undefined;
        for (let i = 0; i < nodes.length; i++) record = mergeRevision(record, revisionFor(nodes, i), 1) ?? record;
        expect(mergeRevision(record, revisionFor(nodes, pick % nodes.length), 2)).toBeUndefined();
      }),
    );
  });
});

describe('local edits', () => {
  it('a new document starts at generation 1; each edit adds one on the same branch', () => {
    const created = editDocument(undefined, 'n1', { body: 'a' }, 1)!;
    expect(winningRev(created)).toMatch(/^1-[0-9a-f]{32}$/);
    const edited = editDocument(created, 'n1', { body: 'b' }, 2)!;
    expect(winningRev(edited)).toMatch(/^2-/);
    expect(ancestry(edited, winningRev(edited))).toEqual([winningRev(edited), winningRev(created)]);
    expect(Object.keys(edited.leaves)).toEqual([winningRev(edited)]);
    expect(edited.seq).toBe(2);
  });

  it('saving the same body again makes no revision (whatever the key order)', () => {
    const created = editDocument(undefined, 'n1', { body: 'a', tags: ['x'] }, 1)!;
    expect(editDocument(created, 'n1', { tags: ['x'], body: 'a' }, 2)).toBeUndefined();
  });

  it('the same edit of the same revision on two devices is one revision, not a conflict', () => {
    const base = editDocument(undefined, 'n1', { body: 'a' }, 1)!;
    const onA = editDocument(base, 'n1', { body: 'fixed' }, 2)!;
    const onB = editDocument(base, 'n1', { body: 'fixed' }, 7)!;
    expect(winningRev(onA)).toBe(winningRev(onB));
    expect(mergeRevision(onA, revisionOf(onB, winningRev(onB))!, 3)).toBeUndefined();
  });

  it('a delete ends every live branch, so no other version takes the note’s place', () => {
    const base = editDocument(undefined, 'n1', { body: 'a' }, 1)!;
    const a = editDocument(base, 'n1', { body: 'from A' }, 2)!;
    const b = editDocument(base, 'n1', { body: 'from B' }, 2)!;
    const both = mergeRevision(a, revisionOf(b, winningRev(b))!, 3)!;
    expect(conflictRevs(both)).toHaveLength(1);
    const deleted = deleteDocument(both, 4)!;
    expect(isLive(deleted)).toBe(false);
    expect(Object.values(deleted.leaves).every((leaf) => leaf.deleted && leaf.body === null)).toBe(true);
    expect(deleteDocument(deleted, 5)).toBeUndefined();
  });

  it('a live version wins over a deleted one of a higher generation', () => {
    const base = editDocument(undefined, 'n1', { body: 'a' }, 1)!;
    const edited = editDocument(base, 'n1', { body: 'b' }, 2)!;
    const deletedOnOtherDevice = deleteDocument(editDocument(edited, 'n1', { body: 'c' }, 3)!, 4)!;
    const kept = editDocument(base, 'n1', { body: 'kept' }, 2)!;
    let merged = mergeRevision(kept, revisionOf(deletedOnOtherDevice, winningRev(deletedOnOtherDevice))!, 5)!;
    expect(winningLeaf(merged).body).toEqual({ body: 'kept' });
    merged = mergeRevision(merged, revisionOf(deletedOnOtherDevice, winningRev(deletedOnOtherDevice))!, 6) ?? merged;
    expect(isLive(merged)).toBe(true);
  });

  it('resolving a conflict keeps the chosen body and ends the other branches; both devices agree', () => {
    const base = editDocument(undefined, 'n1', { body: 'a' }, 1)!;
    const a = editDocument(base, 'n1', { body: 'from A' }, 2)!;
    const b = editDocument(base, 'n1', { body: 'from B' }, 2)!;
    const onA = mergeRevision(a, revisionOf(b, winningRev(b))!, 3)!;
    const onB = mergeRevision(b, revisionOf(a, winningRev(a))!, 3)!;
    expect(winningRev(onA)).toBe(winningRev(onB));
    const loser = conflictRevs(onA)[0]!;
    const resolved = resolveConflict(onA, onA.leaves[loser]!.body!, 4);
    expect(conflictRevs(resolved)).toEqual([]);
    expect(winningLeaf(resolved).body).toEqual(onA.leaves[loser]!.body);
    // B receives the resolution's leaves and ends up the same.
    let onBAfter = onB;
    for (const rev of Object.keys(resolved.leaves)) onBAfter = mergeRevision(onBAfter, revisionOf(resolved, rev)!, 5) ?? onBAfter;
    expect(winningRev(onBAfter)).toBe(winningRev(resolved));
    expect(conflictRevs(onBAfter)).toEqual([]);
  });

  it('child revision ids depend on the parent, the deletion and the body', () => {
    const leaf = { deleted: false, body: { body: 'x' } };
    expect(childRev(null, leaf)).not.toBe(childRev('1-abc', leaf));
    expect(childRev('1-abc', leaf)).toMatch(/^2-/);
    expect(childRev('1-abc', leaf)).not.toBe(childRev('1-abc', { deleted: true, body: null }));
  });
});
