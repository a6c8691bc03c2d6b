// People, officials and roles: tokens → name spans → evidence that a span is a person → one entry
// per person with every mention → the role the text gives, and whether that role is an office.

import type { LanguagePack } from '../lexicon/schema';
import { Kind, type Token, tokenize } from '../text/tokens';
import type { Person, Span } from '../types';
import { type Entity, People } from './coreference';
import { type CompiledPeople, compilePeople } from './lexicon';
import { findNameSpans, isFirstName, type NameSpan, textFacts } from './name-spans';
import { appositionBefore, type Role, roleAfter, roleBefore, rolePhraseAt, singularTitle, titleAdjacent } from './roles';

/** Rank of a role source: lower wins. */
const DIRECT = 0;
const GROUP = 1;
const NEIGHBOUR = 2;
const CLAUSE = 3;

interface Judged {
  span: NameSpan;
  roles: Role[];
  person: boolean;
}

function nameText(text: string, tokens: readonly Token[], first: number, last: number): string {
  return text.slice(tokens[first]!.start, tokens[last]!.end).replaceAll('\u00ad', '').replace(/\s+/g, ' ');
}

/** Speech verb right before the block ("said X", "a déclaré X", "selon X") or right after ("X said"). */
function nextToSpeech(tokens: readonly Token[], span: NameSpan, lex: CompiledPeople): boolean {
  for (let len = 1; len <= 3; len++) {
    const at = span.blockStart - len;
    if (at < 0) break;
    if (lex.speechBefore.matchTokens(tokens, at, span.blockStart) === len) return true;
  }
  const after = tokens[span.last + 1];
  return !!after && after.kind === Kind.Word && after.breaks === 0 && lex.speechAfter.has(after.lower);
}

/**
 * "By Jane Doe", "Credit Jane Doe/Agency", "Credit: …", "Photo … Jane Doe" at the start of a line or
 * sentence: a byline or a photo credit.
 */
function afterByline(tokens: readonly Token[], span: NameSpan, lex: CompiledPeople): boolean {
  let at = span.blockStart - 1;
  for (let skipped = 0; skipped < 3 && tokens[at]?.kind === Kind.Punct && CREDIT_MARKS.has(tokens[at]!.text); skipped++) at--;
  const t = tokens[at];
  return !!t && t.kind === Kind.Word && t.sentenceStart && lex.bylines.has(t.lower);
}

const CREDIT_MARKS = new Set([':', '.', '…', '|', '-', '–', '—']);

function afterKin(tokens: readonly Token[], span: NameSpan, lex: CompiledPeople): boolean {
  let at = span.blockStart - 1;
  if (tokens[at]?.text === ',') at--;
  const t = tokens[at];
  return !!t && t.kind === Kind.Word && lex.kin.has(t.lower);
}

function judge(text: string, tokens: readonly Token[], span: NameSpan, lex: CompiledPeople): Judged {
  const isFirst = (l: string) => isFirstName(lex, l);
  const roles: Role[] = [];
  const before = roleBefore(text, tokens, span.blockStart, lex, isFirst);
  if (before) roles.push(before);
  const appBefore = before ? null : appositionBefore(text, tokens, span.blockStart, lex, isFirst);
  if (appBefore) roles.push(appBefore);
  const after = roleAfter(text, tokens, span.last, lex);
  if (after) roles.push(after);
  if (span.orgFollows || insideOrgName(tokens, span, lex)) return { span, roles, person: false };
  if (before && apposedObject(tokens, span, before, lex)) {
    if (before.official && lex.officeLinks.has(tokens[span.blockStart - 1]!.lower) && !lex.kin.has(tokens[span.blockStart - 2]!.lower))
      return { span, roles: [], person: false };
    roles.shift();
  }
  const full = span.words >= 2 || span.last > span.first;
  const titled = span.honorific || titleAdjacent(tokens, span.blockStart, lex);
  if (!full) {
    const single = titled || kinApposition(tokens, span, lex) || speakerWithPronoun(tokens, span, lex);
    return { span, roles, person: single && !span.common };
  }
  if (span.common && !span.firstName && !titled) return { span, roles, person: false };
  const evidence =
    span.firstName ||
    titled ||
    roles.length > 0 ||
    span.strongParticle ||
    nextToSpeech(tokens, span, lex) ||
    afterKin(tokens, span, lex) ||
    afterByline(tokens, span, lex) ||
    subjectWithPronoun(tokens, span, lex);
  return { span, roles, person: evidence };
}

