// Claims: sentences that are attributed, quoted, hedged or carry a figure, each with its cue and source.
// One pass finds each sentence's marks and the phrase naming its source; a second pass, in text order,
// turns phrases into names (people found earlier, fuller forms of outlets, the last speaker for "he said").

import type { LanguagePack } from '../lexicon/schema';
import { isLetterAt, isUpperCode } from '../text/chars';
import { findQuotes, type QuoteRegion } from '../text/quotes';
import { splitBlock, splitBlocks } from '../text/sentences';
import { isCapitalised, isHyphenGap, type Word, wordsIn, wordsWithin } from '../text/tokens';
import type { Claim, ClaimKind, Person, Span } from '../types';
import { type CompiledClaimLexicon, compileClaimLexicon } from './lexicon';
import { findStatistic } from './statistics';
import {
  appositionAfter,
  breaksBefore,
  inciseAt,
  type Phrase,
  phraseAfter,
  type SentenceView,
  type Subject,
  subjectOfVerb,
} from './subject';

/** A single capitalised word ("Reuters", "L'Insee"): an upper-case initial and no space. */
function isCapitalisedToken(s: string): boolean {
  return isUpperCode(s.charCodeAt(0)) && !/\s/.test(s);
}

function isFunctionWord(lex: CompiledClaimLexicon, w: string): boolean {
  return lex.prepositions.has(w) || lex.boundaries.has(w) || lex.auxiliaries.has(w) || lex.finiteVerbs.has(w) || lex.reportingVerbs.has(w);
}

/** Whether a word ends with one of the endings. */
function endsWithAny(endings: Iterable<string>, word: string): boolean {
  for (const e of endings) if (word.endsWith(e)) return true;
  return false;
}

/** What one sentence carries, before sources are turned into names. */
interface SentenceMarks extends Span {
  block: number;
  /** The sentence's words; dropped once its source is named, unless it is a headline with a quotation. */
  view: SentenceView | null;
  attributedCue: string | null;
  hedgeCue: string | null;
  statisticCue: string | null;
  quoteCue: string | null;
  /** A quotation of one or two words, a quote only if the sentence turns out to be attributed. */
  shortQuoteCue: string | null;
  /** Quotation regions (global ids) that this sentence shares words with. */
  regions: number[];
  subject: Subject;
  source: string | null;
  /** The sentence ends with a colon: what follows may be what the source said. */
  introducesList: boolean;
  /** The first quotation of a headline (global region id), else -1. */
  headlineQuote: number;
}

interface Mention extends Span {
  person: Person;
}

// Navigation lines are short; a long line starting with "Read" is prose.
const MAX_NAVIGATION_WORDS = 14;
const MAX_REMEMBERED = 48;
// An incise verb sits a few words after the closing quotation mark.
const MAX_INCISE_LOOKBACK = 24;
// Bounds that keep pronoun resolution linear on pathological input.
const MAX_OPENING_MENTIONS = 12;
const MAX_TITLE_LENGTH = 40;
// A label in quotation marks ("so-called 'smart'", "considéré comme le « maillon faible »") is short.
const MAX_LABEL_WORDS = 3;
// How far back a quotation without its own attribution looks for its speaker.
const SPEAKER_LOOKBACK = 4;

export function findClaims(text: string, people: Person[], pack: LanguagePack): Claim[] {
  const lex = compileClaimLexicon(pack);
  const regions: QuoteRegion[] = [];
  const marks: SentenceMarks[] = [];
  const mentions = people
    .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person })))
    .sort((a, b) => a.start - b.start);
  const namer = new Namer(text, mentions, lex);
  // Sources are named in text order as sentences are marked, so that a sentence's words can go once it
  // is named (holding every word of a long text made its time grow faster than the text).
  const nameSource = sourceNamer(namer);
  const blocks = splitBlocks(text);
  const closers = closingMarks(text);
  let nextCloser = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const firstRegion = regions.length;
    regions.push(...findQuotes(text, block.start, block.end));
    const blockRegions = regions.slice(firstRegion);
    const sentences = splitBlock(text, block.start, block.end, lex.sentenceRules);
    const blockWords = wordsIn(text, block.start, block.end);
    const navigation = isNavigation(text, blockWords, block, lex);
    const headline = sentences.length === 1 && !/[.!?…]["”»’')\]]*$/.test(text.slice(block.start, block.end));
    for (const sentence of sentences) {
      if (navigation) continue;
      while (nextCloser < closers.length && closers[nextCloser]! < sentence.start) nextCloser++;
      const closes = nextCloser < closers.length && closers[nextCloser]! < sentence.end;
      const ws = wordsWithin(blockWords, text, sentence.start, sentence.end);
      const m = markSentence(text, ws, sentence, b, lex, blockRegions, firstRegion, headline, closes);
      nameSource(m);
      // Only a headline's quotation looks at its sentence's words again (nameHeadlineQuotes).
      if (m.headlineQuote < 0) m.view = null;
      marks.push(m);
    }
  }
  shareQuoteSources(marks);
  nameHeadlineQuotes(text, marks, regions, namer);
  return marks.flatMap((m) => toClaim(m));
}

