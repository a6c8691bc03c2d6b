// The things a reader can hover or step to: mentions of people, claims and notes, as sorted spans
// of the article text. Finds the target at a text offset (for hover) and the next or previous one
// (for the keyboard). Pure: no DOM.

export type TargetKind = 'person' | 'claim' | 'note';

export interface Target {
  kind: TargetKind;
  start: number;
  end: number;
  /** Index into the page's people or claims; for notes, the note id. */
  ref: number | string;
}

/** When spans overlap, the most specific wins: a name inside a claim, a note over a claim. */
const PRIORITY: Record<TargetKind, number> = { person: 0, note: 1, claim: 2 };

export class TargetIndex {
  /** All targets by start (then priority), for stepping through the page. */
  readonly ordered: Target[];
  private readonly byKind: Map<TargetKind, Target[]>;

  constructor(targets: Target[]) {
    this.ordered = [...targets].sort((a, b) => a.start - b.start || PRIORITY[a.kind] - PRIORITY[b.kind] || a.end - b.end);
    this.byKind = new Map();
    for (const target of this.ordered) {
      const list = this.byKind.get(target.kind) ?? [];
      list.push(target);
      this.byKind.set(target.kind, list);
    }
  }

  /** The target covering a text offset, the most specific first. */
  at(offset: number): Target | null {
    for (const kind of ['person', 'note', 'claim'] as const) {
      const found = covering(this.byKind.get(kind) ?? [], offset);
      if (found) return found;
    }
    return null;
  }

  /** The next target after `current` (or after offset `from`), wrapping around; -1 steps back. */
  step(current: Target | null, direction: 1 | -1, from = 0): Target | null {
    const list = this.ordered;
    if (list.length === 0) return null;
    let index = current ? list.indexOf(current) : -1;
    if (index < 0) {
      // First target at or after the offset (or before it, stepping back).
      index = direction === 1 ? list.findIndex((t) => t.start >= from) : findLastIndex(list, (t) => t.start < from);
      if (index < 0) index = direction === 1 ? 0 : list.length - 1;
      return list[index]!;
    }
    return list[(index + direction + list.length) % list.length]!;
  }
}

/** Among spans sorted by start, one that contains offset (spans of one kind rarely overlap). */
function covering(list: Target[], offset: number): Target | null {
  let lo = 0;
  let hi = list.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Look back a little: a long span starting earlier may still cover the offset.
  for (let i = last; i >= 0 && i >= last - 8; i--) {
    const target = list[i]!;
    if (target.start <= offset && offset < target.end) return target;
  }
  return null;
}

function findLastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}
