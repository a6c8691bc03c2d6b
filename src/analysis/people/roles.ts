// Finds the role a text gives a named person, in the places news writing puts it: a title before the
// name ("Secretary of State X", "l'ambassadeur américain en Chine X"), an apposition after it
// ("X, the American ambassador to Germany"), an apposition before it ("La ministre de la justice, X"),
// or a short clause ("X, who was the party chairman", "X became secretary of state").

import { Kind, type Token } from '../text/tokens';
import { bare, type CompiledPeople } from './lexicon';

export interface Role {
  /** The role phrase as the text writes it. */
  text: string;
  /** True when the title is an office (GUIDELINES.md). */
  official: boolean;
  /** Offsets of the phrase in the text. */
  start: number;
  end: number;
  /** The title is plural ("cabinet ministers X and Y"): it is shared by coordinated names. */
  plural?: boolean;
}

interface TitleMatch {
  at: number;
  length: number;
  official: boolean;
  plural?: boolean;
}

const MAX_WINDOW = 12;
const MAX_ROLE = 16;

function titleAt(lex: CompiledPeople, tokens: readonly Token[], i: number, limit: number): TitleMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== Kind.Word) return null;
  const o = lex.official.matchTokens(tokens, i, limit);
  const p = lex.other.matchTokens(tokens, i, limit);
  if (o === 0 && p === 0) return null;
  return o >= p ? { at: i, length: o, official: true } : { at: i, length: p, official: false };
}

/** A title, or a one-word plural title ("ministers", "ministres") before coordinated names. */
function titleOrPluralAt(lex: CompiledPeople, tokens: readonly Token[], i: number, limit: number): TitleMatch | null {
  const m = titleAt(lex, tokens, i, limit);
  if (m) return m;
  const t = tokens[i];
  if (!t || t.kind !== Kind.Word || t.cap) return null;
  const sing = singularTitle(lex, t.lower);
  return sing ? { at: i, length: 1, official: sing.official, plural: true } : null;
}

/** A word that can belong to a role phrase written before a name. */
function roleish(lex: CompiledPeople, t: Token, firstNameCheck: (l: string) => boolean): boolean {
  if (t.kind !== Kind.Word) return false;
  const l = t.lower;
  if (t.cap) {
    if (t.sentenceStart && lex.notNames.has(bare(l)) && !lex.titleWords.has(l) && !lex.nationalityWords.has(l)) return false;
    if (lex.honorifics.has(bare(l))) return true;
    return !firstNameCheck(l) || lex.titleWords.has(l);
  }
  return (
    lex.titleWords.has(withoutPrefix(lex, l)) ||
    singularTitle(lex, l) !== null ||
    lex.modifiers.has(l) ||
    lex.links.has(l) ||
    lex.nationalityWords.has(l) ||
    lex.placeWords.has(l) ||
    lex.orgWords.has(l)
  );
}

/** A word that can qualify a title on its left ("former", "Israeli", "White House", "BBC's"). */
function qualifier(lex: CompiledPeople, t: Token): boolean {
  if (t.kind !== Kind.Word) return false;
  const l = t.lower;
  if (lex.determiners.has(l) && !lex.modifiers.has(l)) return false;
  if (lex.links.has(l)) return false;
  if (t.cap) return !(t.sentenceStart && lex.notNames.has(bare(l)) && !lex.nationalityWords.has(l));
  return lex.modifiers.has(l) || lex.nationalityWords.has(l) || lex.titleWords.has(l);
}

function make(text: string, tokens: readonly Token[], from: number, to: number, official: boolean, lex: CompiledPeople): Role | null {
  // Trailing links and determiners ("of the") do not end a role.
  while (
    to > from &&
    tokens[to]!.kind === Kind.Word &&
    (lex.links.has(tokens[to]!.lower) || lex.determiners.has(tokens[to]!.lower)) &&
    !lex.titleWords.has(tokens[to]!.lower)
  )
    to--;
  const a = tokens[from];
  const b = tokens[to];
  if (!a || !b) return null;
  const end = b.possessive ? b.end + 2 : b.end;
  const phrase = text.slice(a.start, end).replaceAll('\u00ad', '').replace(/\s+/g, ' ').trim();
  if (!phrase) return null;
  return { text: phrase, official: official || companyOffice(tokens, from, to, lex), start: a.start, end };
}

