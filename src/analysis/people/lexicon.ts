// The per-language people data (PeopleLexicon, compact '|'-separated strings) compiled once into
// Sets and token-phrase tables, so that finding people is only Set and Map look-ups per token.
import { FIRST_NAMES } from '../lexicon/given-names';
import { Kind, type Token, tokenize } from '../text/tokens';

/**
 * Per-language data for finding people and their roles. Every list is '|'-separated and lower case;
 * "président~e" stands for président and présidente, "direct(eur,rice)" for directeur and directrice.
 */
export interface PeopleLexicon {
  /** Courtesy titles kept outside a name: "mr", "mme". */
  honorifics: string;
  /** Titles that are offices (see GUIDELINES.md): "prime minister", "ambassadrice". */
  officialTitles: string;
  /** Functions that are not offices: "professor", "journaliste". */
  otherTitles: string;
  /** Words that qualify a title inside a role phrase: "former", "adjoint". */
  titleModifiers: string;
  /** Small words that may sit inside a role phrase: "of", "de", "l'". */
  roleLinks: string;
  /** Words that may open an apposition: "the", "a", "le", "son". */
  determiners: string;
  nationalities: string;
  places: string;
  /** Words that make a capitalised run an organisation or a place: "department", "conseil". */
  orgWords: string;
  /** Capitalised words that are never names: function words, months, days, labels. */
  notNames: string;
  /** Particles inside names ("de la", "von der", "bin"). */
  particles: string;
  /** Particles that show a run is a person's name by themselves. */
  strongParticles: string;
  /** Particles accepted only after a lone known first name ("Laure de la …", not "X Y de Z"). */
  particleNeedsFirstName: string;
  /** Words just before a speaker's name ("said", "selon", "a déclaré"). */
  speechBefore: string;
  /** Words just after a speaker's name ("said", "a"). */
  speechAfter: string;
  /** Links between a name and its role ("is", "became", "est devenu"). */
  copulas: string;
  /** Relative pronouns opening a role clause ("who", "qui"). */
  relatives: string;
  /** verb:title pairs for roles given by a verb ("advises:adviser"). */
  verbRoles: string;
  /** Words that introduce a group a named person belongs to ("among", "parmi"). */
  among: string;
  /** Family words before a name ("daughter", "épouse"). */
  kin: string;
  /** Words that end a role apposition ("who", "which", "qui"). */
  clauseBreaks: string;
  /** Words that make the next capitalised word a place ("St. Louis", "Fort Worth", "Saint-Denis"). */
  placePrefixes: string;
  /** Words at the start of a line that introduce an author's or photographer's name ("By", "Par"). */
  bylines: string;
  /** Pronouns that only refer to a person ("he", "she"); empty where pronouns also stand for things. */
  personPronouns: string;
  /** Definite articles opening a role phrase that may describe the person just named ("the", "le"). */
  definiteArticles: string;
  /** Reporting verbs that make the single capitalised word before them a speaker ("said"). */
  reportAfter: string;
  /** Functions that are an office only in a company ("manager" of a firm, not of a team). */
  companyTitles: string;
  /** Words that make a role phrase name a company ("company", "groupe"). */
  companyWords: string;
  /** Words before a nickname in quotes ("dubbed", "surnommé"): the quoted words are no new person. */
  nicknameCues: string;
  /** Words that give the function someone acts in ("as", "en tant que"): "her time as secretary of state". */
  asCues: string;
  /** Words before an "as" that make it a comparison or a label, not a function ("such as", "seen as"). */
  asBlockers: string;
  /** Subject pronouns that a role clause may follow ("when she was …", "lorsqu'elle était …"). */
  subjectPronouns: string;
  /** pronoun:gender pairs ("he:m", "elle:f"): which people a pronoun can stand for. */
  pronounGenders: string;
  /** noun:title pairs for offices named by their institution ("in the presidency" → president). */
  officeNouns: string;
}

const ACCENTED = 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ';
const UNACCENTED = 'aaaaaaceeeeiiiinooooouuuuyy';

/** Whether foldFirst() would change the word: its first letter is one of the accented ones. */
const startsAccented = (word: string) => word.charCodeAt(0) >= 0xc0 && ACCENTED.includes(word[0]!);

