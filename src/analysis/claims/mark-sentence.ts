// What one sentence carries: its cues of attribution, hedge, figure and quotations, and the phrase that
// names its source, before sources are turned into names.
import type { QuoteRegion } from '../text/quotes';
import { isCapitalised, isHyphenGap, type Word } from '../text/tokens';
import type { Span } from '../types';
import { type Cue, CueStart, cueStartsOf, isVerbUse, openingIntroducer, opensContent, speechRank, subjectOfCue } from './cues';
import { conditionalHedge, ifHedge, invertedQuestion, scheduleHedge } from './hedges';
import type { CompiledClaimLexicon } from './lexicon';
import { afterDeterminer, closesQuoteBefore, inQuote, isCharge, isLabelled, isPredicateQuote, isTag } from './quotations';
import { findStatistic } from './statistics';
import { inciseAt, type SentenceView, type Subject } from './subject';

/** What one sentence carries, before sources are turned into names. */
export interface SentenceMarks extends Span {
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
  /** The sentence opens inside a quotation, or with one. */
  opensInQuote: boolean;
}
// A label in quotation marks ("so-called 'smart'", "considéré comme le « maillon faible »") is short.
const MAX_LABEL_WORDS = 3;

export function markSentence(
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
    let hedge =
      (startsCue & CueStart.Hedge) === 0 || (midCapital && !(headline && !lex.months.has(w.lower)))
        ? 0
        : lex.hedges.matchWords(text, ws, i);
    if (hedge > 1 && lex.hyphenatedHedges.has(text.slice(w.start, ws[i + hedge - 1]!.end).toLowerCase())) hedge = 0;
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
    let intro = (startsCue & CueStart.Introducer) !== 0 ? lex.sourceIntroducers.matchWords(text, ws, i) : 0;
    // "En fin d'après-midi": an introducer glued to the next word is part of another word.
    if (intro > 0 && i + intro < ws.length && isHyphenGap(text, ws[i + intro - 1]!.end, ws[i + intro]!.start)) intro = 0;
    intro ||= i === 0 ? openingIntroducer(view) : 0;
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
    opensInQuote: ws.length > 0 && (inQuote(ws[0]!, touching, blockRegions) || /^\s*[«“"‘]/.test(text.slice(sentence.start, ws[0]!.start))),
  };
}