/** "general manager of the mining company": a manager is an official only of a company. */
function companyOffice(tokens: readonly Token[], from: number, to: number, lex: CompiledPeople): boolean {
  let title = false;
  let company = false;
  for (let k = from; k <= to; k++) {
    const l = tokens[k]!.lower;
    if (lex.companyTitles.has(l)) title = true;
    else if (lex.companyWords.has(l)) company = true;
  }
  return title && company;
}

function extendLeft(lex: CompiledPeople, tokens: readonly Token[], head: number, floor: number): number {
  let s = head;
  while (s - 1 >= floor) {
    const t = tokens[s - 1]!;
    if (t.breaks > 0 && s - 1 !== floor) break;
    if (tokens[s]!.breaks > 0) break;
    if (!qualifier(lex, t)) break;
    s--;
  }
  return s;
}

/** Last title inside [from, to) whose right side, up to `to`, is only role complements. */
function lastTitle(
  lex: CompiledPeople,
  tokens: readonly Token[],
  from: number,
  to: number,
  isFirst: (l: string) => boolean,
): TitleMatch | null {
  let best: TitleMatch | null = null;
  for (let p = from; p < to; ) {
    const m = titleOrPluralAt(lex, tokens, p, to);
    if (m && !(best && complementAdjective(lex, tokens, m))) {
      best = m;
      p += m.length;
    } else p++;
  }
  if (!best) return null;
  // The complement after the title must not hold a person's given name ("Attorney-General George X, Y").
  for (let k = best.at + best.length; k < to; k++) {
    const t = tokens[k]!;
    if (t.cap && isFirst(t.lower) && !lex.titleWords.has(t.lower)) return null;
  }
  return best;
}

/**
 * "directeur de l'Hôpital universitaire d'Ostrava": a function word right after an institution's
 * capitalised name, and followed by its own complement, describes the institution, not the person.
 */
function complementAdjective(lex: CompiledPeople, tokens: readonly Token[], m: TitleMatch): boolean {
  if (m.official) return false;
  const prev = tokens[m.at - 1];
  const next = tokens[m.at + m.length];
  return !!prev && prev.cap && lex.orgWords.has(prev.lower) && !!next && next.kind === Kind.Word && lex.links.has(next.lower);
}

/** Scans left from `end` (exclusive) over words that can form a role phrase; returns the window start. */
function windowStart(lex: CompiledPeople, tokens: readonly Token[], end: number, isFirst: (l: string) => boolean): number {
  let w = end;
  while (w - 1 >= 0 && end - (w - 1) <= MAX_WINDOW) {
    const t = tokens[w - 1]!;
    if (tokens[w] && tokens[w]!.breaks > 0 && w !== end) break;
    if (w !== end && tokens[w]!.breaks > 0) break;
    if (!roleish(lex, t, isFirst)) break;
    w--;
    if (t.sentenceStart) break;
  }
  return w;
}

/** A title right before the name block: "Secretary of State X", "la secrétaire au Commerce X". */
export function roleBefore(
  text: string,
  tokens: readonly Token[],
  blockStart: number,
  lex: CompiledPeople,
  isFirst: (l: string) => boolean,
): Role | null {
  if (tokens[blockStart]?.breaks) return null;
  const w = windowStart(lex, tokens, blockStart, isFirst);
  if (w === blockStart) return null;
  const m = lastTitle(lex, tokens, w, blockStart, isFirst);
  if (!m) return null;
  let s = extendLeft(lex, tokens, m.at, w);
  let official = m.official;
  // "vice-Premier ministre et ministre de l'Intérieur X": coordinated offices all belong to the role.
  for (let guard = 0; guard < 3; guard++) {
    const and = tokens[s - 1];
    if (!and || and.kind !== Kind.Word || !lex.titleJoiners.has(and.lower) || tokens[s]!.breaks > 0) break;
    const w2 = windowStart(lex, tokens, s - 1, isFirst);
    const m2 = w2 < s - 1 ? lastTitle(lex, tokens, w2, s - 1, isFirst) : null;
    if (!m2) break;
    s = extendLeft(lex, tokens, m2.at, w2);
    official ||= m2.official;
  }
  const role = make(text, tokens, s, blockStart - 1, official, lex);
  if (role && m.plural && m.at + m.length === blockStart) role.plural = true;
  return role;
}