function isNavigation(text: string, blockWords: readonly Word[], block: Span, lex: CompiledClaimLexicon): boolean {
  const ws = wordsWithin(blockWords, text, block.start, Math.min(block.end, block.start + 200));
  if (ws.length === 0) return false;
  // "Lire aussi …", "Article réservé à nos abonnés", "En cliquant sur …": boilerplate of any length.
  if (lex.boilerplate.matchWords(text, ws, 0) > 0) return true;
  return ws.length <= MAX_NAVIGATION_WORDS && lex.navigation.has(ws[0]!.lower);
}

// Which phrase lists have a phrase starting with a word, and which verb lists hold it: one look-up per word
// of a sentence instead of one per list. Bits in the order of the lists in cueStartsOf.
enum CueStart {
  Idiom = 1,
  Hedge = 2,
  Introducer = 4,
  Stance = 8,
  ReportingPhrase = 16,
  QuotingVerb = 32,
  ReportingVerb = 64,
}
const cueStarts = new WeakMap<CompiledClaimLexicon, Map<string, number>>();

function cueStartsOf(lex: CompiledClaimLexicon): Map<string, number> {
  let starts = cueStarts.get(lex);
  if (!starts) {
    const found = new Map<string, number>();
    [
      lex.hedgeIdioms.firstWords(),
      lex.hedges.firstWords(),
      lex.sourceIntroducers.firstWords(),
      lex.stancePhrases.firstWords(),
      lex.reportingPhrases.firstWords(),
      lex.quotingVerbs,
      lex.reportingVerbs,
    ].forEach((words, k) => {
      for (const word of words) found.set(word, (found.get(word) ?? 0) | (1 << k));
    });
    cueStarts.set(lex, found);
    starts = found;
  }
  return starts;
}

interface Cue {
  first: number;
  last: number;
  kind: 'verb' | 'introducer' | 'incise' | 'stance';
}