/** The word with its first letter's accent dropped ("état" → "etat"): capitals often lose theirs ("Etat"). */
export function foldFirst(word: string): string {
  // A table, not normalize('NFD'): Unicode normalisation is slow on its first use, at cold start.
  const k = word.length > 0 && word.charCodeAt(0) >= 0xc0 ? ACCENTED.indexOf(word[0]!) : -1;
  return k < 0 ? word : UNACCENTED[k]! + word.slice(1);
}

const ELIDED = new Set(["l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'"]);

/** A phrase of plain characters only: letters (accented too), spaces, hyphens and apostrophes. */
const PLAIN = /^[a-z '\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\uffff]*$/;
const LETTERS_AND_STOPS = /^[a-z. ]*$/;

/**
 * The lower-case tokens of a lexicon phrase as the tokenizer would give them. Plain phrases (letters,
 * spaces, hyphens, elisions) are split directly: running the tokenizer over every entry was most of
 * the engine's cold start. Anything else (stops, '&') still goes through the tokenizer.
 */
function phraseWords(phrase: string, abbreviations: ReadonlySet<string>): string[] {
  // One native regex test per entry, not a loop over its characters: this runs before the JIT has
  // warmed up, on every entry of every list.
  if (!PLAIN.test(phrase)) {
    // Lower-case letters and full stops ("u.s. attorney", "sen."): the tokenizer's words are the runs of letters.
    if (LETTERS_AND_STOPS.test(phrase)) return phrase.split(/[. ]+/).filter(Boolean);
    return tokenize(phrase, { abbreviations })
      .filter((t) => t.kind === Kind.Word || t.text === '&')
      .map((t) => t.lower);
  }
  // Most entries are one word.
  if (phrase.indexOf(' ') < 0 && phrase.indexOf("'") < 0) return phrase ? [phrase] : [];
  const out: string[] = [];
  for (const word of phrase.split(' ')) {
    if (!word) continue;
    const apos = word.indexOf("'");
    if (apos > 0 && apos < word.length - 1 && ELIDED.has(word.slice(0, apos + 1))) {
      out.push(word.slice(0, apos + 1), word.slice(apos + 1));
    } else out.push(word);
  }
  return out;
}

/** A set of multi-token phrases, looked up by their first token. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(list: string, abbreviations: ReadonlySet<string>) {
    for (const phrase of split(list)) {
      const words = phraseWords(phrase, abbreviations);
      if (!words.length) continue;
      this.add(words);
      // The same phrase written with unaccented capitals ("chef de l'Etat").
      if (words.some(startsAccented)) this.add(words.map(foldFirst));
    }
    for (const entries of this.byFirst.values()) if (entries.length > 1) entries.sort((a, b) => b.length - a.length);
  }

  private add(words: string[]): void {
    const entries = this.byFirst.get(words[0]!);
    if (entries) entries.push(words);
    else this.byFirst.set(words[0]!, [words]);
  }

  /** Length in tokens of the longest phrase starting at tokens[i], or 0. */
  match(tokens: readonly Token[], i: number, limit = tokens.length): number {
    const first = tokens[i];
    if (!first || first.kind !== Kind.Word) return 0;
    // "l'ex-député X": a title fused with "ex-" is the title.
    const lower = first.lower;
    const entries = this.byFirst.get(lower) ?? (lower.startsWith('ex-') ? this.byFirst.get(lower.slice(3)) : undefined);
    if (!entries) return 0;
    for (const words of entries) {
      if (i + words.length > limit) continue;
      let ok = true;
      for (let k = 1; k < words.length; k++) {
        const t = tokens[i + k]!;
        if (t.lower !== words[k] || (t.breaks > 0 && k > 0)) {
          ok = false;
          break;
        }
      }
      if (ok) return words.length;
    }
    return 0;
  }

  /** Every word of every phrase (for "is this token part of some title?"). */
  words(): Set<string> {
    const out = new Set<string>();
    for (const entries of this.byFirst.values()) for (const words of entries) for (const w of words) out.add(w);
    return out;
  }

  hasFirst(word: string): boolean {
    return this.byFirst.has(word);
  }
}