/** True when the title ends right before the name ("President Obama", "le juge Bocock"). */
export function titleAdjacent(tokens: readonly Token[], blockStart: number, lex: CompiledPeople): boolean {
  for (let len = 1; len <= 4 && blockStart - len >= 0; len++) {
    const at = blockStart - len;
    if (tokens[at]!.breaks > 0 && len > 1) return false;
    const m = titleOrPluralAt(lex, tokens, at, blockStart);
    if (m && m.length === len) return true;
  }
  return false;
}

/** "La ministre de la justice, X": a role phrase that ends with a comma right before the name. */
export function appositionBefore(
  text: string,
  tokens: readonly Token[],
  blockStart: number,
  lex: CompiledPeople,
  isFirst: (l: string) => boolean,
): Role | null {
  const comma = tokens[blockStart - 1];
  if (comma?.text !== ',' || tokens[blockStart]!.breaks > 0) return null;
  const end = blockStart - 1;
  const w = windowStart(lex, tokens, end, isFirst);
  if (w === end) return null;
  const m = lastTitle(lex, tokens, w, end, isFirst);
  if (!m) return null;
  const s = extendLeft(lex, tokens, m.at, w);
  return make(text, tokens, s, end - 1, m.official, lex);
}

const BOUNDARY = new Set([',', ';', ':', '.', '(', ')', '[', ']', '«', '»', '“', '”', '"', '!', '?', '—', '–', '…']);

/** Role phrase starting at `i` (after any determiner): the title must come within a few words. */
export function rolePhraseAt(text: string, tokens: readonly Token[], i: number, lex: CompiledPeople): Role | null {
  let j = i;
  while (
    j < tokens.length &&
    j - i < 3 &&
    tokens[j]!.kind === Kind.Word &&
    lex.determiners.has(tokens[j]!.lower) &&
    !lex.titleWords.has(tokens[j]!.lower)
  )
    j++;
  const roleStart = j;
  let m: TitleMatch | null = null;
  for (let k = j; k < tokens.length && k - j < 7; k++) {
    const t = tokens[k]!;
    if (t.breaks > 0 || t.kind !== Kind.Word) break;
    m = titleAt(lex, tokens, k, tokens.length);
    if (m) break;
    const l = t.lower;
    const ok = t.cap || lex.modifiers.has(l) || lex.nationalityWords.has(l) || (lex.links.has(l) && k > j) || isAge(lex, l);
    if (!ok) break;
  }
  if (!m) return null;
  let end = m.at + m.length - 1;
  // ", le juge Bocock": a title followed by a name is that name's title, not an apposition.
  const after = tokens[end + 1];
  if (
    after &&
    after.kind === Kind.Word &&
    after.cap &&
    after.breaks === 0 &&
    !lex.titleWords.has(after.lower) &&
    !lex.orgWords.has(after.lower) &&
    !lex.placeWords.has(after.lower) &&
    !lex.nationalityWords.has(after.lower)
  )
    return null;
  for (let k = end + 1; k < tokens.length && k - roleStart < MAX_ROLE; k++) {
    const t = tokens[k]!;
    if (t.breaks > 0 || BOUNDARY.has(t.text) || (t.kind === Kind.Word && !t.cap && lex.clauseBreaks.has(t.lower))) break;
    if (t.kind !== Kind.Word && t.text !== '&' && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    end = k;
  }
  return make(text, tokens, roleStart, end, m.official || coordinatedOffice(lex, tokens, m.at + m.length, end), lex);
}

/** "a fellow at the Institute and a co-founder of the Center": an office coordinated with another title. */
function coordinatedOffice(lex: CompiledPeople, tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    if (!lex.titleJoiners.has(tokens[k]!.lower)) continue;
    const at = lex.determiners.has(tokens[k + 1]!.lower) ? k + 2 : k + 1;
    if (titleAt(lex, tokens, at, end + 1)?.official) return true;
  }
  return false;
}

/** Roles after the name: ", the American ambassador", ", who was the chairman", " became secretary of state". */
export function roleAfter(text: string, tokens: readonly Token[], last: number, lex: CompiledPeople): Role | null {
  let i = last + 1;
  const next = tokens[i];
  if (!next || next.breaks > 0) return null;
  if (next.text === ',') {
    i++;
    const t = tokens[i];
    if (!t || t.breaks > 0 || t.kind !== Kind.Word) return null;
    if (lex.relatives.has(t.lower)) return clauseRole(text, tokens, i + 1, lex);
    return rolePhraseAt(text, tokens, i, lex);
  }
  if (tokens[last]!.possessive) return null;
  return clauseRole(text, tokens, i, lex);
}

