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
    // "ministre du Commerce et de l'Industrie": "and" joining two complements stays in the window.
    const joins = lex.titleJoiners.has(t.lower) && w < end && (tokens[w]!.cap || lex.links.has(tokens[w]!.lower));
    if (!roleish(lex, t, isFirst) && !joins) break;
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
    if (!m2 || nameInComplement(lex, tokens, m2.at + m2.length, s - 1)) break;
    s = extendLeft(lex, tokens, m2.at, w2);
    official ||= m2.official;
  }
  const role = make(text, tokens, s, blockStart - 1, official, lex);
  if (role && m.plural && m.at + m.length === blockStart) role.plural = true;
  return role;
}

/** "then-Sen. Bo X and then-President Y": a capitalised word after a title that is no complement is a name. */
function nameInComplement(lex: CompiledPeople, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.cap || t.allCaps) continue;
    const l = t.lower;
    if (!(lex.orgWords.has(l) || lex.placeWords.has(l) || lex.nationalityWords.has(l) || lex.titleWords.has(l) || lex.modifiers.has(l)))
      return true;
  }
  return false;
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

/**
 * "La ministre de la justice, X": a role phrase that ends with a comma right before the name. The
 * phrase must open its clause ("Le porte-parole du président, X"; "L'ONU, par la voix du chef de ses
 * opérations, X"), or the name must itself be set off by a comma ("Selon l'avocate de Y, X, …"):
 * in "devant le juge, X a reconnu" and "with her friends, X wrote" the title is not X's.
 */
export function appositionBefore(
  text: string,
  tokens: readonly Token[],
  blockStart: number,
  last: number,
  lex: CompiledPeople,
  isFirst: (l: string) => boolean,
): Role | null {
  const comma = tokens[blockStart - 1];
  if (comma?.text !== ',' || tokens[blockStart]!.breaks > 0) return null;
  const end = blockStart - 1;
  const voice = voiceBefore(tokens, end, lex);
  const w = voice >= 0 ? voice : windowStart(lex, tokens, end, isFirst);
  if (w === end) return null;
  const m = voice >= 0 ? firstTitle(lex, tokens, w, end) : lastTitle(lex, tokens, w, end, isFirst);
  if (!m) return null;
  const head = voice >= 0 ? m : headOfChain(lex, tokens, m, w);
  const s = extendLeft(lex, tokens, head.at, w);
  const setOff = tokens[last + 1] && tokens[last + 1]!.kind !== Kind.Word && tokens[last + 1]!.text !== "'";
  if (voice < 0 && !setOff && !opensClause(tokens, s, lex)) return null;
  return make(text, tokens, s, end - 1, head.official, lex);
}

/** The role phrase starting at `s` (and its articles) opens a clause or follows a participle of appointment. */
function opensClause(tokens: readonly Token[], s: number, lex: CompiledPeople): boolean {
  let k = s;
  while (k > 0 && tokens[k - 1]!.kind === Kind.Word && lex.determiners.has(tokens[k - 1]!.lower) && !tokens[k]!.sentenceStart) k--;
  const t = tokens[k]!;
  if (t.sentenceStart || t.breaks > 0 || k === 0) return true;
  const prev = tokens[k - 1]!;
  if (prev.kind !== Kind.Word || lex.listJoiners.has(prev.lower)) return true;
  // "Avant d'être nommée ministre de la Culture, X dirigeait …": a clause stating X's office.
  return lex.appointments.has(prev.lower) || lex.copulas.matchTokens(tokens, k - 1) === 1;
}

/**
 * "par la voix du chef de ses opérations humanitaires, X", "through its spokesman, X": after a phrase
 * that gives an organisation a speaker, the words up to the comma describe that speaker. Returns where
 * the description starts, or -1.
 */
function voiceBefore(tokens: readonly Token[], end: number, lex: CompiledPeople): number {
  for (let k = end - 1; k >= 0 && k >= end - MAX_WINDOW; k--) {
    const t = tokens[k]!;
    if (t.kind !== Kind.Word) return -1;
    const len = lex.voiceOf.matchTokens(tokens, k, end);
    if (len > 0 && (k === 0 || tokens[k - 1]!.kind !== Kind.Word || t.sentenceStart)) return k + len;
    if (t.sentenceStart || t.breaks > 0) return -1;
  }
  return -1;
}

/** The first title in [from, to). */
function firstTitle(lex: CompiledPeople, tokens: readonly Token[], from: number, to: number): TitleMatch | null {
  for (let p = from; p < to; p++) {
    const m = titleAt(lex, tokens, p, to);
    if (m) return m;
  }
  return null;
}

/**
 * "le porte-parole du président", "the spokesman for the president": a title whose complement is
 * another title. The first one is the person's; the second names whom they serve.
 */
function headOfChain(lex: CompiledPeople, tokens: readonly Token[], m: TitleMatch, floor: number): TitleMatch {
  let head = m;
  for (let guard = 0; guard < 2; guard++) {
    let k = head.at - 1;
    while (k > floor && tokens[k]!.kind === Kind.Word && lex.determiners.has(tokens[k]!.lower) && !lex.titleWords.has(tokens[k]!.lower))
      k--;
    if (k <= floor || !lex.links.has(tokens[k]!.lower) || lex.determiners.has(tokens[k]!.lower)) return head;
    let found: TitleMatch | null = null;
    for (let p = floor; p < k; p++) {
      const t = titleAt(lex, tokens, p, k);
      if (t && p + t.length === k) {
        found = t;
        break;
      }
    }
    if (!found) return head;
    head = found;
  }
  return head;
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
    !after.allCaps &&
    after.breaks === 0 &&
    !lex.titleWords.has(after.lower) &&
    !lex.orgWords.has(after.lower) &&
    !lex.placeWords.has(after.lower) &&
    !lex.nationalityWords.has(after.lower)
  )
    return null;
  for (let k = end + 1; k < tokens.length && k - roleStart < MAX_ROLE; k++) {
    const t = tokens[k]!;
    if (
      t.breaks > 0 ||
      BOUNDARY.has(t.text) ||
      (t.kind === Kind.Word && !t.cap && (lex.clauseBreaks.has(t.lower) || lex.reportAfter.has(t.lower)))
    )
      break;
    if (t.kind !== Kind.Word && t.text !== '&' && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    // "à la tête de la CFDT le 21 juin": a number starts a date or a figure, no part of the role.
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57) break;
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
    // "X, désignée à la tête de la CFDT", "X, appointed chief of staff": a participle of appointment.
    if (!t.cap && lex.appointments.has(t.lower)) return rolePhraseAt(text, tokens, i + 1, lex);
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