export interface CompiledPeople {
  abbreviations: Set<string>;
  honorifics: Set<string>;
  official: PhraseSet;
  other: PhraseSet;
  titleWords: Set<string>;
  modifiers: Set<string>;
  links: Set<string>;
  determiners: Set<string>;
  nationalityWords: Set<string>;
  placeWords: Set<string>;
  orgWords: Set<string>;
  notNames: Set<string>;
  particles: PhraseSet;
  strongParticles: Set<string>;
  particleNeedsFirstName: Set<string>;
  speechBefore: PhraseSet;
  speechAfter: Set<string>;
  copulas: PhraseSet;
  relatives: Set<string>;
  verbRoles: Map<string, string>;
  among: Set<string>;
  kin: Set<string>;
  clauseBreaks: Set<string>;
  placePrefixes: Set<string>;
  bylines: Set<string>;
  personPronouns: Set<string>;
  definiteArticles: Set<string>;
  reportAfter: Set<string>;
  companyTitles: Set<string>;
  companyWords: Set<string>;
  nicknameCues: PhraseSet;
  asCues: PhraseSet;
  asBlockers: Set<string>;
  subjectPronouns: Set<string>;
  officeNouns: Map<string, string>;
  pronounGenders: Map<string, string>;
  firstNames: Set<string>;
}

/** Lists the plain split would get wrong: "~" and "(…,…)" forms, empty entries, spaces around an entry. */
const NEEDS_CARE = /~|\(|\|\||^\||\|$|\s\||\|\s|^\s|\s$/;

/**
 * The entries of a '|'-separated list. "président~e" is two entries, président and présidente (a
 * word and its longer form); "direct(eur,rice)" is directeur and directrice (one stem, two endings).
 */
function split(list: string): string[] {
  // Most lists have no "~" and nothing to trim: one native split then, no loop run before the JIT warms up.
  if (!NEEDS_CARE.test(list)) return list ? list.split('|') : [];
  const out: string[] = [];
  for (const raw of list.split('|')) {
    const entry = raw.trim();
    const paren = entry.indexOf('(');
    if (paren > 0 && entry.endsWith(')')) {
      const stem = entry.slice(0, paren);
      for (const ending of entry.slice(paren + 1, -1).split(',')) out.push(stem + ending);
      continue;
    }
    const tilde = entry.indexOf('~');
    if (tilde < 0) {
      if (entry) out.push(entry);
      continue;
    }
    const base = entry.slice(0, tilde);
    out.push(base);
    for (const suffix of entry.slice(tilde + 1).split('~')) out.push(base + suffix);
  }
  return out;
}

/** A Set of the listed words. */
const listSet = (list: string) => new Set(split(list));

/** A Set of the listed words, each also under its unaccented-capital form. */
function wordSet(list: string): Set<string> {
  const out = new Set<string>();
  for (const w of split(list)) {
    out.add(w);
    if (startsAccented(w)) out.add(foldFirst(w));
  }
  return out;
}

/**
 * Every word of the listed phrases, each also under its unaccented-capital form: places and
 * nationalities are only ever asked "is this word part of one?", so no phrase table is built.
 */
function phraseWordSet(list: string, abbreviations: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const phrase of split(list)) {
    for (const w of phraseWords(phrase, abbreviations)) {
      out.add(w);
      if (startsAccented(w)) out.add(foldFirst(w));
    }
  }
  return out;
}

/** "a:b|c:d" → a Map. */
function pairs(list: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of split(list)) {
    const [key, value] = pair.split(':');
    if (key && value) out.set(key, value);
  }
  return out;
}

let firstNames: Set<string> | undefined;

/**
 * Expands a front-coded list (see lexicon/given-names.ts): each entry is one digit, the number of letters it
 * shares with the entry before it, then its own letters.
 */
export function expandFrontCoded(list: string, each: (word: string) => void): void {
  // One native split into [ '', digit, letters, digit, letters, … ], then a short loop per name:
  // this runs once per page, before the JIT has warmed up, so per-character work is what costs.
  const parts = list.split(DIGIT_RUN);
  let prev = '';
  for (let k = 1; k + 1 < parts.length; k += 2) {
    prev = prev.slice(0, parts[k]!.charCodeAt(0) - 48) + parts[k + 1];
    each(prev);
  }
}