function markSentence(
  text: string,
  ws: Word[],
  sentence: Span,
  block: number,
  lex: CompiledClaimLexicon,
  blockRegions: readonly QuoteRegion[],
  regionOffset: number,
  headline: boolean,
  /** The sentence holds a closing quotation mark (else no word of it follows one). */
  closes: boolean,
): SentenceMarks {
  const view: SentenceView = { text, words: ws, lex };
  const touching: number[] = [];
  for (let r = 0; r < blockRegions.length; r++) {
    const q = blockRegions[r]!;
    if (q.start + 1 < sentence.end && q.end - 1 > sentence.start && q.words > 0) touching.push(r);
  }

  // Words of hedges and idioms, made only when the sentence has one (most have none).
  let consumed: Uint8Array | undefined;
  let hedgeCue: string | null = null;
  const cues: Cue[] = [];
  const starts = cueStartsOf(lex);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const midCapital = i > 0 && isCapitalised(text, w);
    const startsCue = starts.get(w.lower) ?? 0;
    const idiom = midCapital || (startsCue & CueStart.Idiom) === 0 ? 0 : lex.hedgeIdioms.matchWords(text, ws, i);
    if (idiom > 0) {
      (consumed ??= new Uint8Array(ws.length)).fill(1, i, i + idiom);
      i += idiom - 1;
      continue;
    }
    // Headlines capitalise every word: "The Basis Behind the Alleged Grudge" (but "in May" is a month).
    const hedge =
      (startsCue & CueStart.Hedge) === 0 || (midCapital && !(headline && !lex.months.has(w.lower)))
        ? 0
        : lex.hedges.matchWords(text, ws, i);
    if (hedge > 0) {
      hedgeCue ??= text.slice(w.start, ws[i + hedge - 1]!.end);
      (consumed ??= new Uint8Array(ws.length)).fill(1, i, i + hedge);
    }
    // A hedge may report too ("suggested that", "a laissé entendre"): it is still looked up as a cue.
    const skip = Math.max(1, hedge) - 1;
    if (midCapital || inQuote(w, touching, blockRegions)) {
      i += skip;
      continue;
    }
    const intro =
      ((startsCue & CueStart.Introducer) !== 0 ? lex.sourceIntroducers.matchWords(text, ws, i) : 0) ||
      (i === 0 ? openingIntroducer(view) : 0);
    if (intro > 0) {
      cues.push({ first: i, last: i + intro - 1, kind: 'introducer' });
      i += Math.max(intro, hedge) - 1;
      continue;
    }
    const stance = (startsCue & CueStart.Stance) !== 0 ? lex.stancePhrases.matchWords(text, ws, i) : 0;
    if (stance > 0) {
      cues.push({ first: i, last: i + stance - 1, kind: 'stance' });
      i += Math.max(stance, hedge) - 1;
      continue;
    }
    const phrase = (startsCue & CueStart.ReportingPhrase) !== 0 ? lex.reportingPhrases.matchWords(text, ws, i) : 0;
    if (phrase > 0) {
      cues.push({ first: i, last: i + phrase - 1, kind: 'verb' });
      i += Math.max(phrase, hedge) - 1;
      continue;
    }
    // "called the plan “reckless”", not "so-called “metadata”".
    const quoting =
      (startsCue & CueStart.QuotingVerb) !== 0 &&
      !(i > 0 && isHyphenGap(text, ws[i - 1]!.end, w.start)) &&
      touching.some((r) => blockRegions[r]!.start >= w.end);
    if ((quoting || (startsCue & CueStart.ReportingVerb) !== 0) && isVerbUse(view, i)) cues.push({ first: i, last: i, kind: 'verb' });
    else if (hedge === 0 && inciseAt(view, i, closes && closesQuoteBefore(text, sentence.start, w.start))) {
      cues.push({ first: i, last: i, kind: 'incise' });
    }
    i += skip;
  }
  hedgeCue ??= scheduleHedge(view);
  hedgeCue ??= conditionalHedge(view, cues, consumed);
  hedgeCue ??= ifHedge(view);
  const lastWord = ws[ws.length - 1];
  if (
    !hedgeCue &&
    lastWord &&
    !inQuote(lastWord, touching, blockRegions) &&
    /\?[\s"”»’')\]]*$/.test(text.slice(lastWord.end, sentence.end))
  ) {
    hedgeCue = invertedQuestion(view, consumed);
  }

  let subject: Subject = { kind: 'none' };
  let cue: Cue | undefined;
  let fallback: Cue | undefined;
  // Words of speech ("said", "selon") name the source more surely than stances ("favored", "a blâmé").
  const speechFirst = cues.length > 1 ? [...cues].sort((a, b) => speechRank(view, a) - speechRank(view, b)) : cues;
  for (const c of speechFirst) {
    const found = subjectOfCue(view, c);
    // "ayant été condamnées": nobody reports anything; but "il a été observé que …" reports a finding.
    if (found.kind === 'passive' && !opensContent(view, c.last + 1)) continue;
    fallback ??= c;
    if (found.kind === 'phrase') {
      subject = found;
      cue = c;
      break;
    }
    if ((found.kind === 'pronoun' || found.kind === 'clause') && subject.kind === 'none') {
      subject = found;
      cue = c;
    }
  }
  cue ??= cues.find((c) => c === fallback);
  const attributedCue = cue ? text.slice(ws[cue.first]!.start, ws[cue.last]!.end) : null;
  // Nicknames and labels ("so-called 'G40'", "surnommé « le Bulldozer »") are nobody's words.
  // So are offences ("mis en examen pour « détournement … »") and one word tagged on a noun ("député « constructif » a …").
  // (Most sentences touch no quotation: no new arrays for them.)
  const spoken =
    touching.length === 0
      ? touching
      : touching.filter((r) => {
          const q = blockRegions[r]!;
          return (
            !isCharge(view, q.start) && !(q.words === 1 && isTag(view, q)) && (q.words > MAX_LABEL_WORDS || !isLabelled(view, q.start))
          );
        });
  // Headlines capitalise every word, so there a quotation of two words is someone's words too.
  const long =
    spoken.length === 0
      ? spoken
      : spoken.filter((r) => {
          const q = blockRegions[r]!;
          return q.words >= 3 || (headline && q.words === 2 && !afterDeterminer(view, q.start));
        });
  // Words in quotation marks are someone's words when there are several, or when the sentence says who spoke.
  const quoted = long.length || attributedCue === null ? long : spoken;
  const short = spoken.length > 0 && long.length === 0;
  const mark = (r: number) => text.slice(blockRegions[r]!.start, blockRegions[r]!.start + 1);
  // "Leader and wife 'insisting he finishes his term'": a headline quotation standing for the verb is reported speech.
  const spokenHeadline = headline && attributedCue === null && quoted.length > 0 && isPredicateQuote(view, blockRegions[quoted[0]!]!.start);
  const last = text[sentence.end - 1];
  return {
    start: sentence.start,
    end: sentence.end,
    block,
    view,
    attributedCue: spokenHeadline ? mark(quoted[0]!) : attributedCue,
    hedgeCue,
    statisticCue: findStatistic(text, ws, lex),
    quoteCue: quoted.length ? mark(quoted[0]!) : null,
    shortQuoteCue: short ? mark(spoken[0]!) : null,
    regions: quoted.length === 0 ? quoted : quoted.map((r) => r + regionOffset),
    subject,
    source: null,
    introducesList: last === ':' && attributedCue !== null,
    headlineQuote: headline && quoted.length > 0 ? regionOffset + quoted[0]! : -1,
  };
}

