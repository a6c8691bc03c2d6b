// People, officials and roles: tokens → name spans → evidence that a span is a person → one entry
// per person with every mention → the role the text gives, and whether that role is an office.

import type { LanguagePack } from '../lexicon/schema';
import { Kind, type Token, tokenAt, tokenize } from '../text/tokens';
import type { Person, Span } from '../types';
import { People } from './coreference';
import { clauseRoles, DIRECT, GROUP, groupRoles, neighbourRoles } from './distant-roles';
import { type Judged, judge, loneWord, markNicknames, shareCoordinatedRoles } from './evidence';
import { bare, type CompiledPeople, compilePeople } from './lexicon';
import { findNameSpans, textFacts } from './name-spans';
import type { Role } from './roles';
import { tokenCues } from './token-cues';

function nameText(text: string, tokens: readonly Token[], first: number, last: number): string {
  return text.slice(tokens[first]!.start, tokens[last]!.end).replaceAll('\u00ad', '').replace(/\s+/g, ' ');
}

/** The given name of a full name: none for an initial or a leading particle ("Bin Laden", "Al-Assad"). */
function givenOf(tokens: readonly Token[], first: number, lex: CompiledPeople): string | null {
  const t = tokens[first]!;
  if (t.dotted || lex.particles.matchTokens(tokens, first) > 0) return null;
  return t.lower;
}

/** The surname of a name: its last word before a suffix ("Roosevelt" in "James Roosevelt Jr."). */
function surnameOf(tokens: readonly Token[], first: number, last: number, lex: CompiledPeople): string {
  let k = last;
  while (k > first && lex.nameSuffixes.has(bare(tokens[k]!.lower))) k--;
  return tokens[k]!.lower;
}

