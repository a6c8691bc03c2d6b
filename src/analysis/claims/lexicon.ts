// A language's claim words (lexicon/schema.ts ClaimLexicon, in the lexicon notation) compiled once into
// the look-up structures the claims half reads on every word: Sets of words and phrase tables.
import { expand, expandPlain } from '../lexicon/notation';
import { languageProfiles } from '../lexicon/registry';
import { CLAIM_PHRASE_LISTS, type ClaimLexicon, type LanguagePack } from '../lexicon/schema';
import { PhraseSet, WordSet } from '../text/phrases';
import type { SentenceRules } from '../text/sentences';
import { phraseWords } from '../text/tokens';
import { Endings } from './word-classes';

type PhraseList = (typeof CLAIM_PHRASE_LISTS)[number];
/** Fields read as they are written: one ending, or a flag. */
type PlainField = 'adverbEnding' | 'participleEnding' | 'bareParticipleIsAdjective';
/** Lists of endings, asked of a word's end (Endings). */
type EndingField = 'conditionalEndings' | 'infinitiveEndings' | 'verbOnlyEndings';
const ENDING_FIELDS: ReadonlySet<string> = new Set<EndingField>(['conditionalEndings', 'infinitiveEndings', 'verbOnlyEndings']);

export type CompiledClaimLexicon = {
  readonly [K in Exclude<keyof ClaimLexicon, PhraseList | PlainField | EndingField>]: ReadonlySet<string>;
} & {
  readonly [K in EndingField]: Endings;
} & {
  readonly [K in PhraseList]: PhraseSet;
} & Pick<ClaimLexicon, PlainField> & {
    readonly sentenceRules: SentenceRules;
    /** Endings of past participles ("ed", "é") and irregular participles ("seen", "prévu"). */
    readonly participleEndings: readonly string[];
    readonly participleWords: ReadonlySet<string>;
    /** Elided definite articles ("l"), dropped from the front of a source ("L'Insee" → "Insee"). */
    readonly elidedArticles: ReadonlySet<string>;
    /** Endings of a possessive after an apostrophe ("s"), dropped from the end of a source. */
    readonly possessives: readonly string[];
    /** Endings of a plural ("s"): "reports" before a verb is a noun. */
    readonly pluralEndings: Endings;
    /** A number glued to an ordinal ending or an hour mark ("3rd", "2e", "14h30"): no quantity. */
    readonly ordinalOrTime: RegExp;
    // The lists below are consulted only next to a number, so they are built on their first look-up.
    /** Nouns of people ("policier", "homme", "daughter"): "un policier de 32 ans" gives an age. */
    readonly personNouns: WordSet;
    /** Month names of every language recognised: a page's chrome may be in another language than its article. */
    readonly anyMonths: WordSet;
    /** Words for minutes and labels of a reading time, of every language recognised ("4 Min.", "Tempo di lettura"). */
    readonly anyMinuteUnits: WordSet;
    readonly anyReadingTimeLabels: PhraseSet;
    /** Hedges written with a hyphen ("peut-être"), as they read with a space: "peut être levé" is no hedge. */
    readonly hyphenatedHedges: ReadonlySet<string>;
    /** The gender a word shows (genderWords): 1 and -1 for the two, absent when it shows none. */
    readonly genderOf: ReadonlyMap<string, number>;
    /** Descriptions of an office and the office, both as lower-case words (the people half's roleDescriptions). */
    readonly roleDescriptions: readonly RoleDescription[];
    /** Words that make an office a lesser one ("deputy", "adjoint"). */
    readonly subordinateTitles: ReadonlySet<string>;
  };

/** "top diplomat" stands for "secretary of state": words of each, lower case. */
export interface RoleDescription {
  readonly description: readonly string[];
  readonly office: readonly string[];
}

const PHRASE_LISTS: ReadonlySet<string> = new Set(CLAIM_PHRASE_LISTS);
const PLAIN_FIELDS: ReadonlySet<string> = new Set(['adverbEnding', 'participleEnding', 'bareParticipleIsAdjective']);
// Compared as written, not lower-cased ("M." is an abbreviation, "m." may end a sentence).
const CASED_FIELDS: ReadonlySet<string> = new Set(['fixedAbbreviations', 'softAbbreviations']);

const compiled = new WeakMap<LanguagePack, CompiledClaimLexicon>();

/**
 * The look-up structures of a language's claim words, once per pack. Phrase lists and the rare
 * continuation list are indexed on their first look-up (PhraseSet, WordSet).
 */
