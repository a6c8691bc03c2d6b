// Types for the parts of PouchDB's merge code (npm pouchdb-merge, no types of its own) that the
// sync tests use as the reference implementation of CouchDB's revision trees.
declare module 'pouchdb-merge' {
  export interface RevOpts {
    status?: 'available' | 'missing';
    deleted?: boolean;
  }
  export type RevNode = [hash: string, opts: RevOpts, children: RevNode[]];
  export interface RevPath {
    pos: number;
    ids: RevNode;
  }
  export function merge(tree: RevPath[], path: RevPath, depth: number): { tree: RevPath[]; stemmedRevs: string[]; conflicts: string };
  export function winningRev(metadata: { rev_tree: RevPath[] }): string;
  export function collectConflicts(metadata: { rev_tree: RevPath[] }): string[];
  export function collectLeaves(tree: RevPath[]): { rev: string; opts: RevOpts }[];
  export function traverseRevTree(
    tree: RevPath[],
    visit: (isLeaf: boolean, pos: number, hash: string, context: unknown, opts: RevOpts) => unknown,
  ): void;
}
