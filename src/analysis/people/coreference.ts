// One entry per person: full names, "Mr. Surname", a bare surname and, where unambiguous, a bare
// given name are gathered under the person first named in full. A surname that the text has already
// used several times for a titled person ("President X" … "Mr. X") keeps that person apart from a
// later relative with the same surname ("his daughter Y X").

import { JOINED_PARTICLES } from '../lexicon/names';
import type { Span } from '../types';
import type { Role } from './roles';

export interface Entity {
  name: string;
  /** Name tokens in the chosen name (initials count). */
  nameLength: number;
  surname: string;
  given: string | null;
  mentions: Span[];
  roles: { role: Role; rank: number; at: number }[];
  /** Mentions by surname alone before the first full name. */
  bareCount: number;
  hasFull: boolean;
  /** Starts of the mentions, ascending: finds the mention nearest before a point in log time. */
  starts: number[];
}

/** Inserts `value` into the ascending array (appending is the usual case). */
function insertSorted(list: number[], value: number): void {
  let i = list.length;
  if (i === 0 || list[i - 1]! <= value) {
    list.push(value);
    return;
  }
  let lo = 0;
  while (lo < i) {
    const mid = (lo + i) >> 1;
    if (list[mid]! <= value) lo = mid + 1;
    else i = mid;
  }
  list.splice(lo, 0, value);
}

/** The greatest value in the ascending array that is below `at`, or -1. */
function before(list: number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1]! : -1;
}

/** Bare surnames used this often before a full name with the same surname mark a different person. */
const DISTINCT_AFTER = 3;

/** "al-bashir" → "bashir": later mentions often drop a joined particle. */
export function surnameKeys(surname: string): string[] {
  for (const p of JOINED_PARTICLES) if (surname.startsWith(p) && surname.length > p.length + 1) return [surname, surname.slice(p.length)];
  return [surname];
}

export class People {
  readonly list: Entity[] = [];
  private readonly bySurname = new Map<string, Entity[]>();
  /** People by given name, or null once two people share it (a bare given name is then ambiguous). */
  private readonly byGivenName = new Map<string, Entity | null>();

  /** Adds a full name ("Nikki R. Haley"): joins a compatible person or starts a new one. */
  addFull(name: string, nameLength: number, surname: string, given: string | null, span: Span): Entity {
    const same = this.bySurname.get(surname) ?? [];
    for (const e of same) {
      const compatible = e.given === null ? e.bareCount < DISTINCT_AFTER : given === null || e.given === given || e.given[0] === given[0];
      if (!compatible) continue;
      if (e.given === null && given !== null) {
        e.given = given;
        this.indexGiven(e);
      }
      e.hasFull = true;
      if (nameLength > e.nameLength) {
        e.name = name;
        e.nameLength = nameLength;
      }
      this.mention(e, span);
      return e;
    }
    return this.create(name, nameLength, surname, given, span, true);
  }

  /** Adds a surname said with a title or honorific ("President Obama", "le juge Bocock"). */
  addTitled(name: string, surname: string, span: Span): Entity {
    const e = this.nearest(surname, span.start);
    if (e) {
      this.mention(e, span);
      if (!e.hasFull) e.bareCount++;
      return e;
    }
    const made = this.create(name, 1, surname, null, span, false);
    made.bareCount = 1;
    return made;
  }

  /** Attaches a bare surname or given name when it names a known person; returns it or null. */
  addBare(word: string, span: Span, givenAllowed: boolean): Entity | null {
    const e = this.nearest(word, span.start) ?? (givenAllowed ? this.byGiven(word) : null);
    if (!e) return null;
    this.mention(e, span);
    if (!e.hasFull && e.surname === word) e.bareCount++;
    return e;
  }

  knowsSurname(word: string): boolean {
    return this.bySurname.has(word);
  }

  private mention(e: Entity, span: Span): void {
    e.mentions.push(span);
    insertSorted(e.starts, span.start);
  }

  private byGiven(word: string): Entity | null {
    // "Xi" for "Xi Jinping": two letters are enough for a given name the text has used in full.
    if (word.length < 2) return null;
    return this.byGivenName.get(word) ?? null;
  }

  private indexGiven(e: Entity): void {
    if (e.given === null) return;
    this.byGivenName.set(e.given, this.byGivenName.has(e.given) ? null : e);
  }

  /** The person with this surname mentioned closest before `at` (else the first one). */
  private nearest(surname: string, at: number): Entity | null {
    const same = this.bySurname.get(surname);
    if (!same?.length) return null;
    if (same.length === 1) return same[0]!;
    let best: Entity = same[0]!;
    let bestAt = -1;
    for (const e of same) {
      const b = before(e.starts, at);
      if (b > bestAt) [best, bestAt] = [e, b];
    }
    return best;
  }

  private create(name: string, nameLength: number, surname: string, given: string | null, span: Span, full: boolean): Entity {
    const e: Entity = {
      name,
      nameLength,
      surname,
      given,
      mentions: [span],
      roles: [],
      bareCount: 0,
      hasFull: full,
      starts: [span.start],
    };
    this.list.push(e);
    this.indexGiven(e);
    for (const key of surnameKeys(surname)) {
      const same = this.bySurname.get(key);
      if (same) same.push(e);
      else this.bySurname.set(key, [e]);
    }
    return e;
  }
}
