// Cues of attribution in a sentence: which words start a reporting verb, phrase, stance or introducer;
// whether a form is used as a verb; and the source each kind of cue points to.
import { isCapitalised } from '../text/tokens';
import type { CompiledClaimLexicon } from './lexicon';
import { breaksBefore, phraseAfter, type SentenceView, type Subject, subjectOfVerb } from './subject';
import { isEntity } from './word-classes';

// Which phrase lists have a phrase starting with a word, and which verb lists hold it: one look-up per word
// of a sentence instead of one per list. Bits in the order of the lists in cueStartsOf.
export enum CueStart {
  Idiom = 1,
  Hedge = 2,
  Introducer = 4,
  Stance = 8,
  ReportingPhrase = 16,
  QuotingVerb = 32,
  ReportingVerb = 64,
}
const cueStarts = new WeakMap<CompiledClaimLexicon, Map<string, number>>();

export function cueStartsOf(lex: CompiledClaimLexicon): Map<string, number> {
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

export interface Cue {
  first: number;
  last: number;
  kind: 'verb' | 'introducer' | 'incise' | 'stance';
}

/** Whether a reporting form is used as a verb: not a noun after a determiner, not an adjective, not a bare gerund. */
export function isVerbUse(v: SentenceView, i: number): boolean {
  if (i === 0) return true;
  const { lex, text } = v;
  const w = v.words[i]!;
  const prev = v.words[i - 1]!;
  const gap = text.slice(prev.end, w.start);
  const tight = gap === ' ' || gap === "'" || gap === '’' || gap === '\u00A0';
  if (tight && (lex.intensifiers.has(prev.lower) || lex.infinitiveMarkers.has(prev.lower))) return false;
  if (lex.participleEnding && w.lower.endsWith(lex.participleEnding)) {
    if (gap.includes(',') || lex.auxiliaries.has(prev.lower)) return true;
    // "by saying", "by clearly saying": an introducer, past one manner adverb.
    const adverb = i > 1 && prev.lower.length > lex.adverbEnding.length + 3 && prev.lower.endsWith(lex.adverbEnding);
    return lex.participleIntroducers.has((adverb ? v.words[i - 2]! : prev).lower);
  }
  if (isNounBeforeVerb(v, i)) return false;
  if (lex.bareParticipleIsAdjective && isPastParticiple(lex, w.lower) && !hasAuxiliaryBefore(v, i)) {
    // "les aires prévues à cet effet": an adjective, unless an agent follows ("décrié par la société civile").
    const next = v.words[i + 1];
    return next !== undefined && lex.agentPrepositions.has(next.lower) && !breaksBefore(v, i + 1);
  }
  const verbOnly = lex.verbOnlyEndings.matches(w.lower);
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
  if (!next || breaksBefore(v, i + 1) || !lex.pluralEndings.matches(ws[i]!.lower)) return false;
  // The verb after a plural subject has no plural ending: "reports suggest", not "insists claims".
  const plainVerb = !lex.pluralEndings.matches(next.lower) && !(lex.participleEnding && next.lower.endsWith(lex.participleEnding));
  if (lex.reportingVerbs.has(next.lower) && plainVerb) return true;
  const after = ws[i + 2];
  return after !== undefined && isPastParticiple(lex, next.lower) && lex.agentPrepositions.has(after.lower);
}

/** "Pour la ministre, …": an opening introducer counts before a determiner or a name only, not "Pour la deuxième fois". */
export function openingIntroducer(v: SentenceView): number {
  const length = v.lex.openingSourceIntroducers.matchWords(v.text, v.words, 0);
  const next = v.words[length];
  if (length === 0 || !next) return 0;
  const phrase = phraseAfter(v, length, false);
  if (phrase && !isEntity(v, phrase.first, phrase.last)) return 0;
  if (isCapitalised(v.text, next)) return length;
  if (!(v.lex.definiteArticles.has(next.lower) || v.lex.determiners.has(next.lower))) return 0;
  // "Pour la ministre", "Pour le gouvernement", not "Pour la répression", "Pour ce tête-à-tête": someone who can speak.
  return phrase && canSpeak(v, phrase.first, phrase.last) ? length : 0;
}

/** Whether a phrase names someone who can speak: a name, or a noun of people, of a group or of an organisation. */
function canSpeak(v: SentenceView, first: number, last: number): boolean {
  const { lex } = v;
  for (let k = first; k <= last; k++) {
    const w = v.words[k]!;
    if (k > first && isCapitalised(v.text, w)) return true;
    const singular = lex.pluralEndings.matches(w.lower) ? w.lower.slice(0, -1) : w.lower;
    for (const form of [w.lower, singular]) {
      if (lex.personNouns.has(form) || lex.groupHeads.has(form) || lex.organisationHeads.has(form)) return true;
    }
  }
  return false;
}

export function speechRank(v: SentenceView, cue: Cue): number {
  if (cue.kind === 'stance') return 2;
  return cue.kind !== 'verb' || v.lex.inversionVerbs.has(v.words[cue.last]!.lower) ? 0 : 1;
}

/** Whether reported content opens at words[i] ("que", "that"), past a few adverbs. */
export function opensContent(v: SentenceView, i: number): boolean {
  for (let k = i; k < v.words.length && k < i + 3; k++) {
    const w = v.words[k]!.lower;
    if (v.lex.contentOpeners.has(w)) return true;
    if (!(w.endsWith(v.lex.adverbEnding) || v.lex.auxiliaries.has(w))) return false;
  }
  return false;
}

export function subjectOfCue(v: SentenceView, cue: Cue): Subject {
  if (cue.kind === 'stance') return stanceAgent(v, cue.last);
  if (cue.kind === 'introducer') {
    const phrase = phraseAfter(v, cue.last + 1, false);
    if (!phrase) return { kind: 'none' };
    // "selon elle", "according to him": the pronoun's person.
    const w = v.words[phrase.first]!.lower;
    if (phrase.first === phrase.last && (v.lex.subjectPronouns.has(w) || v.lex.genderOf.has(w))) return { kind: 'pronoun', word: w };
    return { kind: 'phrase', phrase };
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
    lex.stanceAgentPrepositions.has(ws[from - 1]!.lower) && !lex.determiners.has(w.lower) && lex.pluralEndings.matches(w.lower);
  return holders || lex.determiners.has(w.lower) || isCapitalised(v.text, w) ? { kind: 'phrase', phrase } : { kind: 'none' };
}
