// The per-language people data (PeopleLexicon, compact '|'-separated strings) compiled once into
// Sets and token-phrase tables, so that finding people is only Set and Map look-ups per token.
import { FIRST_NAMES } from '../lexicon/given-names';
import { PhraseSet } from '../text/phrases';
import { phraseTokens } from '../text/tokens';

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

/** A list's phrases as token lists, each also with its unaccented-capital form ("chef de l'Etat"). */
function phrasesOf(list: string, abbreviations: ReadonlySet<string>): string[][] {
  const out: string[][] = [];
  for (const phrase of split(list)) {
    const words = phraseTokens(phrase, { abbreviations });
    if (!words.length) continue;
    out.push(words);
    if (words.some(startsAccented)) out.push(words.map(foldFirst));
  }
  return out;
}

/** A phrase table of a list; a title fused with "ex-" is the title ("l'ex-député X"). */
const phraseSet = (list: string, abbreviations: ReadonlySet<string>) => new PhraseSet(phrasesOf(list, abbreviations), ['ex-']);

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
    for (const w of phraseTokens(phrase, { abbreviations })) {
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
  const official = phraseSet(lex.officialTitles, abbreviations);
  const other = phraseSet(lex.otherTitles, abbreviations);
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
    particles: phraseSet(lex.particles, abbreviations),
    strongParticles: listSet(lex.strongParticles),
    particleNeedsFirstName: listSet(lex.particleNeedsFirstName),
    speechBefore: phraseSet(lex.speechBefore, abbreviations),
    speechAfter: listSet(lex.speechAfter),
    copulas: phraseSet(lex.copulas, abbreviations),
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
    nicknameCues: phraseSet(lex.nicknameCues, abbreviations),
    asCues: phraseSet(lex.asCues, abbreviations),
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
