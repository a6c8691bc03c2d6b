// A language's people words (lexicon/schema.ts PeopleLexicon, in the lexicon notation) compiled once into
// Sets and token-phrase tables, so that finding people is only Set and Map look-ups per token.

import { FIRST_NAMES, NAME_PREFIXES } from '../lexicon/names';
import { expand } from '../lexicon/notation';
import type { LanguagePack } from '../lexicon/schema';
import { PhraseSet } from '../text/phrases';
import { phraseTokens, type TokenizeOptions } from '../text/tokens';

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
function phrasesOf(entries: readonly string[], options: TokenizeOptions): string[][] {
  const out: string[][] = [];
  for (const phrase of entries) {
    const words = phraseTokens(phrase, options);
    if (!words.length) continue;
    out.push(words);
    if (words.some(startsAccented)) out.push(words.map(foldFirst));
  }
  return out;
}

export interface CompiledPeople {
  /** How the tokenizer reads this language: abbreviations that keep their stop, elisions, possessives. */
  tokenizeOptions: Required<TokenizeOptions>;
  abbreviations: Set<string>;
  honorifics: Set<string>;
  official: PhraseSet;
  other: PhraseSet;
  titleWords: Set<string>;
  modifiers: Set<string>;
  links: Set<string>;
  determiners: Set<string>;
  nationalityWords: Set<string>;
  /** Words of one-word places ("France"); a word of a longer place counts only inside it. */
  placeWords: Set<string>;
  /** Places of two words or more ("Capitol Hill"): their words are a surname elsewhere ("Fiona Hill"). */
  placePhrases: PhraseSet;
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
  voiceOf: PhraseSet;
  appointments: Set<string>;
  asCues: PhraseSet;
  asBlockers: Set<string>;
  subjectPronouns: Set<string>;
  officeNouns: Map<string, string>;
  pronounGenders: Map<string, string>;
  firstNames: Set<string>;
  titleJoiners: Set<string>;
  listJoiners: Set<string>;
  orgNameLinks: Set<string>;
  officeLinks: Set<string>;
  indefiniteArticles: Set<string>;
  ageSuffixes: readonly string[];
  nameSuffixes: Set<string>;
  /** Name prefixes of every language ("al-"), by length: a word is checked at those lengths only. */
  namePrefixes: Set<string>;
  namePrefixLengths: readonly number[];
  pluralEndings: readonly string[];
  titlePrefixes: readonly string[];
}

/** A Set of the words of a list, each also under its unaccented-capital form when `fold` ("Etat"). */
function wordSet(entries: readonly string[], fold = false): Set<string> {
  const out = new Set<string>();
  for (const w of entries) {
    out.add(w);
    if (fold && startsAccented(w)) out.add(foldFirst(w));
  }
  return out;
}

/**
 * Every word of the listed phrases, each also under its unaccented-capital form: places and
 * nationalities are only ever asked "is this word part of one?", so no phrase table is built.
 */
function phraseWordSet(entries: readonly string[], options: TokenizeOptions): Set<string> {
  const out = new Set<string>();
  for (const phrase of entries) {
    for (const w of phraseTokens(phrase, options)) {
      out.add(w);
      if (startsAccented(w)) out.add(foldFirst(w));
    }
  }
  return out;
}

/** "a:b|c:d" → a Map. */
function pairs(entries: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of entries) {
    const [key, value] = pair.split(':');
    if (key && value) out.set(key, value);
  }
  return out;
}

let firstNames: Set<string> | undefined;