function clauseRole(text: string, tokens: readonly Token[], i: number, lex: CompiledPeople): Role | null {
  const t = tokens[i];
  if (!t || t.kind !== Kind.Word || t.breaks > 0) return null;
  const c = lex.copulas.matchTokens(tokens, i);
  // "a été nommé préfet": a participle of appointment after the auxiliary's copula.
  if (c > 0) return rolePhraseAt(text, tokens, afterIncise(tokens, i + c + lex.copulas.matchTokens(tokens, i + c)), lex);
  if (lex.links.has(t.lower)) return officeNounRole(tokens, i + 1, lex) ?? portfolioRole(text, tokens, i, lex);
  const title = lex.verbRoles.get(t.lower);
  if (!title) return null;
  let end = i;
  for (let k = i + 1; k < tokens.length && k - i < MAX_ROLE; k++) {
    const u = tokens[k]!;
    if (u.breaks > 0 || BOUNDARY.has(u.text) || (u.kind === Kind.Word && !u.cap && lex.clauseBreaks.has(u.lower))) break;
    end = k;
  }
  const official = lex.official.hasFirst(title) && !lex.other.hasFirst(title);
  return make(text, tokens, i, end, official, lex);
}

/** "fut, l'espace d'un mois, ministre": the token after a short incise between commas at `i`, else `i`. */
function afterIncise(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== ',') return i;
  for (let k = i + 1; k < i + 9 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.breaks > 0 || (t.text !== ',' && BOUNDARY.has(t.text))) return i;
    if (t.text === ',') return k + 1;
  }
  return i;
}

/**
 * "placing X in the presidency", "élu à la mairie": an office named by its institution, a preposition
 * and an article away from the name. The role is the office's title, which the noun may not contain.
 */
function officeNounRole(tokens: readonly Token[], i: number, lex: CompiledPeople): Role | null {
  for (let k = i; k < i + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== Kind.Word || t.breaks > 0) return null;
    const title = lex.officeNouns.get(t.lower);
    if (title) return { text: title, official: true, start: t.start, end: t.end };
    if (!lex.determiners.has(t.lower) && !lex.links.has(t.lower)) return null;
  }
  return null;
}

/**
 * "font partie du gouvernement : X à la Justice et Y aux Armées": a capitalised portfolio after a name,
 * in a sentence that names the cabinet before it, makes that cabinet's title the name's role.
 */
function portfolioRole(text: string, tokens: readonly Token[], i: number, lex: CompiledPeople): Role | null {
  const p = tokens[lex.determiners.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1];
  if (!p?.cap || !lex.orgWords.has(p.lower)) return null;
  // Back to the start of the sentence; a colon introducing the list does not end it.
  for (let b = i - 1; b >= 0 && !'.!?'.includes(tokens[b]!.text); b--) {
    const title = lex.officeNouns.get(tokens[b]!.lower);
    if (title) return { text: `${title} ${text.slice(tokens[i]!.start, p.end)}`, official: true, start: tokens[i]!.start, end: p.end };
    if (tokens[b]!.breaks > 0) break;
  }
  return null;
}

/** Singular of a plural title ("députés" → "député", "senators" → "senator"), or null. */
export function singularTitle(lex: CompiledPeople, lower: string): { title: string; official: boolean } | null {
  if (lower.length < 4) return null;
  const ending = lex.pluralEndings.find((e) => lower.endsWith(e));
  if (ending === undefined) return null;
  const sing = lower.slice(0, -ending.length);
  // "avocats": a word that begins other functions' titles too ("avocat général") is read as one of them.
  if (lex.other.hasFirst(sing)) return { title: sing, official: false };
  if (lex.official.hasFirst(sing)) return { title: sing, official: true };
  return null;
}

/** A word without a prefix a title keeps its meaning under ("ex-député" → "député"). */
function withoutPrefix(lex: CompiledPeople, lower: string): string {
  for (const p of lex.titlePrefixes) if (lower.startsWith(p)) return lower.slice(p.length);
  return lower;
}

/** "a 52-year-old resident": an age before the title (digits, a hyphen, an age suffix). */
function isAge(lex: CompiledPeople, lower: string): boolean {
  const c = lower.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return false;
  const dash = lower.indexOf('-');
  return dash > 0 && /^\d+$/.test(lower.slice(0, dash)) && lex.ageSuffixes.includes(lower.slice(dash + 1));
}