/**
 * "the Committee for a Responsible Federal Budget", "Council on Foreign Relations": capitalised words
 * right after an institution's word and its preposition are the rest of the institution's name.
 */
function insideOrgName(tokens: readonly Token[], span: NameSpan, lex: CompiledPeople): boolean {
  let at = span.blockStart - 1;
  if (lex.indefiniteArticles.has(tokens[at]?.lower ?? '')) at--;
  const link = tokens[at];
  const org = tokens[at - 1];
  return !!org && lex.orgNameLinks.has(link!.lower) && org.cap && lex.orgWords.has(org.lower);
}

/**
 * "X, the chief executive of Wells Fargo,", "X, a former adviser to Y": the name ends an apposition of
 * the name before, so the title is not its own; after an office and its "of" it is the office's
 * organisation.
 */
function apposedObject(tokens: readonly Token[], span: NameSpan, role: Role, lex: CompiledPeople): boolean {
  let k = span.blockStart - 1;
  if (!lex.links.has(tokens[k]!.lower)) return false;
  while (k > 0 && tokens[k]!.start > role.start) k--;
  return lex.determiners.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.text === ',';
}

/** "his first wife, Sally, was dying": a single name in apposition to a family word after a possessive. */
function kinApposition(tokens: readonly Token[], span: NameSpan, lex: CompiledPeople): boolean {
  if (tokens[span.first]!.sentenceStart) return false;
  let at = span.blockStart - 1;
  if (tokens[at]?.text === ',') at--;
  const kin = tokens[at];
  if (!kin || kin.kind !== Kind.Word || !lex.kin.has(kin.lower)) return false;
  for (let p = at - 1; p >= 0 && p >= at - 2; p--) {
    const t = tokens[p]!;
    if (t.kind !== Kind.Word) return false;
    if (lex.determiners.has(t.lower)) return true;
    if (!lex.modifiers.has(t.lower)) return false;
  }
  return false;
}

/** A person pronoun ("he", "she") within the next few words of the same sentence. */
function pronounFollows(tokens: readonly Token[], from: number, lex: CompiledPeople): boolean {
  if (lex.personPronouns.size === 0) return false;
  for (let k = from; k < tokens.length && k < from + PRONOUN_REACH; k++) {
    const t = tokens[k]!;
    if (t.breaks > 0 || t.sentenceStart) return false;
    if (t.kind === Kind.Word && lex.personPronouns.has(t.lower)) return true;
  }
  return false;
}

const PRONOUN_REACH = 12;

/** "Biden said he would veto it": a lone capitalised word as the subject of a reporting verb, then "he". */
function speakerWithPronoun(tokens: readonly Token[], span: NameSpan, lex: CompiledPeople): boolean {
  const verb = tokens[span.last + 1];
  if (!verb || verb.kind !== Kind.Word || verb.breaks > 0 || !lex.reportAfter.has(verb.lower)) return false;
  const prev = tokens[span.first - 1];
  if (prev && prev.kind === Kind.Word && prev.breaks === 0 && (lex.determiners.has(prev.lower) || prev.cap)) return false;
  return pronounFollows(tokens, span.last + 2, lex);
}

/** "Jiri Havrlant arrived on Monday; he said …": two capitalised words before a verb, then "he". */
function subjectWithPronoun(tokens: readonly Token[], span: NameSpan, lex: CompiledPeople): boolean {
  if (span.words > 3 || span.common) return false;
  const verb = tokens[span.last + 1];
  if (!verb || verb.kind !== Kind.Word || verb.cap || verb.breaks > 0) return false;
  if (lex.links.has(verb.lower) || lex.determiners.has(verb.lower) || (lex.notNames.has(verb.lower) && !lex.speechAfter.has(verb.lower)))
    return false;
  return pronounFollows(tokens, span.last + 2, lex);
}

