// Turns the phrase naming a source into a name: a person found earlier, a fuller form of an outlet, the
// organisation a description or a pronoun stands for.
import { isLetterAt } from '../text/chars';
import { isCapitalised, type Word, wordsIn, wordsWithin } from '../text/tokens';
import type { Person, Span } from '../types';
import type { CompiledClaimLexicon } from './lexicon';
import { appositionAfter, breaksBefore, type Phrase, type SentenceView } from './subject';
import { isEntity, isFunctionWord } from './word-classes';

/** A mention of a person, with the person. */
export interface Mention extends Span {
  person: Person;
}

// Sources and organisations remembered for short forms ("le Journal", "la banque"): a bounded memory keeps long texts linear.
const MAX_REMEMBERED = 48;
// Bounds that keep pronoun resolution linear on pathological input.
const MAX_OPENING_MENTIONS = 12;
const MAX_TITLE_LENGTH = 40;
const MAX_PRONOUN_LOOKBACK = 12;
// A courtesy title counts as this many pronouns.
const COURTESY_WEIGHT = 3;

/** Turns source phrases into names: people, fuller forms of outlets, the last named speaker. */
export class Namer {
  private readonly earlier: string[] = [];
  private readonly names: ReadonlySet<string>;
  private readonly people: readonly Person[];
  private readonly byRoleWord = new Map<string, readonly Person[]>();
  /** Organisations named so far, the latest last (bounded like the sources). */
  private readonly organisations: string[] = [];
  /** Each person's gender as the text shows it so far: courtesy titles and the pronouns of sentences naming them alone. */
  private readonly genderVotes = new Map<Person, number>();
  private readonly byName = new Map<string, Person>();
  /** Each stated role's head (roleHead), once worked out. */
  private readonly roleHeads = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly mentions: readonly Mention[],
    private readonly lex: CompiledClaimLexicon,
  ) {
    this.people = [...new Set(mentions.map((m) => m.person))];
    this.names = new Set(this.people.map((p) => p.name));
    for (const p of this.people) this.byName.set(p.name, p);
    // "Ms. Haley", "Mme Binet": a courtesy title tells the gender surely, so it weighs more than a pronoun.
    for (const m of mentions) {
      const g = this.lex.genderOf.get(wordBefore(text, m.start));
      if (g) this.vote(m.person, COURTESY_WEIGHT * g);
    }
  }

  private vote(person: Person, g: number): void {
    this.genderVotes.set(person, (this.genderVotes.get(person) ?? 0) + g);
  }

  /**
   * Counts the gendered pronouns of a sentence that names one person only, after that name ("Haley said
   * she …"; in "she told Ramaswamy" the pronoun comes first and stands for someone else).
   */
  observeGenders(v: SentenceView, from: number, to: number): void {
    const first = this.indexAfter(from);
    const m = this.mentions[first];
    if (!m || m.start >= to) return;
    for (let i = first + 1; i < this.mentions.length && this.mentions[i]!.start < to; i++) {
      if (this.mentions[i]!.person !== m.person) return;
    }
    let g = 0;
    for (const w of v.words) {
      if (w.start < m.end) continue;
      const k = this.lex.genderOf.get(w.lower);
      if (k && !this.beforeMention(w.end)) g += k;
    }
    if (g !== 0) this.vote(m.person, Math.sign(g));
  }

  /** Whether a name follows right after an offset (the word there is a courtesy title, not a pronoun). */
  private beforeMention(end: number): boolean {
    const next = this.mentions[this.indexAfter(end)];
    return next !== undefined && next.start - end <= 2;
  }

  /** Whether a source may be what a pronoun stands for: not a person the text shows of the other gender. */
  fits(source: string | null, pronoun: string): source is string {
    return source !== null && this.agreement(source, pronoun) >= 0;
  }

  /** 1: a person the text shows of the pronoun's gender; -1: of the other; 0: not known, or no person. */
  agreement(source: string, pronoun: string): number {
    const person = this.byName.get(source);
    const want = this.lex.genderOf.get(pronoun) ?? 0;
    if (!person || want === 0) return 0;
    return Math.sign(this.genderVotes.get(person) ?? 0) * want;
  }

  /** Whether a person is named in text[from, to). */
  namedIn(name: string, from: number, to: number): boolean {
    for (let i = this.indexAfter(from); i < this.mentions.length && this.mentions[i]!.start < to; i++) {
      if (this.mentions[i]!.person.name === name) return true;
    }
    return false;
  }

  /** The person last named before an offset whom a pronoun may stand for (not one named after it in its sentence), a few mentions back at most. */
  lastFitting(before: number, pronoun: string, sentenceEnd: number): string | null {
    const at = this.indexAfter(before);
    for (let i = at - 1; i >= 0 && i >= at - MAX_PRONOUN_LOOKBACK; i--) {
      const name = this.mentions[i]!.person.name;
      if (this.mentions[i]!.end <= before && this.fits(name, pronoun) && !this.namedIn(name, before, sentenceEnd)) return name;
    }
    return null;
  }

  isPersonal(pronoun: string): boolean {
    return this.lex.personalPronouns.has(pronoun) || this.lex.genderOf.has(pronoun);
  }

  isOrganisationPronoun(pronoun: string): boolean {
    return this.lex.organisationPronouns.has(pronoun);
  }

  isPersonName(source: string): boolean {
    return this.names.has(source);
  }

  /**
   * The person who opens a clause of the sentence text[from, to): "Ms. Haley collided … after she …",
   * "In December, Haley staged …, accusing …". At most one title may precede the name, and a possessive
   * ("During Mr. Trump's campaign, she …") does not count. `words`: the words of the sentence, which starts at `from`.
   */
  openingPerson(from: number, to: number, words: readonly Word[]): string | null {
    return this.openingMention(from, to, words)?.person.name ?? null;
  }

  /** The mention of the person who opens a clause of the sentence (openingPerson). */
  openingMention(from: number, to: number, words: readonly Word[]): Mention | null {
    const first = this.indexAfter(from);
    for (let i = first; i < this.mentions.length && i < first + MAX_OPENING_MENTIONS; i++) {
      const m = this.mentions[i]!;
      if (m.start >= to) return null;
      // A clause opening with at most a title before the name is short: the look-back is bounded.
      const limit = Math.max(from, m.start - MAX_TITLE_LENGTH);
      let clauseStart = m.start;
      while (clauseStart > limit && !',;:—–('.includes(this.text[clauseStart - 1]!)) clauseStart--;
      if (clauseStart === limit && limit > from) continue;
      const before = wordsWithin(words, this.text, clauseStart, m.start);
      if (this.isTitle(before) && !/^['’]s\b/.test(this.text.slice(m.end, m.end + 3))) return m;
    }
    return null;
  }

  /** Whether the words before a name are only its title: "", "Senator", "Le ministre de l'Intérieur", "the mayor". */
  private isTitle(before: readonly Word[]): boolean {
    if (before.length === 0) return true;
    if (before.length === 1) return isCapitalised(this.text, before[0]!) || this.lex.definiteArticles.has(before[0]!.lower);
    const lex = this.lex;
    const opener = before[0]!;
    if (before.length > 5 || !(lex.definiteArticles.has(opener.lower) || isCapitalised(this.text, opener))) return false;
    if (lex.prepositions.has(before[before.length - 1]!.lower)) return false;
    return before.every(
      (w) =>
        !(lex.finiteVerbs.has(w.lower) || lex.auxiliaries.has(w.lower) || lex.reportingVerbs.has(w.lower) || lex.boundaries.has(w.lower)) ||
        lex.definiteArticles.has(w.lower),
    );
  }

  private indexAfter(start: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Remembers an organisation named in the text ("la Commission européenne", an outlet that spoke). */
  rememberOrganisation(name: string): void {
    if (this.names.has(name)) return;
    this.organisations.push(name);
    if (this.organisations.length > 2 * MAX_REMEMBERED) this.organisations.splice(0, MAX_REMEMBERED);
  }

  /** The organisation that opened the previous sentence, or spoke in it. */
  recentOrganisation: string | null = null;

  /** The latest organisation whose name holds the word ("la banque" → "Banque de France"), else the one just named. */
  organisation(word: string): string | null {
    const list = this.organisations;
    for (let i = list.length - 1; i >= 0; i--) if (containsWord(list[i]!.toLowerCase(), word)) return list[i]!;
    return this.recentOrganisation;
  }

  /** Organisation names in a sentence: a capitalised run holding an organisation word ("Banque de France"). */
  organisationsIn(v: SentenceView): { name: string; first: number }[] {
    const { words: ws, text, lex } = v;
    const found: { name: string; first: number }[] = [];
    for (let i = 0; i < ws.length; i++) {
      if (!isCapitalised(text, ws[i]!)) continue;
      let last = i;
      let named = false;
      // Capitals, or a connector between capitals ("Bank of England", "Banque de France").
      for (let k = i; k < ws.length && k - last < 3 && (k === i || !breaksBefore(v, k)); k++) {
        if (!isCapitalised(text, ws[k]!)) {
          if (lex.prepositions.has(ws[k]!.lower) || lex.definiteArticles.has(ws[k]!.lower)) continue;
          break;
        }
        last = k;
        named ||= lex.organisationHeads.has(ws[k]!.lower);
      }
      // Most capitalised runs (names, sentence openings) hold no organisation word: nothing more to look at.
      if (named) {
        // "la Commission européenne": one adjective after the head (not a verb: "la Commission publie ses chiffres").
        const adj = ws[last + 1];
        const then = ws[last + 2];
        const verb = !adj || isFunctionWord(lex, adj.lower) || (then && lex.determiners.has(then.lower) && !breaksBefore(v, last + 2));
        if (!verb && !breaksBefore(v, last + 1) && !isCapitalised(text, adj) && adj.lower.length > 4) last++;
        const start = lex.definiteArticles.has(ws[i]!.lower) && last > i ? ws[i + 1]!.start : ws[i]!.start;
        found.push({ name: text.slice(start, ws[last]!.end), first: i });
      }
      i = last;
    }
    return found;
  }

  remember(source: string): void {
    if (this.earlier[this.earlier.length - 1] === source) return;
    this.earlier.push(source);
    // Short forms refer to recent sources; a bounded memory keeps long texts linear.
    if (this.earlier.length > 2 * MAX_REMEMBERED) this.earlier.splice(0, MAX_REMEMBERED);
  }

  name(v: SentenceView, phrase: Phrase): string | null {
    const { words: ws } = v;
    let first = phrase.first;
    while (first < phrase.last && this.lex.definiteArticles.has(ws[first]!.lower)) first++;
    const start = ws[first]!.start;
    const end = ws[phrase.last]!.end;
    const head = ws[first]!.lower;
    // A pronoun or a clause is no name ("he was", "il"), nor a time or an example ("2011", "par exemple").
    if (this.lex.subjectPronouns.has(head) || (first === phrase.last && this.lex.impersonalPronouns.has(head))) return null;
    if (!isEntity(v, first, phrase.last)) return null;
    const person = this.headPerson(v, first, phrase.last);
    if (person && !this.lex.groupHeads.has(head)) return person.name;
    // A description with a name in apposition: "le directeur général du Conseil, Norman Sabourin".
    const apposed = appositionAfter(v, phrase);
    // "Charlotte Houpline, fondatrice WARA affirme": a role right after a name and a comma is that person's.
    const named = this.apposedTo(ws[phrase.first]!.start, head);
    if (named) return named.name;
    // "the top U.S. diplomat", "le chef de la diplomatie": the person the text gives the office described.
    const holder = apposed ? null : this.officeHolder(ws.slice(first, phrase.last + 1), start);
    if (holder) return holder.name;
    const described = ws.slice(first, phrase.last + 1).every((w) => !isCapitalised(this.text, w));
    // "le ministre du Commerce, Armand Délice": a description headed by a common noun, then the name.
    if (apposed && !isCapitalised(this.text, ws[first]!)) {
      const named = this.personIn(ws[apposed.first]!.start, ws[apposed.last]!.end);
      return named ? named.name : this.text.slice(ws[apposed.first]!.start, ws[apposed.last]!.end);
    }
    const literal = cleanSource(this.text.slice(start, end), this.lex);
    // An unresolved description keeps its article, as the text gives it ("the letter", "la police").
    if (described)
      return this.resolveDescription(ws.slice(first, phrase.last + 1), start) ?? this.withArticle(v, phrase.first, first, literal);
    if (first === phrase.last) return this.fullerForm(ws[first]!.lower) ?? literal;
    return literal;
  }

  /**
   * Whether a phrase describes one person without naming one: a definite article, then lower-case words
   * headed by a noun of people ("the boyfriend", "la voisine"), not a group or an organisation.
   */
  describesPerson(v: SentenceView, phrase: Phrase): boolean {
    const { words: ws } = v;
    if (!this.lex.definiteArticles.has(ws[phrase.first]!.lower) || phrase.last === phrase.first) return false;
    let head = phrase.first + 1;
    while (head < phrase.last && !this.lex.prepositions.has(ws[head + 1]!.lower)) head++;
    for (let k = phrase.first + 1; k <= phrase.last; k++) if (isCapitalised(this.text, ws[k]!)) return false;
    return this.lex.personNouns.has(ws[head]!.lower) && !this.lex.groupHeads.has(ws[head]!.lower);
  }

  /** A description with the definite article that opens its phrase ("the letter"), if it has one. */
  private withArticle(v: SentenceView, phraseFirst: number, first: number, literal: string): string {
    if (phraseFirst === first) return literal;
    const start = v.words[phraseFirst]!.start;
    // Lower case, as inside a sentence: "The mayor said" → "the mayor".
    return `${this.text.slice(start, v.words[first]!.start).toLowerCase()}${literal}`;
  }

  /**
   * The person a phrase names, when the name is its head: not after a preposition ("the lawyer for X",
   * "une décision de X") and not a modifier of a common noun ("Obama administration officials").
   */
  private headPerson(v: SentenceView, first: number, last: number): Person | null {
    const { words: ws } = v;
    const at = this.indexAfter(ws[first]!.start);
    const m = this.mentions[at];
    if (!m || m.start >= ws[last]!.end) return null;
    let k = first;
    while (k <= last && ws[k]!.end <= m.start) k++;
    if (k > first && this.lex.prepositions.has(ws[k - 1]!.lower)) return null;
    while (k <= last && ws[k]!.start < m.end) k++;
    for (; k <= last; k++) {
      const w = ws[k]!;
      if (isCapitalised(this.text, w)) continue;
      const lex = this.lex;
      const functionWord =
        lex.determiners.has(w.lower) || lex.timeWords.has(w.lower) || lex.boundaries.has(w.lower) || lex.auxiliaries.has(w.lower);
      return functionWord ? m.person : null;
    }
    return m.person;
  }

  private personIn(start: number, end: number): Person | null {
    const m = this.mentions[this.indexAfter(start)];
    return m && m.start < end ? m.person : null;
  }

  /** "the president", "le juge en chef", "le journal": a person with that role, or an earlier source. */
  private resolveDescription(desc: readonly Word[], before: number): string | null {
    const lex = this.lex;
    const headAt = desc.findIndex((w) => w.lower.length > 3 && !lex.determiners.has(w.lower));
    const head = desc[headAt];
    if (!head) return null;
    // "le président du Kazakhstan" is not a person whose role is "président" only: every word that
    // qualifies the head must be in the role too.
    const qualifiers = desc
      .slice(headAt + 1)
      .filter((w) => w.lower.length > 2 && !lex.determiners.has(w.lower) && !lex.prepositions.has(w.lower));
    let best: { person: Person; at: number } | null = null;
    for (const person of this.peopleWithRole(head.lower)) {
      const role = person.role!.toLowerCase();
      if (!qualifiers.every((w) => containsWord(role, w.lower))) continue;
      const at = lastMentionBefore(person, before);
      if (at >= 0 && (!best || at > best.at)) best = { person, at };
    }
    if (best) return best.person.name;
    // "l'institution communautaire", "the company": the organisation last named. A qualified group
    // ("people familiar with her thinking") is not the fuller source that shares its head ("People close to X").
    const fuller = qualifiers.length === 0 || !lex.groupHeads.has(head.lower) ? this.fullerForm(head.lower) : null;
    return fuller ?? (this.lex.organisationHeads.has(head.lower) ? this.organisation(head.lower) : null);
  }

  /** The person named just before ", " at an offset whose stated role holds the word, or null. */
  private apposedTo(at: number, word: string): Person | null {
    if (this.text.slice(at - 2, at) !== ', ') return null;
    const i = this.indexAfter(at - 2) - 1;
    const m = this.mentions[i];
    if (!m || m.end !== at - 2 || m.person.role === null) return null;
    return containsWord(m.person.role.toLowerCase(), word) ? m.person : null;
  }

  /**
   * The person holding the office a description stands for (lexicon roleDescriptions): the one last named
   * before it, else the only one. A deputy or an under-secretary does not hold the office.
   */
  private officeHolder(desc: readonly Word[], before: number): Person | null {
    const words = desc.map((w) => w.lower);
    let best: { person: Person; at: number } | null = null;
    let only: Person | null | undefined;
    for (const { description, office } of this.lex.roleDescriptions) {
      if (!containsSpread(words, description)) continue;
      for (const person of this.people) {
        if (person.role === null || !this.holds(person.role, office)) continue;
        const at = lastMentionBefore(person, before);
        if (at >= 0 && (!best || at > best.at)) best = { person, at };
        only = only === undefined || only === person ? person : null;
      }
    }
    return best?.person ?? only ?? null;
  }

  /** Whether a role is the office itself, not a deputy's ("secrétaire d'État adjoint", "deputy secretary of state"). */
  private holds(role: string, office: readonly string[]): boolean {
    const words = wordsIn(role, 0, role.length).map((w) => w.lower);
    const at = indexOfRun(words, office);
    if (at < 0) return false;
    const around = [words[at - 1], words[at + office.length]];
    return !around.some((w) => w !== undefined && this.lex.subordinateTitles.has(w));
  }

  /**
   * People whose stated role has the word before its complement, found once per word: "la police" is not
   * the "responsable de la police", "the minister" is the "foreign minister of X".
   */
  private peopleWithRole(word: string): readonly Person[] {
    let found = this.byRoleWord.get(word);
    if (!found) {
      found = this.people.filter((p) => p.role !== null && containsWord(this.roleHead(p.role), word));
      this.byRoleWord.set(word, found);
    }
    return found;
  }

  /** A role up to its complement ("responsable de la police" → "responsable"), lower case. */
  private roleHead(role: string): string {
    // Asked again of every person for each new head word: worked out once per role.
    let head = this.roleHeads.get(role);
    if (head === undefined) {
      head = this.cutRoleHead(role);
      this.roleHeads.set(role, head);
    }
    return head;
  }

  private cutRoleHead(role: string): string {
    const words = role.toLowerCase().split(/\s+/);
    const link = words.findIndex((w, k) => k > 0 && (this.lex.prepositions.has(w) || this.lex.prepositions.has(w.split(/['’]/)[0]!)));
    return (link < 0 ? words : words.slice(0, link)).join(' ');
  }

  /** An earlier, longer source that contains the word ("le Journal" → "Wall Street Journal"). */
  private fullerForm(word: string): string | null {
    for (let i = this.earlier.length - 1; i >= 0; i--) {
      const source = this.earlier[i]!;
      if (source.toLowerCase() !== word && containsWord(source.toLowerCase(), word)) return source;
    }
    return null;
  }
}

/** The lower-cased word just before an offset, past spaces and an abbreviation's stop ("Mme ", "Ms. "). */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && at - end < 3 && (text[end - 1] === ' ' || text[end - 1] === '.' || text[end - 1] === '\u00A0')) end--;
  let start = end;
  while (start > 0 && end - start < 12 && isLetterAt(text, start - 1)) start--;
  return text.slice(start, end).toLowerCase();
}

/** The start of the person's last mention before an offset, or -1. Mentions are in text order. */
function lastMentionBefore(person: Person, before: number): number {
  let lo = 0;
  let hi = person.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (person.mentions[mid]!.start < before) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? person.mentions[lo - 1]!.start : -1;
}

// A description's words may stand this many words apart ("top U.S. diplomat": "u", "s").
const MAX_DESCRIPTION_GAP = 3;

/** Whether the words hold the phrase's words in order, each within a few words of the one before. */
function containsSpread(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== phrase[0]) continue;
    let at = start;
    let k = 1;
    for (; k < phrase.length; k++) {
      let next = at + 1;
      while (next < words.length && next - at <= MAX_DESCRIPTION_GAP + 1 && words[next] !== phrase[k]) next++;
      if (next >= words.length || words[next] !== phrase[k]) break;
      at = next;
    }
    if (k === phrase.length) return true;
  }
  return false;
}

/** Where the run of words starts in the words, or -1. */
function indexOfRun(words: readonly string[], run: readonly string[]): number {
  if (run.length === 0) return -1;
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return i;
  return -1;
}

function containsWord(haystack: string, word: string): boolean {
  let at = haystack.indexOf(word);
  while (at !== -1) {
    if (!isLetterAt(haystack, at - 1) && !isLetterAt(haystack, at + word.length)) return true;
    at = haystack.indexOf(word, at + 1);
  }
  return false;
}

/** A source without an elided article before it or a possessive after it ("L'Insee" → "Insee", "Reuters's" → "Reuters"). */
function cleanSource(s: string, lex: CompiledClaimLexicon): string {
  const apos = s.search(/['’]/);
  if (apos > 0 && lex.elidedArticles.has(s.slice(0, apos).toLowerCase())) s = s.slice(apos + 1);
  for (const ending of lex.possessives) {
    const at = s.length - ending.length - 1;
    if (at > 0 && (s[at] === "'" || s[at] === '’') && s.slice(at + 1) === ending) return s.slice(0, at);
  }
  return s;
}