/**
 * Expands a front-coded list (see lexicon/names.ts): each entry is one digit, the number of letters it
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

const cache = new WeakMap<LanguagePack, CompiledPeople>();

/** Compiles a language's people words once; later calls return the same tables. */
export function compilePeople(pack: LanguagePack): CompiledPeople {
  const hit = cache.get(pack);
  if (hit) return hit;
  const lex = pack.people;
  const morphology = pack.morphology;
  const list = (l: string) => expand(l, morphology);
  const set = (l: string, fold = false) => wordSet(list(l), fold);
  firstNames ??= givenNames();
  // Abbreviations whose full stop belongs to the word: every listed word written with a stop.
  const abbreviations = new Set<string>();
  const all = [lex.honorifics, lex.officialTitles, lex.otherTitles, lex.particles].join('|');
  for (const word of all.match(DOTTED_WORD) ?? []) abbreviations.add(word.slice(0, -1));
  for (const h of list(lex.honorifics)) if (h.length <= 4) abbreviations.add(h);
  for (const a of list(lex.abbreviations)) abbreviations.add(a);
  // "then-Rep.": an abbreviated title keeps its stop behind a prefix.
  for (const p of list(lex.titlePrefixes)) for (const a of [...abbreviations]) abbreviations.add(p + a);
  const tokenizeOptions = { abbreviations, elisions: set(morphology.elisions), possessives: list(morphology.possessiveEndings) };
  // A title fused with a prefix is the title ("l'ex-député X").
  const prefixes = list(lex.titlePrefixes);
  const phraseSet = (l: string) => new PhraseSet(phrasesOf(list(l), tokenizeOptions), prefixes);
  const official = phraseSet(lex.officialTitles);
  const other = phraseSet(lex.otherTitles);
  const titleJoiners = set(lex.titleJoiners);
  // Words of titles, less the small words inside them ("of", "and", "de") which say nothing alone.
  const titleWords = official.words();
  for (const w of other.words()) titleWords.add(w);
  for (const w of [...list(lex.roleLinks), ...list(lex.determiners), ...titleJoiners]) titleWords.delete(w);
  const namePrefixes = new Set(NAME_PREFIXES);
  const compiled: CompiledPeople = {
    tokenizeOptions,
    abbreviations,
    honorifics: set(lex.honorifics),
    official,
    other,
    titleWords,
    modifiers: set(lex.titleModifiers),
    links: set(lex.roleLinks),
    determiners: set(lex.determiners),
    nationalityWords: phraseWordSet(list(lex.nationalities), tokenizeOptions),
    placeWords: phraseWordSet(
      list(lex.places).filter((p) => phraseTokens(p, tokenizeOptions).length === 1),
      tokenizeOptions,
    ),
    placePhrases: phraseSet(lex.places),
    orgWords: set(lex.orgWords, true),
    notNames: set(lex.notNames, true),
    particles: phraseSet(lex.particles),
    strongParticles: set(lex.strongParticles),
    particleNeedsFirstName: set(lex.particleNeedsFirstName),
    speechBefore: phraseSet(lex.speechBefore),
    speechAfter: set(lex.speechAfter),
    copulas: phraseSet(lex.copulas),
    relatives: set(lex.relatives),
    verbRoles: pairs(list(lex.verbRoles)),
    among: set(lex.among),
    kin: set(lex.kin, true),
    clauseBreaks: set(lex.clauseBreaks),
    placePrefixes: set(lex.placePrefixes, true),
    bylines: set(lex.bylines),
    personPronouns: set(lex.personPronouns),
    definiteArticles: set(lex.definiteArticles),
    reportAfter: set(lex.reportAfter),
    companyTitles: set(lex.companyTitles),
    companyWords: set(lex.companyWords),
    nicknameCues: phraseSet(lex.nicknameCues),
    voiceOf: phraseSet(lex.voiceOf),
    appointments: set(lex.appointments),
    asCues: phraseSet(lex.asCues),
    asBlockers: set(lex.asBlockers),
    subjectPronouns: set(lex.subjectPronouns),
    officeNouns: pairs(list(lex.officeNouns)),
    pronounGenders: pairs(list(lex.pronounGenders)),
    firstNames,
    titleJoiners,
    listJoiners: set(lex.listJoiners),
    orgNameLinks: set(lex.orgNameLinks),
    officeLinks: set(lex.officeLinks),
    indefiniteArticles: set(lex.indefiniteArticles),
    ageSuffixes: list(lex.ageSuffixes),
    nameSuffixes: set(lex.nameSuffixes),
    namePrefixes,
    namePrefixLengths: [...new Set(NAME_PREFIXES.map((p) => p.length))],
    pluralEndings: list(morphology.pluralEndings),
    titlePrefixes: prefixes,
  };
  cache.set(pack, compiled);
  return compiled;
}

/** The lower-case form used for honorific look-ups: "Mr." → "mr". */
export function bare(lower: string): string {
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}