/** A capitalised word standing alone, not inside a longer capitalised run nor after "the"/"a new". */
function loneWord(tokens: readonly Token[], i: number, lex: CompiledPeople): boolean {
  const t = tokens[i]!;
  const l = t.lower;
  if (lex.orgWords.has(l) || lex.notNames.has(l) || lex.placeWords.has(l) || lex.titleWords.has(l)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && prev.kind === Kind.Word && t.breaks === 0) {
    if (prev.cap && !prev.sentenceStart) return false;
    const article = (lex.determiners.has(prev.lower) && lex.links.has(prev.lower)) || lex.indefiniteArticles.has(prev.lower);
    if (article || lex.modifiers.has(prev.lower)) return false;
  }
  return !(next && next.kind === Kind.Word && next.cap && next.breaks === 0);
}

/** The given name of a full name: none for an initial or a leading particle ("Bin Laden", "Al-Assad"). */
function givenOf(tokens: readonly Token[], first: number, lex: CompiledPeople): string | null {
  const t = tokens[first]!;
  if (t.dotted || lex.particles.matchTokens(tokens, first) > 0) return null;
  return t.lower;
}

function spanOf(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** "parmi les députés …", "among the senators …": the title a sentence gives to the people it lists. */
function groupRoles(tokens: readonly Token[], sentenceOf: Int32Array, lex: CompiledPeople): Map<number, Role> {
  const out = new Map<number, Role>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== Kind.Word || !lex.among.has(t.lower)) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const u = tokens[k]!;
      if (u.kind !== Kind.Word || u.breaks > 0) break;
      const sing = singularTitle(lex, u.lower);
      if (sing) {
        if (!out.has(sentenceOf[i]!)) out.set(sentenceOf[i]!, { text: sing.title, official: sing.official, start: u.start, end: u.end });
        break;
      }
      if (!lex.determiners.has(u.lower) && !lex.links.has(u.lower)) break;
    }
  }
  return out;
}

/**
 * 'Dubbed "DisGrace" or "Gucci Grace"', 'surnommé « le Boucher »': words in quotes after a nickname cue
 * are a nickname, never a new person nor a mention.
 */
function markNicknames(tokens: readonly Token[], lex: CompiledPeople, out: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const len = lex.nicknameCues.matchTokens(tokens, i);
    if (len === 0) continue;
    let inQuote = false;
    let k = i + len;
    for (; k < tokens.length && k < i + len + NICKNAME_REACH; k++) {
      const t = tokens[k]!;
      if (t.breaks > 0) break;
      if (t.kind === Kind.Punct && QUOTE_MARKS.has(t.text)) {
        inQuote = OPENING_QUOTES.has(t.text) || (!CLOSING_QUOTES.has(t.text) && !inQuote);
        continue;
      }
      if (inQuote) out[k] = 1;
      else if (t.kind !== Kind.Word || (!lex.links.has(t.lower) && !lex.listJoiners.has(t.lower))) {
        if (t.text !== ',' || k === i + len) break;
      }
    }
    i = k - 1;
  }
}

const NICKNAME_REACH = 20;
const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”', '‘', '’']);
const OPENING_QUOTES = new Set(['«', '“', '‘']);
const CLOSING_QUOTES = new Set(['»', '”', '’']);