/** Whether a word lies inside one of the quotation regions the sentence touches (a loop: this runs for every word). */
function inQuote(w: Word, touching: readonly number[], regions: readonly QuoteRegion[]): boolean {
  for (let k = 0; k < touching.length; k++) {
    const q = regions[touching[k]!]!;
    if (q.start < w.start && w.end <= q.end) return true;
  }
  return false;
}

/** The index of the last word of the sentence that ends at or before an offset, or -1. */
function lastWordBefore(v: SentenceView, at: number): number {
  // Binary search: a sentence may hold many quotations.
  let lo = 0;
  let hi = v.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.words[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** "Les « boîtes noires »", "his 'biggest frustration'": a short quotation after a determiner names a thing. */
function afterDeterminer(v: SentenceView, at: number): boolean {
  const j = lastWordBefore(v, at);
  return j >= 0 && v.lex.determiners.has(v.words[j]!.lower) && !v.lex.prepositions.has(v.words[j]!.lower);
}

/** Whether the words just before a quotation introduce a label ("so-called", "dubbed", "surnommé"). */
function isLabelled(v: SentenceView, at: number): boolean {
  const j = lastWordBefore(v, at);
  for (let k = j; k >= 0 && k > j - 4; k--) if (v.lex.labelIntroducers.matchWords(v.text, v.words, k) === j - k + 1) return true;
  return false;
}

/** "charged with 'obstruction'", "une enquête pour « soustraction de documents »": the quotation names an offence. */
function isCharge(v: SentenceView, at: number): boolean {
  const j = lastWordBefore(v, at);
  if (j < 1 || !v.lex.chargeLinks.has(v.words[j]!.lower)) return false;
  for (let k = j - 1; k >= 0 && k > j - 6; k--) if (v.lex.chargeWords.matchWords(v.text, v.words, k) > 0) return true;
  return false;
}

/** "le député « constructif » a voté": one quoted word right after a noun and its determiner, the sentence going on, is a tag. */
function isTag(v: SentenceView, q: QuoteRegion): boolean {
  const { words: ws, lex, text } = v;
  const j = lastWordBefore(v, q.start);
  const prev = ws[j];
  const next = ws[lastWordBefore(v, q.end) + 1];
  if (!prev || !next || text.slice(prev.end, q.start).trim() !== '' || !/^\s*$/.test(text.slice(q.end, next.start))) return false;
  const det = ws[j - 1];
  const noun = det && lex.determiners.has(det.lower) && !lex.determiners.has(prev.lower);
  return !!noun && !(isFunctionWord(lex, prev.lower) || isCapitalised(text, prev));
}

/**
 * Whether a headline quotation follows a bare subject ("Leader and wife 'insisting …'", "Le ministre : « … »"),
 * not a verb of the writer's own ("Trump to Consider 'Many Names'").
 */
function isPredicateQuote(v: SentenceView, at: number): boolean {
  const { words: ws, lex, text } = v;
  const j = lastWordBefore(v, at);
  if (j < 0) return false;
  const colonBefore = (k: number) => text.slice(ws[k - 1]!.end, ws[k]!.start).includes(':');
  // The subject starts after a colon; in "Le ministre : « … »" it is the words before the colon.
  let start = j;
  while (start > 0 && !colonBefore(start)) start--;
  for (let k = start; k <= j; k++) {
    const w = ws[k]!.lower;
    if (lex.finiteVerbs.has(w) || lex.infinitiveMarkers.has(w) || lex.reportingVerbs.has(w) || lex.prepositions.has(w)) {
      return false;
    }
  }
  return j - start < 6;
}

/** Whether a reporting form is used as a verb: not a noun after a determiner, not an adjective, not a bare gerund. */
function isVerbUse(v: SentenceView, i: number): boolean {
  if (i === 0) return true;
  const { lex, text } = v;
  const w = v.words[i]!;
  const prev = v.words[i - 1]!;
  const gap = text.slice(prev.end, w.start);
  const tight = gap === ' ' || gap === "'" || gap === '’' || gap === '\u00A0';
  if (tight && (lex.intensifiers.has(prev.lower) || lex.infinitiveMarkers.has(prev.lower))) return false;
  if (lex.participleEnding && w.lower.endsWith(lex.participleEnding)) {
    return gap.includes(',') || lex.auxiliaries.has(prev.lower) || lex.participleIntroducers.has(prev.lower);
  }
  if (isNounBeforeVerb(v, i)) return false;
  if (lex.bareParticipleIsAdjective && isPastParticiple(lex, w.lower) && !hasAuxiliaryBefore(v, i)) {
    // "les aires prévues à cet effet": an adjective, unless an agent follows ("décrié par la société civile").
    const next = v.words[i + 1];
    return next !== undefined && lex.agentPrepositions.has(next.lower) && !breaksBefore(v, i + 1);
  }
  const verbOnly = endsWithAny(lex.verbOnlyEndings, w.lower);
  // A form that is also a noun, right after an article or a preposition, is the noun ("une alerte",
  // "lanceurs d'alerte", "in reports").
  return !(tight && !verbOnly && (lex.determiners.has(prev.lower) || lex.prepositions.has(prev.lower)));
}

function isPastParticiple(lex: CompiledClaimLexicon, word: string): boolean {
  return lex.participleWords.has(word) || lex.participleEndings.some((e) => word.length > e.length + 2 && word.endsWith(e));
}

/** Whether an auxiliary or a subject pronoun comes before words[i], past adverbs and clitics ("a fortement critiqué"). */
function hasAuxiliaryBefore(v: SentenceView, i: number): boolean {
  const { lex } = v;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (breaksBefore(v, k + 1)) return true; // ", critiqué par …" or a sentence start: an incise or a verb
    const w = v.words[k]!.lower;
    if (lex.finiteVerbs.has(w) || lex.passiveMarkers.has(w) || lex.subjectPronouns.has(w) || lex.impersonalPronouns.has(w)) return true;
    if (!(lex.auxiliaries.has(w) || (w.length > lex.adverbEnding.length + 3 && w.endsWith(lex.adverbEnding)))) return false;
  }
  return false;
}

/**
 * "Intelligence reports seen by Reuters suggest", "Police reports say": a form of a reporting verb that is
 * followed by a participle and its agent, or by another reporting verb, is a plural noun.
 */
function isNounBeforeVerb(v: SentenceView, i: number): boolean {
  const { words: ws, lex } = v;
  const next = ws[i + 1];
  if (!next || breaksBefore(v, i + 1) || !endsWithAny(lex.pluralEndings, ws[i]!.lower)) return false;
  // The verb after a plural subject has no plural ending: "reports suggest", not "insists claims".
  const plainVerb = !endsWithAny(lex.pluralEndings, next.lower) && !(lex.participleEnding && next.lower.endsWith(lex.participleEnding));
  if (lex.reportingVerbs.has(next.lower) && plainVerb) return true;
  const after = ws[i + 2];
  return after !== undefined && isPastParticiple(lex, next.lower) && lex.agentPrepositions.has(after.lower);
}

/** Offsets of the marks closesQuoteBefore looks for, in order: found natively once rather than per word. */
function closingMarks(text: string): number[] {
  const out: number[] = [];
  for (const mark of '»”"') for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) out.push(i);
  return out.sort((a, b) => a - b);
}

