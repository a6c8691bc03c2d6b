// Whether a name span is a person, from the evidence around it: a title or an honorific, a role, a speech
// verb, a byline, a family word, a pronoun that follows; nicknames in quotes and names sharing a plural title.
import { Kind, type Token } from '../text/tokens';
import type { CompiledPeople } from './lexicon';
import { isFirstName, type NameSpan } from './name-spans';
import { appositionBefore, type Role, roleAfter, roleBefore, titleAdjacent } from './roles';
import { TokenCue } from './token-cues';

export interface Judged {
  span: NameSpan;
  roles: Role[];
  person: boolean;
}

/** Speech verb right before the block ("said X", "a déclaré X", "selon X") or right after ("X said"). */
export function nextToSpeech(tokens: readonly Token[], span: NameSpan, lex: CompiledPeople): boolean {
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
  if (!t || t.kind !== Kind.Word || !lex.bylines.has(t.lower)) return false;
  if (t.sentenceStart) return true;
  // "(AP Photo/Jane Doe)": a credit in brackets after an agency's initials.
  const agency = tokens[at - 1];
  const open = agency?.allCaps ? tokens[at - 2] : agency;
  return open?.text === '(' && !!tokens[span.last + 1] && CREDIT_ENDS.has(tokens[span.last + 1]!.text);
}

const CREDIT_MARKS = new Set([':', '.', '…', '|', '-', '–', '—', '/']);
const CREDIT_ENDS = new Set([')', '/', ',']);

function afterKin(tokens: readonly Token[], span: NameSpan, lex: CompiledPeople): boolean {
  let at = span.blockStart - 1;
  if (tokens[at]?.text === ',') at--;
  const t = tokens[at];
  return !!t && t.kind === Kind.Word && lex.kin.has(t.lower);
}

export function judge(text: string, tokens: readonly Token[], span: NameSpan, lex: CompiledPeople): Judged {
  const isFirst = (l: string) => isFirstName(lex, l);
  const roles: Role[] = [];
  const before = roleBefore(text, tokens, span.blockStart, lex, isFirst);
  if (before) roles.push(before);
  const appBefore = before ? null : appositionBefore(text, tokens, span.blockStart, span.last, lex, isFirst);
  if (appBefore) roles.push(appBefore);
  const after = roleAfter(text, tokens, span.last, lex);
  if (after) roles.push(after);
  if (span.orgFollows || insideOrgName(tokens, span, lex)) return { span, roles, person: false };
  if (before && objectOfTitle(tokens, span, lex)) {
    // "the lawyer of X", "director for Amnesty International": X is whom the title serves or heads.
    roles.shift();
    if (before.official && lex.officeLinks.has(tokens[span.blockStart - 1]!.lower) && !span.firstName && !span.honorific)
      return { span, roles, person: false };
  } else if (before && apposedObject(tokens, span, before, lex)) {
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

/** The name comes right after a title's preposition ("avocate de X", "adviser to X"), not after an article. */
function objectOfTitle(tokens: readonly Token[], span: NameSpan, lex: CompiledPeople): boolean {
  const link = tokens[span.blockStart - 1];
  return !!link && link.kind === Kind.Word && !link.cap && lex.links.has(link.lower) && !lex.determiners.has(link.lower);
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
export function loneWord(tokens: readonly Token[], i: number, lex: CompiledPeople): boolean {
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

/**
 * 'Dubbed "DisGrace" or "Gucci Grace"', 'surnommé « le Boucher »': words in quotes after a nickname cue
 * are a nickname, never a new person nor a mention.
 */
export function markNicknames(tokens: readonly Token[], cues: Uint8Array, lex: CompiledPeople, out: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const len = cues[i]! & TokenCue.Nickname ? lex.nicknameCues.matchTokens(tokens, i) : 0;
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
export function shareCoordinatedRoles(tokens: readonly Token[], judged: Judged[], lex: CompiledPeople): void {
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