/** "cabinet ministers A B and C D": names coordinated after a plural title share it. */
function shareCoordinatedRoles(tokens: readonly Token[], judged: Judged[], lex: CompiledPeople): void {
  for (let n = 1; n < judged.length; n++) {
    const prev = judged[n - 1]!;
    const cur = judged[n]!;
    const shared = prev.roles.find((r) => r.plural);
    if (!shared || cur.roles.length || cur.span.orgFollows) continue;
    const between = cur.span.blockStart - prev.span.last - 1;
    const link = tokens[prev.span.last + 1]!;
    const joined = between === 1 && (link.text === ',' || lex.listJoiners.has(link.lower));
    if (!joined) continue;
    cur.roles.push(shared);
    if (cur.span.words >= 2) cur.person = true;
  }
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
  markNicknames(tokens, lex, covered);
  const judged = findNameSpans(tokens, lex, facts)
    .filter((span) => !covered[span.first])
    .map((span) => judge(text, tokens, span, lex));
  shareCoordinatedRoles(tokens, judged, lex);

  // Pass 1: names with evidence of being a person, in text order.
  for (const j of judged) {
    if (!j.person) continue;
    const { first, last } = j.span;
    const surname = tokens[last]!.lower;
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
    if (last === first || covered[last] || !people.knowsSurname(tokens[last]!.lower)) continue;
    const span = spanOf(tokens, first, last);
    const e = people.addFull(nameText(text, tokens, first, last), last - first + 1, tokens[last]!.lower, givenOf(tokens, first, lex), span);
    for (const role of j.roles) e.roles.push({ role, rank: DIRECT, at: span.start });
    cover(first, last);
  }
  const byToken = new Map<number, Judged>();
  for (const j of judged) if (j.span.first === j.span.last) byToken.set(j.span.first, j);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || t.kind !== Kind.Word || !(t.cap || facts.capsLine[i]) || t.text.length < 2) continue;
    const e = people.addBare(t.lower, spanOf(tokens, i, i), loneWord(tokens, i, lex));
    if (!e) continue;
    covered[i] = 1;
    const j = byToken.get(i);
    if (j) for (const role of j.roles) e.roles.push({ role, rank: DIRECT, at: t.start });
  }

  // Group titles: people listed in a sentence that names their group ("parmi les députés").
  const groups = groupRoles(tokens, sentenceOf, lex);
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
  clauseRoles(text, tokens, sentenceOf, people.list, lex, from, to);
}

/** Tokens looked at, before an "as", for the person it describes. */
const AS_REACH = 12;

/**
 * Roles stated by a clause away from the name: "when she was secretary of state", "during her time as
 * prime minister", "he kept the real power as prime minister", "lorsqu'elle était ministre". The
 * clause's subject is a pronoun or a name; a pronoun goes to the first person named in its sentence,
 * else in the one or two before. Only people the text gives no other role take such a role.
 */
function clauseRoles(
  text: string,
  tokens: readonly Token[],
  sentenceOf: Int32Array,
  list: Entity[],
  lex: CompiledPeople,
  from: number,
  to: number,
): void {
  if (!list.some((e) => e.roles.length === 0)) return;
  const owner = mentionOwners(tokens, list, from, to);
  const genders = new Genders(tokens, sentenceOf, owner, list.length, lex);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== Kind.Word || t.cap) continue;
    const asLen = lex.asCues.matchTokens(tokens, i);
    const len = asLen || lex.copulas.matchTokens(tokens, i);
    if (len === 0) continue;
    const next = tokens[i + len];
    // "as the president said" compares; "as president" states a function.
    if (!next || next.kind !== Kind.Word || (asLen > 0 && lex.determiners.has(next.lower))) continue;
    const subject =
      asLen > 0 ? asSubject(tokens, sentenceOf, owner, i, lex, genders) : copulaSubject(tokens, sentenceOf, owner, i, lex, genders);
    if (subject < 0 || list[subject]!.roles.length) continue;
    const role = rolePhraseAt(text, tokens, i + len, lex);
    if (!role) continue;
    trimRole(text, tokens, role, lex);
    const after = tokens[tokenAt(tokens, role.end - 1) + 1];
    if (after && after.kind === Kind.Word && lex.reportAfter.has(after.lower)) continue;
    list[subject]!.roles.push({ role, rank: CLAUSE, at: t.start });
  }
}

/**
 * "secretary of state and made comments", "president for a term as a means of …": a role found in a
 * clause ends at its first word that is no part of a title (a verb, a noun of the clause, a year).
 */
function trimRole(text: string, tokens: readonly Token[], role: Role, lex: CompiledPeople): void {
  const first = tokenAt(tokens, role.start);
  let last = first;
  for (let k = first; k < tokens.length && tokens[k]!.start < role.end; k++) {
    const t = tokens[k]!;
    const l = t.lower;
    const titleish = t.cap || lex.titleWords.has(l) || lex.links.has(l) || lex.modifiers.has(l) || lex.nationalityWords.has(l);
    if (t.kind !== Kind.Word || !titleish || (k > first && lex.listJoiners.has(l))) break;
    if (!lex.links.has(l) && !lex.determiners.has(l)) last = k;
  }
  role.end = tokens[last]!.end;
  role.text = text.slice(role.start, role.end).replace(/\s+/g, ' ');
}