/** Whether a quotation closes between the sentence start and an offset (a cheap look at the marks). */
function closesQuoteBefore(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from && i >= to - MAX_INCISE_LOOKBACK; i--) {
    const c = text[i];
    if (c === '»' || c === '”' || c === '"') return true;
  }
  return false;
}

/** Whether words[first..last] may name a source: no time, ordinal, year or example ("la deuxième fois", "2011"). */
function isEntity(v: SentenceView, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = v.words[k]!.lower;
    const timeWord = v.lex.nonSources.has(w) && !isCapitalised(v.text, v.words[k]!);
    if (timeWord || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) return false;
  }
  return true;
}

/** "Pour la ministre, …": an opening introducer counts before a determiner or a name only, not "Pour la deuxième fois". */
function openingIntroducer(v: SentenceView): number {
  const length = v.lex.openingSourceIntroducers.matchWords(v.text, v.words, 0);
  const next = v.words[length];
  if (length === 0 || !next) return 0;
  const phrase = phraseAfter(v, length, false);
  if (phrase && !isEntity(v, phrase.first, phrase.last)) return 0;
  return v.lex.definiteArticles.has(next.lower) || v.lex.determiners.has(next.lower) || isCapitalised(v.text, next) ? length : 0;
}

function speechRank(v: SentenceView, cue: Cue): number {
  if (cue.kind === 'stance') return 2;
  return cue.kind !== 'verb' || v.lex.inversionVerbs.has(v.words[cue.last]!.lower) ? 0 : 1;
}

/**
 * "If she maintains her lead, she'll become …", "Si la croissance ralentit, le déficit sera …": a condition
 * opening the sentence and a future in its main clause make a prediction.
 */
function ifHedge(v: SentenceView): string | null {
  const { words: ws, lex, text } = v;
  const opener = ws[0];
  if (!opener || !lex.complementizers.has(opener.lower) || lex.contentOpeners.has(opener.lower)) return null;
  let mainClause = false;
  for (let i = 1; i < ws.length; i++) {
    if (text.slice(ws[i - 1]!.end, ws[i]!.start).includes(',')) mainClause = true;
    const w = ws[i]!.lower;
    if (mainClause && lex.futureMarkers.has(w) && !lex.determiners.has(ws[i - 1]!.lower)) return text.slice(opener.start, opener.end);
  }
  return null;
}

/** "Est-ce un moyen de … ?", "… donnera-t-il des arguments … ?": a question of the writer's, an uncertainty. */
function invertedQuestion(v: SentenceView, consumed: Uint8Array | undefined): string | null {
  const { words: ws, lex, text } = v;
  // "Faut-il …?" (an idiom) asks only to argue.
  for (let i = 1; i < ws.length; i++) {
    if (consumed?.[i]) continue;
    const w = ws[i]!.lower;
    const pronoun = lex.subjectPronouns.has(w) || lex.impersonalPronouns.has(w);
    if (pronoun && isHyphenGap(text, ws[i - 1]!.end, ws[i]!.start)) return '?';
  }
  return null;
}

