// Roles a text states away from the name: the group a sentence lists people in ("parmi les députés"), a
// clause ("when she was secretary of state"), or an unattached "the minister" in the sentence before or after.
import { Kind, type Token, tokenAt } from '../text/tokens';
import type { Entity } from './coreference';
import { nextToSpeech } from './evidence';
import type { CompiledPeople } from './lexicon';
import type { NameSpan } from './name-spans';
import { type Role, rolePhraseAt, singularTitle } from './roles';
import { TokenCue } from './token-cues';

/** Rank of a role source: lower wins. */
export const DIRECT = 0;
export const GROUP = 1;
const NEIGHBOUR = 2;
const CLAUSE = 3;

/** "parmi les députés …", "among the senators …": the title a sentence gives to the people it lists. */
export function groupRoles(tokens: readonly Token[], cues: Uint8Array, sentenceOf: Int32Array, lex: CompiledPeople): Map<number, Role> {
  const out = new Map<number, Role>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((cues[i]! & TokenCue.Among) === 0 || t.kind !== Kind.Word || !lex.among.has(t.lower)) continue;
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

/** Tokens looked at, before an "as", for the person it describes. */
const AS_REACH = 12;

/**
 * Roles stated by a clause away from the name: "when she was secretary of state", "during her time as
 * prime minister", "he kept the real power as prime minister", "lorsqu'elle était ministre". The
 * clause's subject is a pronoun or a name; a pronoun goes to the first person named in its sentence,
 * else in the one or two before. Only people the text gives no other role take such a role.
 */
export function clauseRoles(
  text: string,
  tokens: readonly Token[],
  cues: Uint8Array,
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
    const asLen = cues[i]! & TokenCue.As ? lex.asCues.matchTokens(tokens, i) : 0;
    const len = asLen || (cues[i]! & TokenCue.Copula ? lex.copulas.matchTokens(tokens, i) : 0);
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

/**
 * "… a déclaré jeudi le ministre des Affaires étrangères. « … », a ajouté Laurent Fabius.": a speaker
 * first named without a role takes the unattached "the minister" of the sentence or two before, in
 * the same paragraph.
 */
export function neighbourRoles(
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
  // Tokens naming people who have a role: such a name between a subject and the next sentence's
  // description does not take it; any other name could.
  const withRole = new Set<number>();
  for (const e of list) {
    if (!e.roles.length) continue;
    for (const m of e.mentions) {
      if (m.start < from || m.start >= to) continue;
      for (let k = tokenAt(tokens, m.start); k < tokens.length && tokens[k]!.start < m.end; k++) withRole.add(k);
    }
  }
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
    // "Joe X a parlé. Le président a promis …": after the first mention, else after a later one where
    // the person opens the sentence ("X a reçu Y, la secrétaire de Z. Le chef de l'Etat souhaitait …").
    for (const m of e.mentions) {
      if (m.start < from || m.start >= to) continue;
      const at = tokenAt(tokens, m.start);
      let end = at;
      while (end + 1 < tokens.length && tokens[end + 1]!.end <= m.end) end++;
      const subject = opensSentence(tokens, sentenceOf, at, lex);
      if (m !== firstMention && !subject) continue;
      const role = roleInNextSentence(text, tokens, end, lex, subject ? withRole : null);
      if (role && !used.has(role.start)) {
        used.add(role.start);
        trimRole(text, tokens, role, lex);
        e.roles.push({ role, rank: NEIGHBOUR, at: m.start });
        break;
      }
    }
  }
}

/** Tokens a sentence's subject may come after ("Mardi, X a reçu …"). */
const SUBJECT_REACH = 12;

/** The name at token `at` is the first name of its sentence, a few words from its start. */
function opensSentence(tokens: readonly Token[], sentenceOf: Int32Array, at: number, lex: CompiledPeople): boolean {
  for (let k = at - 1; k >= 0 && sentenceOf[k] === sentenceOf[at]; k--) {
    if (at - k > SUBJECT_REACH) return false;
    const t = tokens[k]!;
    if (t.kind === Kind.Word && t.cap && !t.sentenceStart && !lex.placeWords.has(t.lower) && !lex.notNames.has(t.lower)) return false;
  }
  return true;
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
 * opens on a definite role phrase and no other name stands in between (or this person is the subject
 * of the sentence before), so it describes this person.
 */
function roleInNextSentence(
  text: string,
  tokens: readonly Token[],
  last: number,
  lex: CompiledPeople,
  withRole: ReadonlySet<number> | null,
): Role | null {
  for (let p = last + 1; p < tokens.length && p <= last + NEXT_SENTENCE_REACH; p++) {
    const t = tokens[p]!;
    if (t.breaks > 0) return null;
    // Another name in between takes the description, unless this person is the sentence's subject
    // (`withRole` given) and the other has a role of their own, or is an acronym or an institution.
    const name = t.kind === Kind.Word && t.cap && !t.sentenceStart && !lex.placeWords.has(t.lower) && !lex.notNames.has(t.lower);
    if (name && !(withRole && (withRole.has(p) || t.allCaps || lex.orgWords.has(t.lower)))) return null;
    if (!t.sentenceStart || t.kind !== Kind.Word) continue;
    if (!lex.definiteArticles.has(t.lower)) return null;
    return rolePhraseAt(text, tokens, p, lex);
  }
  return null;
}