/** For each token of this part, the index in `list` of the person it names, or -1. */
function mentionOwners(tokens: readonly Token[], list: Entity[], from: number, to: number): Int32Array {
  const owner = new Int32Array(tokens.length).fill(-1);
  list.forEach((e, n) => {
    for (const m of e.mentions) {
      if (m.start < from || m.start >= to) continue;
      for (let k = tokenAt(tokens, m.start); k < tokens.length && tokens[k]!.start < m.end; k++) owner[k] = n;
    }
  });
  return owner;
}

/** "she was …": the person the word right before a copula names or stands for. */
function copulaSubject(
  tokens: readonly Token[],
  sentenceOf: Int32Array,
  owner: Int32Array,
  i: number,
  lex: CompiledPeople,
  genders: Genders,
): number {
  const prev = tokens[i - 1]!;
  if (prev.kind !== Kind.Word || prev.breaks > 0 || tokens[i]!.breaks > 0) return -1;
  if (owner[i - 1]! >= 0) return -1; // "X was …" right after the name is roleAfter's.
  return lex.subjectPronouns.has(prev.lower) ? pronounReferent(tokens, sentenceOf, owner, i - 1, genders) : -1;
}

/** "during her time as …", "he kept power as …": the nearest name or pronoun before "as" in its clause. */
function asSubject(
  tokens: readonly Token[],
  sentenceOf: Int32Array,
  owner: Int32Array,
  i: number,
  lex: CompiledPeople,
  genders: Genders,
): number {
  const prev = tokens[i - 1]!;
  if (prev.kind !== Kind.Word || lex.asBlockers.has(prev.lower)) return -1;
  for (let k = i - 1; k >= 0 && k >= i - AS_REACH && sentenceOf[k] === sentenceOf[i]; k--) {
    const t = tokens[k]!;
    if (owner[k]! >= 0) return owner[k]!;
    if (t.kind !== Kind.Word) {
      if (t.text !== ',') return -1;
      continue;
    }
    if (lex.subjectPronouns.has(t.lower)) return pronounReferent(tokens, sentenceOf, owner, k, genders);
    // Another name, a family member or a relative clause stands between: the subject is unclear.
    if ((t.cap && !t.sentenceStart) || lex.kin.has(t.lower) || lex.relatives.has(t.lower) || t.breaks > 0) return -1;
  }
  return -1;
}

/**
 * The person a pronoun stands for: the first person named in its sentence before it, else in one of
 * the two sentences before, skipping people whose pronouns elsewhere in the text are of the other
 * gender ("Putin holds a grudge against Clinton … when she was secretary of state").
 */
function pronounReferent(tokens: readonly Token[], sentenceOf: Int32Array, owner: Int32Array, p: number, genders: Genders): number {
  const want = genders.ofPronoun(tokens[p]!.lower);
  const fits = (n: number) => n >= 0 && (want === 0 || genders.of(n) !== -want);
  const sentence = sentenceOf[p]!;
  let start = p;
  while (start > 0 && sentenceOf[start - 1] === sentence) start--;
  for (let k = start; k < p; k++) if (fits(owner[k]!)) return owner[k]!;
  for (let back = 1; back <= 2; back++) {
    const end = start;
    while (start > 0 && sentenceOf[start - 1] === sentence - back) start--;
    if (start === end) return -1;
    for (let k = start; k < end; k++) if (fits(owner[k]!)) return owner[k]!;
  }
  return -1;
}

/**
 * The gender each person's pronouns show: the text's "he"/"she" in sentences that name only that
 * person vote. +1 and -1 are the two genders, 0 unknown.
 */
class Genders {
  private readonly votes: Int32Array;
  private readonly pronouns: Map<string, string>;