/** Whether reported content opens at words[i] ("que", "that"), past a few adverbs. */
function opensContent(v: SentenceView, i: number): boolean {
  for (let k = i; k < v.words.length && k < i + 3; k++) {
    const w = v.words[k]!.lower;
    if (v.lex.contentOpeners.has(w)) return true;
    if (!(w.endsWith(v.lex.adverbEnding) || v.lex.auxiliaries.has(w))) return false;
  }
  return false;
}

function subjectOfCue(v: SentenceView, cue: Cue): Subject {
  if (cue.kind === 'stance') return stanceAgent(v, cue.last);
  if (cue.kind === 'introducer') {
    const phrase = phraseAfter(v, cue.last + 1, false);
    return phrase ? { kind: 'phrase', phrase } : { kind: 'none' };
  }
  const head = v.words[cue.last]!.lower;
  return subjectOfVerb(v, cue.first, cue.last, cue.kind === 'incise' || v.lex.inversionVerbs.has(head));
}

/**
 * "seen by many as", "a suscité la colère des élus", "regarded by Western diplomats as": the agent right after
 * a stance of others, when the text names one; otherwise the stance has no source.
 */
function stanceAgent(v: SentenceView, last: number): Subject {
  const { words: ws, lex } = v;
  const lastWord = ws[last]!.lower;
  let from = last + 1;
  if (!(lex.agentPrepositions.has(lastWord) || lex.stanceAgentPrepositions.has(lastWord))) {
    const next = ws[from];
    if (!next || breaksBefore(v, from)) return { kind: 'none' };
    // "of the members", "de la ministre", "inquiète à Bruxelles"; "des élus" keeps its article.
    if (lex.agentPrepositions.has(next.lower) || lex.agentLinks.has(next.lower) || lex.stanceAgentPrepositions.has(next.lower)) from++;
    else if (!lex.partitiveArticles.has(next.lower)) return { kind: 'none' };
  }
  const phrase = phraseAfter(v, from, false);
  if (!phrase) return { kind: 'none' };
  const w = ws[phrase.first]!;
  // "opposition from locals", "a perception among followers": a bare plural names the holders too.
  const holders =
    lex.stanceAgentPrepositions.has(ws[from - 1]!.lower) && !lex.determiners.has(w.lower) && endsWithAny(lex.pluralEndings, w.lower);
  return holders || lex.determiners.has(w.lower) || isCapitalised(v.text, w) ? { kind: 'phrase', phrase } : { kind: 'none' };
}

/**
 * "Le Premier ministre doit se rendre vendredi à Lyon": a scheduled event is a forecast. "devoir" before an
 * infinitive counts when the sentence names a coming time, which tells it from an obligation.
 */
function scheduleHedge(v: SentenceView): string | null {
  const { words: ws, lex, text } = v;
  if (lex.scheduleVerbs.size === 0 || !ws.some((x) => lex.scheduleWords.has(x.lower))) return null;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!lex.scheduleVerbs.has(w.lower)) continue;
    const prev = ws[i - 1]?.lower;
    if (prev !== undefined && lex.negations.has(prev)) continue; // "ne doit pas": an obligation
    let k = i + 1;
    // Clitics and adverbs between the verb and its infinitive: "doit se rendre", "devra aussi y revenir".
    while (k < ws.length && k < i + 4 && (lex.auxiliaries.has(ws[k]!.lower) || ws[k]!.lower.endsWith(lex.adverbEnding))) k++;
    const inf = ws[k];
    if (inf && inf.lower.length > 3 && endsWithAny(lex.infinitiveEndings, inf.lower)) return text.slice(w.start, w.end);
  }
  return null;
}

/** The French journalistic conditional ("aurait", "permettrait"), unless it only follows reported speech. */
function conditionalHedge(v: SentenceView, cues: readonly Cue[], consumed: Uint8Array | undefined): string | null {
  const { words: ws, lex, text } = v;
  if (lex.conditionalEndings.size === 0) return null;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (consumed?.[i] || w.lower.length < 6 || lex.conditionalExceptions.has(w.lower)) continue;
    if (!endsWithAny(lex.conditionalEndings, w.lower)) continue;
    // "a annoncé qu'il saisirait": the conditional of reported speech is no hedge.
    const reported = cues.some((c) => c.kind === 'verb' && c.last < i && hasComplementizer(v, c.last + 1, i));
    if (!reported) return text.slice(w.start, w.end);
  }
  return null;
}

function hasComplementizer(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.lex.complementizers.has(v.words[k]!.lower)) return true;
  return false;
}