export function compileClaimLexicon(pack: LanguagePack): CompiledClaimLexicon {
  const cached = compiled.get(pack);
  if (cached) return cached;
  const lex = pack.claims;
  const list = (l: string) => expand(l, pack.morphology);
  // Plain Sets for the lists the hot loops consult on every word: a wrapper's extra call costs more
  // in the interpreted first analysis than the Set does.
  // The lists are lower case but for the abbreviations: lowering a list before it is expanded costs one call, not one per word.
  const lowerSet = (l: string) => new Set(list(l.toLowerCase()));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(lex)) {
    if (PLAIN_FIELDS.has(key)) out[key] = value;
    else if (PHRASE_LISTS.has(key)) {
      const phrases = list((value as string).toLowerCase());
      out[key] = new PhraseSet(() => phrases.map(phraseWords));
    } else if (ENDING_FIELDS.has(key)) out[key] = new Endings(lowerSet(value as string));
    else out[key] = CASED_FIELDS.has(key) ? new Set(list(value as string)) : lowerSet(value as string);
  }
  const participles = list(lex.pastParticiples.toLowerCase());
  const definite = lowerSet(lex.definiteArticles);
  const ordinals = [...list(lex.ordinalSuffixes), ...list(lex.clockSuffixes).map((h) => `${h}\\d*`)];
  // Single-word titles and family words of the people half, and the claims half's age words.
  const people = pack.people;
  const personNouns = new WordSet(() =>
    [people.officialTitles, people.otherTitles, people.kin, lex.ageBefore].flatMap((l) => list(l)).filter((w) => !w.includes(' ')),
  );
  // The dates and reading times of every language recognised, expanded as plain lists.
  const profiles = languageProfiles();
  const everyLanguage = (field: 'months' | 'minuteUnits' | 'readingTimeLabels') =>
    profiles.flatMap((p) => expandPlain(p[field])).map((w) => w.toLowerCase());
  // A literal with the lists spread into it: the object built key by key above is in dictionary mode,
  // and the hot loops read this one's lists on every word.
  const result = {
    ...out,
    sentenceRules: {
      fixedAbbreviations: out.fixedAbbreviations,
      softAbbreviations: out.softAbbreviations,
      sentenceOpeners: out.sentenceOpeners,
      // Only consulted after a quoted question or exclamation: built on that first look-up.
      continuations: new WordSet(() =>
        [lex.subjectPronouns, lex.impersonalPronouns, lex.reportingVerbs, lex.inversionVerbs].flatMap((l) => list(l.toLowerCase())),
      ),
    },
    participleEndings: participles.filter((w) => w.startsWith('-')).map((w) => w.slice(1)),
    participleWords: new Set(participles.filter((w) => !w.startsWith('-'))),
    nonSources: new Set([...lowerSet(lex.nonSources), ...lowerSet(lex.timeUnits), ...lowerSet(lex.months)]),
    elidedArticles: new Set(list(pack.morphology.elisions).filter((e) => definite.has(e))),
    possessives: list(pack.morphology.possessiveEndings),
    pluralEndings: new Endings(list(pack.morphology.pluralEndings)),
    ordinalOrTime: new RegExp(`^\\d+(?:${ordinals.join('|') || '(?!)'})$`),
    personNouns,
    anyMonths: new WordSet(() => everyLanguage('months')),
    anyMinuteUnits: new WordSet(() => everyLanguage('minuteUnits')),
    anyReadingTimeLabels: new PhraseSet(() => everyLanguage('readingTimeLabels').map(phraseWords)),
    hyphenatedHedges: new Set(
      list(lex.hedges.toLowerCase())
        .filter((h) => h.includes('-'))
        .map((h) => h.replaceAll('-', ' ')),
    ),
    roleDescriptions: list(people.roleDescriptions.toLowerCase()).map((pair) => {
      const [description, office] = pair.split(':');
      return { description: phraseWords(description!), office: phraseWords(office ?? '') };
    }),
    subordinateTitles: new Set(list(people.subordinateTitles.toLowerCase())),
    genderOf: new Map(
      list(lex.genderWords.toLowerCase()).map((pair) => {
        const [word, gender] = pair.split(':');
        return [word!, gender === 'f' ? -1 : 1] as const;
      }),
    ),
  } as unknown as CompiledClaimLexicon;
  compiled.set(pack, result);
  return result;
}