  constructor(tokens: readonly Token[], sentenceOf: Int32Array, owner: Int32Array, people: number, lex: CompiledPeople) {
    this.pronouns = lex.pronounGenders;
    this.votes = new Int32Array(people);
    let who = -1;
    let alone = true;
    let vote = 0;
    const close = () => {
      if (who >= 0 && alone) this.votes[who]! += vote;
    };
    for (let k = 0; k < tokens.length; k++) {
      if (k > 0 && sentenceOf[k] !== sentenceOf[k - 1]) {
        close();
        who = -1;
        alone = true;
        vote = 0;
      }
      const n = owner[k]!;
      if (n >= 0) {
        if (who >= 0 && who !== n) alone = false;
        who = n;
      } else vote += this.ofPronoun(tokens[k]!.lower);
    }
    close();
  }

  ofPronoun(lower: string): number {
    const g = this.pronouns.get(lower);
    return g === 'm' ? 1 : g === 'f' ? -1 : 0;
  }

  of(person: number): number {
    return Math.sign(this.votes[person]!);
  }
}

/** Index of the token that starts at `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * "… a déclaré jeudi le ministre des Affaires étrangères. « … », a ajouté Laurent Fabius.": a speaker
 * first named without a role takes the unattached "the minister" of the sentence or two before, in
 * the same paragraph.
 */
function neighbourRoles(
  text: string,
  tokens: readonly Token[],
  sentenceOf: Int32Array,
  list: Entity[],
  lex: CompiledPeople,
  from: number,
  to: number,
): void {
  const used = new Set<number>();
  for (const e of list) for (const r of e.roles) used.add(r.role.start);
  for (const e of list) {
    if (e.roles.length || !e.mentions.length) continue;
    // Each person is looked at in the part of the text that holds their first mention.
    const firstStart = e.starts[0]!;
    if (firstStart < from || firstStart >= to) continue;
    const firstMention = e.mentions.reduce((a, b) => (b.start < a.start ? b : a));
    const i = tokenAt(tokens, firstMention.start);
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= firstMention.end) last++;
    const span = { first: i, last, blockStart: i } as NameSpan;
    if (nextToSpeech(tokens, span, lex)) {
      const role = roleBefore2(text, tokens, sentenceOf, i, lex, used);
      if (role) {
        e.roles.push({ role, rank: NEIGHBOUR, at: firstMention.start });
        continue;
      }
    }
    const role = roleInNextSentence(text, tokens, last, lex);
    if (role && !used.has(role.start)) {
      used.add(role.start);
      e.roles.push({ role, rank: NEIGHBOUR, at: firstMention.start });
    }
  }
}

/** The unattached "the minister" of the sentence or two before, in the same paragraph. */
function roleBefore2(
  text: string,
  tokens: readonly Token[],
  sentenceOf: Int32Array,
  i: number,
  lex: CompiledPeople,
  used: Set<number>,
): Role | null {
  const sentence = sentenceOf[i]!;
  for (let p = i - 1; p >= 0; p--) {
    if (sentence - sentenceOf[p]! > 2) break;
    const t = tokens[p]!;
    if (t.kind === Kind.Word && lex.determiners.has(t.lower) && sentenceOf[p]! < sentence) {
      const role = rolePhraseAt(text, tokens, p, lex);
      if (role && !used.has(role.start)) {
        used.add(role.start);
        return role;
      }
    }
    if (t.breaks > 0) break;
  }
  return null;
}

/** Tokens looked at after a name for the next sentence's opening role. */
const NEXT_SENTENCE_REACH = 60;

/**
 * "Joe X a parlé mardi. Le président américain a promis …": the next sentence of the same paragraph
 * opens on a definite role phrase and no other name stands in between, so it describes this person.
 */
function roleInNextSentence(text: string, tokens: readonly Token[], last: number, lex: CompiledPeople): Role | null {
  for (let p = last + 1; p < tokens.length && p <= last + NEXT_SENTENCE_REACH; p++) {
    const t = tokens[p]!;
    if (t.breaks > 0) return null;
    if (t.kind === Kind.Word && t.cap && !t.sentenceStart && !lex.placeWords.has(t.lower) && !lex.notNames.has(t.lower)) return null;
    if (!t.sentenceStart || t.kind !== Kind.Word) continue;
    if (!lex.definiteArticles.has(t.lower)) return null;
    return rolePhraseAt(text, tokens, p, lex);
  }
  return null;
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
