// Search and filters as the reader types, over every note, in memory. The context that searches
// (the background) keeps each note's search row (search-row.ts), newest first, in blocks of about a
// thousand; each block also holds its rows' text joined into one string, so a query word is found
// with one indexOf per block instead of one per note (100,000 notes scan in a few milliseconds).
// A write patches one block. The copy is reloaded when the database's generation record changed,
// which every write that changes what search sees does in the same transaction.
import type { NoteColor } from '../lib/annotation';
import { queryTerms } from './fold';
import type { SearchRow } from './search-row';

/** What the list asks for: words, and the filters of "All notes". Empty fields do not filter. */
export interface NoteQuery {
  text?: string;
  color?: NoteColor | null;
  tag?: string | null;
  site?: string | null;
  /** The earliest creation time let through (ISO). */
  since?: string | null;
  author?: AuthorQuery | null;
}

/** The author filter: notes signed `name`; with `mine`, also the unsigned ones (the reader's own,
 * written before sync was set up or with sync off). A teammate's: `{ name, mine: false }`. */
export interface AuthorQuery {
  name: string | null;
  mine: boolean;
}

/** Whether a note written by `author` (absent: unsigned) passes the author filter. */
export function byAuthor(query: AuthorQuery, author: string | undefined): boolean {
  return author ? author === query.name : query.mine;
}

/** Where a page of the list ended: the last note shown. The next page starts after it. */
export interface ListCursor {
  created: string;
  id: string;
}

export function isEmptyQuery(query: NoteQuery): boolean {
  return queryTerms(query.text ?? '').length === 0 && !query.color && !query.tag && !query.site && !query.since && !query.author;
}

/** Newest first; among notes made in the same millisecond, the larger id first (as IndexedDB's
 * 'prev' cursor on the created index returns them). */
export function comesBefore(a: ListCursor, b: ListCursor): boolean {
  return a.created > b.created || (a.created === b.created && a.id > b.id);
}

const BLOCK = 1024;
/** Matches counted exactly; past this the count is given as a floor. */
export const COUNT_CAP = 1000;

class Block {
  rows: SearchRow[];
  private corpus: string | null = null;
  private starts: Int32Array | null = null;

  constructor(rows: SearchRow[]) {
    this.rows = rows;
  }

  changed(): void {
    this.corpus = null;
    this.starts = null;
  }

  /** The rows' text joined by newlines (no query word holds one), and where each row starts. */
  private joined(): { corpus: string; starts: Int32Array } {
    if (this.corpus === null || this.starts === null) {
      const starts = new Int32Array(this.rows.length + 1);
      let at = 0;
      this.rows.forEach((row, i) => {
        starts[i] = at;
        at += row.text.length + 1;
      });
      starts[this.rows.length] = at;
      this.corpus = this.rows.map((row) => row.text).join('\n');
      this.starts = starts;
    }
    return { corpus: this.corpus, starts: this.starts };
  }

  /** Calls `hit` with the index of each row, from `from` on, whose text holds every needle
   * (longest first) and that `keep` lets through, until it returns false. */
  scan(needles: readonly string[], from: number, keep: (row: SearchRow) => boolean, hit: (index: number) => boolean): boolean {
    if (needles.length === 0) {
      for (let i = from; i < this.rows.length; i++) if (keep(this.rows[i]!) && !hit(i)) return false;
      return true;
    }
    const { corpus, starts } = this.joined();
    const [lead, ...others] = needles;
    let index = from;
    let position = corpus.indexOf(lead!, starts[from]!);
    while (position >= 0) {
      // Hits come in order: walk forward to the row that holds this one (cheaper than a search).
      while (starts[index + 1]! <= position) index++;
      const row = this.rows[index]!;
      if (others.every((needle) => row.text.includes(needle)) && keep(row) && !hit(index)) return false;
      position = corpus.indexOf(lead!, starts[index + 1]!);
    }
    return true;
  }
}

export class SearchCache {
  private generation: unknown;
  private blocks: Block[] = [];

  /** True when the copy was loaded at `generation` (an unknown generation is never current). */
  isCurrent(generation: unknown): boolean {
    return generation !== undefined && generation === this.generation;
  }