const DIGIT_RUN = /(\d)/;

function givenNames(): Set<string> {
  const out = new Set<string>();
  expandFrontCoded(FIRST_NAMES, (name) => {
    out.add(name);
    if (startsAccented(name)) out.add(foldFirst(name));
  });
  return out;
}
/** A listed word ending with a full stop ("sen.", "u.s."), found natively rather than by splitting every list. */
const DOTTED_WORD = /[^|\s]+\.(?=[|\s]|$)/g;

const cache = new WeakMap<PeopleLexicon, CompiledPeople>();

/** Compiles a lexicon once; later calls return the same tables. */
export function compilePeople(lex: PeopleLexicon): CompiledPeople {
  const hit = cache.get(lex);
  if (hit) return hit;
  firstNames ??= givenNames();
  // Abbreviations whose full stop belongs to the word: every listed word written with a stop.
  const abbreviations = new Set<string>();
  const all = [lex.honorifics, lex.officialTitles, lex.otherTitles, lex.particles].join('|');
  for (const word of all.match(DOTTED_WORD) ?? []) abbreviations.add(word.slice(0, -1));
  for (const h of split(lex.honorifics)) if (h.length <= 4) abbreviations.add(h);
  for (const m of 'jan feb mar apr jun jul aug sep sept oct nov dec jr sr st no vs'.split(' ')) abbreviations.add(m);
  const official = new PhraseSet(lex.officialTitles, abbreviations);
  const other = new PhraseSet(lex.otherTitles, abbreviations);
  // Words of titles, less the small words inside them ("of", "and", "de") which say nothing alone.
  const titleWords = official.words();
  for (const w of other.words()) titleWords.add(w);
  for (const w of [...split(lex.roleLinks), ...split(lex.determiners), 'and', 'et', '&']) titleWords.delete(w);
  const verbRoles = pairs(lex.verbRoles);
  const compiled: CompiledPeople = {
    abbreviations,
    honorifics: listSet(lex.honorifics),
    official,
    other,
    titleWords,
    modifiers: listSet(lex.titleModifiers),
    links: listSet(lex.roleLinks),
    determiners: listSet(lex.determiners),
    nationalityWords: phraseWordSet(lex.nationalities, abbreviations),
    placeWords: phraseWordSet(lex.places, abbreviations),
    orgWords: wordSet(lex.orgWords),
    notNames: wordSet(lex.notNames),
    particles: new PhraseSet(lex.particles, abbreviations),
    strongParticles: listSet(lex.strongParticles),
    particleNeedsFirstName: listSet(lex.particleNeedsFirstName),
    speechBefore: new PhraseSet(lex.speechBefore, abbreviations),
    speechAfter: listSet(lex.speechAfter),
    copulas: new PhraseSet(lex.copulas, abbreviations),
    relatives: listSet(lex.relatives),
    verbRoles,
    among: listSet(lex.among),
    kin: wordSet(lex.kin),
    clauseBreaks: listSet(lex.clauseBreaks),
    placePrefixes: wordSet(lex.placePrefixes),
    bylines: listSet(lex.bylines),
    personPronouns: listSet(lex.personPronouns),
    definiteArticles: listSet(lex.definiteArticles),
    reportAfter: listSet(lex.reportAfter),
    companyTitles: listSet(lex.companyTitles),
    companyWords: listSet(lex.companyWords),
    nicknameCues: new PhraseSet(lex.nicknameCues, abbreviations),
    asCues: new PhraseSet(lex.asCues, abbreviations),
    asBlockers: listSet(lex.asBlockers),
    subjectPronouns: listSet(lex.subjectPronouns),
    officeNouns: pairs(lex.officeNouns),
    pronounGenders: pairs(lex.pronounGenders),
    firstNames,
  };
  cache.set(lex, compiled);
  return compiled;
}

/** The lower-case form used for honorific look-ups: "Mr." → "mr". */
export function bare(lower: string): string {
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}