function spanOf(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/**
 * Characters per part of a long text. A text is read part by part (cut at line breaks) so that only
 * one part's tokens are alive at a time: holding 100k words of tokens made time grow faster than the
 * text. Articles are shorter than one part, so they are read whole.
 */
const PART_CHARS = 32_000;

/** [from, to) parts of the text, cut at a line break after PART_CHARS (else at a space, else anywhere). */
function parts(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > PART_CHARS * 1.5) {
    let cut = text.indexOf('\n', from + PART_CHARS);
    if (cut < 0 || cut > from + PART_CHARS * 2) cut = text.indexOf(' ', from + PART_CHARS);
    if (cut < 0 || cut > from + PART_CHARS * 2) cut = from + PART_CHARS;
    // Never between the halves of a surrogate pair.
    if (cut > 0 && (text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut++;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, text.length]);
  return out;
}

/** What carries from one part of the text to the next. */
interface Reading {
  text: string;
  lex: CompiledPeople;
  people: People;
  /** Words the text has written in lower case so far. */
  vocab: Set<string>;
}

/** Finds the people a text names, each once with all mentions and the role the text gives. */
export function findPeople(text: string, pack: LanguagePack): Person[] {
  const reading: Reading = { text, lex: compilePeople(pack), people: new People(), vocab: new Set() };
  for (const [from, to] of parts(text)) readPart(reading, from, to);
  const people = reading.people;
  return people.list
    .map((e) => {
      const mentions = dedupe(e.mentions);
      let best: { role: Role; rank: number; at: number } | undefined;
      // Lowest rank first; then an office over another function ("the witness, X, the founder of Y");
      // then the earliest.
      for (const r of e.roles) {
        if (!best || r.rank < best.rank) best = r;
        else if (r.rank === best.rank && r.role.official !== best.role.official) best = r.role.official ? r : best;
        else if (r.rank === best.rank && r.at < best.at) best = r;
      }
      return {
        name: e.name,
        role: best ? best.role.text : null,
        official: best ? best.role.official : false,
        mentions,
      };
    })
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

function readPart(r: Reading, from: number, to: number): void {
  const { text, lex, people } = r;
  const tokens = tokenize(text, lex.tokenizeOptions, from, to);
  const facts = textFacts(tokens, r.vocab);
  const sentenceOf = new Int32Array(tokens.length);
  for (let i = 0, s = 0; i < tokens.length; i++) {
    if (tokens[i]!.sentenceStart && tokens[i]!.kind === Kind.Word && i > 0) s++;
    sentenceOf[i] = s;
  }
  const covered = new Uint8Array(tokens.length);
  const cover = (a: number, b: number) => covered.fill(1, a, b + 1);
  const cues = tokenCues(tokens, lex);
  markNicknames(tokens, cues, lex, covered);
  markPlaces(tokens, lex, covered);
  const judged = findNameSpans(tokens, lex, facts)
    .filter((span) => !covered[span.first])
    .map((span) => judge(text, tokens, span, lex));
  shareCoordinatedRoles(tokens, judged, lex);

  // Pass 1: names with evidence of being a person, in text order.
  for (const j of judged) {
    if (!j.person) continue;
    const { first, last } = j.span;
    const surname = surnameOf(tokens, first, last, lex);
    const span = spanOf(tokens, first, last);
    const name = nameText(text, tokens, first, last);
    const full = j.span.words >= 2 || last > first;
    const given = full ? givenOf(tokens, first, lex) : null;
    const e = full ? people.addFull(name, last - first + 1, surname, given, span) : people.addTitled(name, surname, span);
    for (const role of j.roles) e.roles.push({ role, rank: DIRECT, at: span.start });
    cover(first, last);
  }

  // Pass 2: full names whose surname is a known person's, then bare surnames and given names.
  for (const j of judged) {
    if (j.person || j.span.orgFollows) continue;
    const { first, last } = j.span;
    const surname = surnameOf(tokens, first, last, lex);
    if (last === first || covered[last] || !people.knowsSurname(surname)) continue;
    const span = spanOf(tokens, first, last);
    const e = people.addFull(nameText(text, tokens, first, last), last - first + 1, surname, givenOf(tokens, first, lex), span);
    for (const role of j.roles) e.roles.push({ role, rank: DIRECT, at: span.start });
    cover(first, last);
  }
  const byToken = new Map<number, Judged>();
  for (const j of judged) if (j.span.first === j.span.last) byToken.set(j.span.first, j);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || t.kind !== Kind.Word || !(t.cap || facts.capsLine[i]) || t.text.length < 2) continue;
    // "St. Louis", "Saint-Jean": a word after a place's prefix names the place.
    const prev = tokens[i - 1];
    if (prev && prev.kind === Kind.Word && prev.cap && lex.placePrefixes.has(bare(prev.lower))) continue;
    const e = people.addBare(t.lower, spanOf(tokens, i, i), loneWord(tokens, i, lex));
    if (!e) continue;
    covered[i] = 1;
    const j = byToken.get(i);
    if (j) for (const role of j.roles) e.roles.push({ role, rank: DIRECT, at: t.start });
  }

  // Group titles: people listed in a sentence that names their group ("parmi les députés").
  const groups = groupRoles(tokens, cues, sentenceOf, lex);
  if (groups.size) {
    const sentenceAt = (offset: number) => sentenceOf[tokenAt(tokens, offset)]!;
    for (const e of people.list) {
      for (const m of e.mentions) {
        if (m.start < from || m.start >= to) continue;
        const g = groups.get(sentenceAt(m.start));
        if (g) e.roles.push({ role: g, rank: GROUP, at: m.start });
      }
    }
  }
  neighbourRoles(text, tokens, sentenceOf, people.list, lex, from, to);
  clauseRoles(text, tokens, cues, sentenceOf, people.list, lex, from, to);
}

/** "Capitol Hill": a word of a place of several words is no mention of a person named "Hill". */
function markPlaces(tokens: readonly Token[], lex: CompiledPeople, out: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap) continue;
    const len = lex.placePhrases.matchTokens(tokens, i);
    if (len >= 2) out.fill(1, i, i + len);
  }
}

function dedupe(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    if (s.start < s.end) out.push(s);
  }
  return out;
}