  load(rows: SearchRow[], generation: unknown): void {
    const sorted = [...rows].sort((a, b) => (comesBefore(a, b) ? -1 : comesBefore(b, a) ? 1 : 0));
    this.blocks = [];
    for (let i = 0; i < sorted.length; i += BLOCK) this.blocks.push(new Block(sorted.slice(i, i + BLOCK)));
    this.generation = generation;
  }

  /** The copy now matches `generation` (after a write whose change was patched in). */
  advance(generation: unknown): void {
    this.generation = generation;
  }

  get size(): number {
    return this.blocks.reduce((sum, block) => sum + block.rows.length, 0);
  }

  /** Adds or replaces one note's row, where a reload would have put it. */
  put(row: SearchRow): boolean {
    this.remove(row.id);
    let b = this.blocks.findIndex((block) => block.rows.length > 0 && !comesBefore(block.rows.at(-1)!, row));
    if (b < 0) {
      if (this.blocks.length === 0) this.blocks.push(new Block([]));
      b = this.blocks.length - 1;
    }
    const block = this.blocks[b]!;
    let at = 0;
    while (at < block.rows.length && comesBefore(block.rows[at]!, row)) at++;
    block.rows.splice(at, 0, row);
    block.changed();
    if (block.rows.length > 2 * BLOCK) this.blocks.splice(b, 1, new Block(block.rows.slice(0, BLOCK)), new Block(block.rows.slice(BLOCK)));
    return true;
  }

  remove(id: string): boolean {
    for (const block of this.blocks) {
      const at = block.rows.findIndex((row) => row.id === id);
      if (at >= 0) {
        block.rows.splice(at, 1);
        block.changed();
        break;
      }
    }
    return true;
  }

  empty(): boolean {
    this.blocks = [];
    return true;
  }

  /**
   * The ids of the newest `limit` notes after `after` that match: every query word starts a word
   * of the note, and every filter holds. On the first page (`after` null) `total` counts the
   * matches, exactly up to COUNT_CAP; past it the scan stops and `totalIsAtLeast` says the count is
   * a floor ("more than 1,000"): a one-letter query matches most of 100,000 notes, and counting
   * them all would cost every keystroke more than finding the page.
   */
  query(
    query: NoteQuery,
    after: ListCursor | null,
    limit: number,
  ): { ids: string[]; total: number | null; totalIsAtLeast: boolean; next: ListCursor | null } {
    const needles = queryTerms(query.text ?? '').map((term) => ` ${term}`);
    const keep = (row: SearchRow) =>
      (!query.color || row.color === query.color) &&
      (!query.tag || row.tags.includes(query.tag)) &&
      (!query.site || row.site === query.site) &&
      (!query.since || row.created >= query.since) &&
      (!query.author || byAuthor(query.author, row.author));
    const ids: string[] = [];
    let last: SearchRow | null = null;
    let more = false;
    let total = 0;
    const counting = after === null;
    let capped = false;
    for (const block of this.blocks) {
      if (block.rows.length === 0) continue;
      if (after && !comesBefore(after, block.rows.at(-1)!)) continue;
      let from = 0;
      if (after) while (from < block.rows.length && !comesBefore(after, block.rows[from]!)) from++;
      const goOn = block.scan(needles, from, keep, (index) => {
        if (ids.length < limit) {
          total++;
          last = block.rows[index]!;
          ids.push(last.id);
          return true;
        }
        more = true;
        if (!counting) return false;
        if (total >= COUNT_CAP) {
          capped = true;
          return false;
        }
        total++;
        return true;
      });
      if (!goOn) break;
    }
    const end = last as SearchRow | null;
    return {
      ids,
      total: counting ? total : null,
      totalIsAtLeast: capped,
      next: more && end ? { created: end.created, id: end.id } : null,
    };
  }

  /** Every tag and site in use (the filter menus). */
  facets(): { tags: string[]; sites: string[]; authors: string[] } {
    const tags = new Set<string>();
    const sites = new Set<string>();
    const authors = new Set<string>();
    for (const block of this.blocks) {
      for (const row of block.rows) {
        for (const tag of row.tags) tags.add(tag);
        sites.add(row.site);
        if (row.author) authors.add(row.author);
      }
    }
    return { tags: [...tags], sites: [...sites], authors: [...authors] };
  }
}