/** Turns source phrases into names: people, fuller forms of outlets, the last named speaker. */
class Namer {
  private readonly earlier: string[] = [];
  private readonly names: ReadonlySet<string>;
  private readonly people: readonly Person[];
  private readonly byRoleWord = new Map<string, readonly Person[]>();
  /** Organisations named so far, the latest last (bounded like the sources). */
  private readonly organisations: string[] = [];

  constructor(
    private readonly text: string,
    private readonly mentions: readonly Mention[],
    private readonly lex: CompiledClaimLexicon,
  ) {
    this.people = [...new Set(mentions.map((m) => m.person))];
    this.names = new Set(this.people.map((p) => p.name));
  }

  isPersonal(pronoun: string): boolean {
    return this.lex.personalPronouns.has(pronoun);
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
      if (this.isTitle(before) && !/^['’]s\b/.test(this.text.slice(m.end, m.end + 3))) return m.person.name;
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
      // "la Commission européenne": one adjective after the head (not a verb: "la Commission publie ses chiffres").
      const adj = ws[last + 1];
      const then = ws[last + 2];
      const verb = !adj || isFunctionWord(lex, adj.lower) || (then && lex.determiners.has(then.lower) && !breaksBefore(v, last + 2));
      if (named && !verb && !breaksBefore(v, last + 1) && !isCapitalised(text, adj) && adj.lower.length > 4) last++;
      const start = lex.definiteArticles.has(ws[i]!.lower) && last > i ? ws[i + 1]!.start : ws[i]!.start;
      if (named) found.push({ name: text.slice(start, ws[last]!.end), first: i });
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
    const described = ws.slice(first, phrase.last + 1).every((w) => !isCapitalised(this.text, w));
    if (apposed && described) {
      const named = this.personIn(ws[apposed.first]!.start, ws[apposed.last]!.end);
      return named ? named.name : this.text.slice(ws[apposed.first]!.start, ws[apposed.last]!.end);
    }
    const literal = cleanSource(this.text.slice(start, end), this.lex);
    if (described) return this.resolveDescription(ws.slice(first, phrase.last + 1), start) ?? literal;
    if (first === phrase.last) return this.fullerForm(ws[first]!.lower) ?? literal;
    return literal;
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
    const head = desc.find((w) => w.lower.length > 3 && !this.lex.determiners.has(w.lower));
    if (!head) return null;
    let best: { person: Person; at: number } | null = null;
    for (const person of this.peopleWithRole(head.lower)) {
      const at = lastMentionBefore(person, before);
      if (at >= 0 && (!best || at > best.at)) best = { person, at };
    }
    if (best) return best.person.name;
    // "l'institution communautaire", "the company": the organisation last named.
    const fuller = this.fullerForm(head.lower);
    return fuller ?? (this.lex.organisationHeads.has(head.lower) ? this.organisation(head.lower) : null);
  }

  /** People whose stated role contains the word, found once per word. */
  private peopleWithRole(word: string): readonly Person[] {
    let found = this.byRoleWord.get(word);
    if (!found) {
      found = this.people.filter((p) => p.role !== null && containsWord(p.role.toLowerCase(), word));
      this.byRoleWord.set(word, found);
    }
    return found;
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

/** Names each sentence's source, given the sentences in text order; "he said" takes the last named speaker. */
function sourceNamer(namer: Namer): (m: SentenceMarks) => void {
  let lastSpeaker: string | null = null;
  let list: { source: string | null; block: number } | null = null;
  let lastPerson: string | null = null;
  let previousOpener: string | null = null;
  let previousOrganisation: string | null = null;
  return (m) => {
    const view = m.view!;
    const subject = m.subject;
    namer.recentOrganisation = previousOrganisation;
    if (subject.kind === 'phrase') m.source = namer.name(view, subject.phrase);
    else if (subject.kind === 'pronoun') {
      // "he"/"she" stand for a person: the first one named earlier in the sentence, else the last person who spoke.
      // In an incise after a quotation ("», a-t-il ajouté") the names inside the quotation are not the speaker.
      const at = pronounAt(m);
      const incise = closesQuoteBefore(view.text, m.start, at);
      const personal = namer.isPersonal(subject.word);
      const opener = personal && !incise ? (namer.openingPerson(m.start, at, view.words) ?? previousOpener) : null;
      // "La Commission … Elle table sur …", "The company … It expects …": the organisation just named.
      const organisation = namer.isOrganisationPronoun(subject.word) && !incise && !opener ? previousOrganisation : null;
      const speaker = incise && lastSpeaker && namer.isPersonName(lastSpeaker) ? lastSpeaker : null;
      m.source = opener ?? organisation ?? speaker ?? (personal ? (previousOpener ?? lastPerson) : null) ?? lastSpeaker;
    } else if (subject.kind === 'clause') m.source = namer.openingPerson(m.start, m.end, view.words) ?? lastSpeaker;
    // Lines after "President Obama also said:" are what he said, until a line ends like prose.
    if (list && m.block === list.block + 1 && !/[.!?]["”»’]?$/.test(view.text.slice(m.start, m.end))) {
      m.attributedCue ??= ':';
      m.source ??= list.source;
      m.quoteCue ??= m.shortQuoteCue;
      list.block = m.block;
    } else list = null;
    if (m.introducesList) list = { source: m.source, block: m.block };
    // "La ministre, Claire Vautrin, s'est rendue sur place. Elle a salué …": "elle" is the person just named.
    previousOpener = namer.openingPerson(m.start, m.end, view.words);
    const organisations = namer.organisationsIn(view);
    for (const o of organisations) namer.rememberOrganisation(o.name);
    const opening = organisations[0] && organisations[0].first <= 1 ? organisations[0].name : null;
    // A one-word source that is no person is an organisation too ("L'Insee prévoit …").
    const single = m.source && !namer.isPersonName(m.source) && isCapitalisedToken(m.source) ? m.source : null;
    previousOrganisation = opening ?? single;
    if (m.source && previousOrganisation === m.source) namer.rememberOrganisation(m.source);
    if (m.source) {
      lastSpeaker = m.source;
      if (namer.isPersonName(m.source)) lastPerson = m.source;
      namer.remember(m.source);
    }
  };
}

/** A quotation over several sentences has one speaker; a lone quotation takes the nearest speaker. */
function shareQuoteSources(marks: SentenceMarks[]): void {
  const regionSource = new Map<number, string>();
  for (const m of marks) {
    if (!m.source) continue;
    for (const r of m.regions) if (!regionSource.has(r)) regionSource.set(r, m.source);
  }
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    if (m.source || !m.quoteCue || m.headlineQuote >= 0) continue;
    for (const r of m.regions) {
      const s = regionSource.get(r);
      if (s) {
        m.source = s;
        break;
      }
    }
    if (m.source) continue;
    m.source = nearestSpeaker(marks, i);
  }
}

// Bounds that keep the search for a headline's quotation in the body linear.
const MAX_HEADLINE_QUOTES = 8;
const HEADLINE_QUOTE_REACH = 20000;

/**
 * A headline quotation is usually repeated in the body, where its speaker is named: that sentence's source.
 * Otherwise the person the headline opens with, if any.
 */
function nameHeadlineQuotes(text: string, marks: SentenceMarks[], regions: readonly QuoteRegion[], namer: Namer): void {
  let done = 0;
  for (let i = 0; i < marks.length && done < MAX_HEADLINE_QUOTES; i++) {
    const m = marks[i]!;
    if (m.headlineQuote < 0 || m.source) continue;
    done++;
    const q = regions[m.headlineQuote]!;
    const inner = text
      .slice(q.start + 1, q.end - 1)
      .trim()
      .toLowerCase()
      .replace(/[.,!?;:…]+$/, '');
    for (let k = i + 1; k < marks.length && inner.length > 0; k++) {
      const later = marks[k]!;
      if (later.start - m.end > HEADLINE_QUOTE_REACH) break;
      if (later.source && text.slice(later.start, later.end).toLowerCase().includes(inner)) {
        m.source = later.source;
        break;
      }
    }
    m.source ??= namer.openingPerson(m.start, q.start, m.view!.words);
  }
}

function nearestSpeaker(marks: readonly SentenceMarks[], i: number): string | null {
  const m = marks[i]!;
  for (let k = i - 1; k >= 0 && k >= i - SPEAKER_LOOKBACK; k--) {
    const p = marks[k]!;
    if (p.block !== m.block) break;
    if (p.source) return p.source;
  }
  for (let k = i + 1; k < marks.length && k <= i + SPEAKER_LOOKBACK; k++) {
    const n = marks[k]!;
    if (n.block !== m.block) break;
    if (n.source && n.attributedCue) return n.source;
  }
  for (let k = i - 1; k >= 0 && k >= i - SPEAKER_LOOKBACK; k--) {
    const p = marks[k]!;
    if (p.block < m.block - 2) break;
    if (p.source) return p.source;
  }
  return null;
}

/** Where the pronoun subject sits: the sentence's own words are searched only before it. */
function pronounAt(m: SentenceMarks): number {
  const subject = m.subject;
  if (subject.kind !== 'pronoun') return m.start;
  const w = m.view!.words.find((x) => x.lower === subject.word);
  return w ? w.start : m.start;
}

function toClaim(m: SentenceMarks): Claim[] {
  const kinds: ClaimKind[] = [];
  if (m.attributedCue) kinds.push('attributed');
  if (m.quoteCue) kinds.push('quote');
  if (m.hedgeCue) kinds.push('hedged');
  if (m.statisticCue) kinds.push('statistic');
  if (kinds.length === 0) return [];
  const cue = m.attributedCue === ':' ? null : (m.attributedCue ?? m.hedgeCue ?? m.statisticCue ?? m.quoteCue);
  return [{ start: m.start, end: m.end, kinds, source: m.attributedCue || m.quoteCue ? m.source : null, cue }];
}
