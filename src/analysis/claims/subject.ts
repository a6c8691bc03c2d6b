// Who said it: finds the phrase naming the source of a reporting cue inside one sentence.
//   "X said", "X, qui …, a déclaré", "…, a rapporté jeudi le Wall Street Journal", "dit-il",
//   "selon X", "according to X", "criticized by X".
// Only word positions are returned here; find-claims.ts turns them into names (people, earlier sources).

import { isUpperAt } from '../text/chars';
import { isHyphenGap, type Word } from '../text/tokens';
import type { CompiledClaimLexicon } from './lexicon';
import { isFunctionWord } from './word-classes';

/** A run of words words[first..last] of the sentence. */
export interface Phrase {
  first: number;
  last: number;
}

/**
 * phrase: words naming the source; pronoun: "he said", the last named speaker; clause: a participle
 * ("…, accusing Iran") whose source is the subject of the main clause; passive: a passive with no agent,
 * which reports nothing; none: no source found.
 */
export type Subject =
  | { kind: 'phrase'; phrase: Phrase }
  | { kind: 'pronoun'; word: string }
  | { kind: 'clause' }
  | { kind: 'passive' }
  | { kind: 'none' };

export interface SentenceView {
  text: string;
  words: readonly Word[];
  lex: CompiledClaimLexicon;
}

const MAX_PHRASE = 10;
// A place or a medium between an inverted verb and its subject is short ("sur Facebook", "à l'AFP").
const MAX_PLACE_WORDS = 4;
const NONE: Subject = { kind: 'none' };
const PASSIVE: Subject = { kind: 'passive' };
const pronoun = (word: string): Subject => ({ kind: 'pronoun', word });
const HARD = ',;:()[]«»“”"—–!?…|';

/** Whether the gap before words[j] (after words[j-1]) breaks a phrase: punctuation other than an abbreviation's stop. */
export function breaksBefore(v: SentenceView, j: number): boolean {
  if (j <= 0) return true;
  const { text, words } = v;
  const prev = words[j - 1]!;
  const from = prev.end;
  const to = words[j]!.start;
  if (to - from > 4) return true;
  for (let i = from; i < to; i++) {
    // Most gaps are one space: no search of the marks for it.
    if (text.charCodeAt(i) === 32) continue;
    const c = text[i]!;
    if (HARD.includes(c)) return true;
    if (c === '.') {
      const raw = text.slice(prev.start, prev.end);
      if (!(raw.length === 1 || v.lex.fixedAbbreviations.has(raw))) return true;
    }
  }
  return false;
}

/**
 * "« La nuit sera longue », a-t-il poursuivi", "…, lance une habitante": whether words[i] is a verb opening
 * an incise after a quotation — any verb with a glued pronoun, or one of the lexicon's incise verbs.
 */
export function inciseAt(v: SentenceView, i: number, quoteClosedBefore: boolean): boolean {
  const { words, lex, text } = v;
  // "a-t-il poursuivi": the participle, not the auxiliary, is the cue.
  if (!quoteClosedBefore || lex.auxiliaries.has(words[i]!.lower)) return false;
  // Walk back over "a", "a-t-il", "a-t-elle" to the comma that opens the incise.
  let k = i;
  while (k > 0 && !breaksBefore(v, k) && (lex.auxiliaries.has(words[k - 1]!.lower) || lex.subjectPronouns.has(words[k - 1]!.lower))) {
    k--;
  }
  if (k === 0) return false;
  if (!gapHasComma(v, k)) {
    // "“We have the votes,” Hill continued.": a short subject between the quotation and an incise verb.
    // Asked of every word after a closing mark: most are no incise verb, which needs no walk back.
    if (!lex.inciseVerbs.has(words[i]!.lower)) return false;
    let j = k - 1;
    while (j > 0 && k - j < 4 && !breaksBefore(v, j)) j--;
    return (
      j > 0 && /[,?!][»”"’]|[»”"’]\s*,/.test(gapText(v, j)) && (isUpperAt(text, words[j]!.start) || lex.determiners.has(words[j]!.lower))
    );
  }
  const next = words[i + 1];
  const hyphenPronoun = k < i && words.slice(k, i).some((w) => lex.subjectPronouns.has(w.lower));
  const gluedPronoun =
    next !== undefined &&
    isHyphenGap(text, words[i]!.end, next.start) &&
    (lex.euphonicLetters.has(next.lower) || lex.subjectPronouns.has(next.lower));
  return hyphenPronoun || gluedPronoun || lex.inciseVerbs.has(words[i]!.lower);
}

/** Whether the gap before words[j] holds a comma: gapText(v, j).includes(','), without making the string. */
function gapHasComma(v: SentenceView, j: number): boolean {
  const to = v.words[j]!.start;
  for (let i = v.words[j - 1]!.end; i < to; i++) if (v.text.charCodeAt(i) === 44) return true;
  return false;
}

function gapText(v: SentenceView, j: number): string {
  return v.text.slice(v.words[j - 1]!.end, v.words[j]!.start);
}

/** A manner adverb ("fortement", "publicly"), not a noun with the same ending after a determiner ("le gouvernement"). */
function isAdverb(v: SentenceView, k: number): boolean {
  const w = v.words[k]!;
  const ending = v.lex.adverbEnding;
  const noun = k > 0 && v.lex.determiners.has(v.words[k - 1]!.lower);
  return ending !== '' && !noun && w.lower.length > ending.length + 3 && w.lower.endsWith(ending);
}

/** The source of a reporting verb at words[first..last]. */
export function subjectOfVerb(v: SentenceView, first: number, last: number, invertible: boolean): Subject {
  const { words, lex, text } = v;
  const n = words.length;
  // "dit-il", "ajoute-t-elle": a pronoun glued after the verb.
  let r = last + 1;
  if (r < n && isHyphenGap(text, words[r - 1]!.end, words[r]!.start)) {
    if (lex.euphonicLetters.has(words[r]!.lower) && r + 1 < n) r++;
    if (lex.subjectPronouns.has(words[r]!.lower)) return pronoun(words[r]!.lower);
    if (lex.impersonalPronouns.has(words[r]!.lower)) return NONE; // "précise-t-on"
  }
  // "décrié par la société civile": an agent right after the participle.
  if (last + 1 < n && lex.agentPrepositions.has(words[last + 1]!.lower) && !breaksBefore(v, last + 1)) {
    const agent = agentPhrase(v, last + 2);
    if (agent) return { kind: 'phrase', phrase: agent };
  }
  // Walk left over auxiliaries, clitics, negation and adverbs.
  let k = first - 1;
  let passive = false;
  while (k >= 0 && !breaksBefore(v, k + 1)) {
    const w = words[k]!;
    if (lex.subjectPronouns.has(w.lower) && k > 0 && isHyphenGap(text, words[k - 1]!.end, w.start)) return pronoun(w.lower);
    if (!(lex.auxiliaries.has(w.lower) || isAdverb(v, k))) break;
    if (lex.passiveMarkers.has(w.lower)) passive = true;
    k--;
  }
  if (passive) return agentLater(v, last + 1);
  // "…, accusing Iran of …", "…, les étiquetant": a participle clause shares the main clause's subject.
  // So does one after its introducer ("Boehner is under fire for indicating …", "by saying").
  if (isParticiple(v, last) && (k < 0 || gapText(v, k + 1).includes(',') || afterIntroducer(v, k))) return { kind: 'clause' };
  // "a memo laying out …", "a statement saying …": a participle right after a noun has that noun for subject.
  if (isParticiple(v, first) && k === first - 1 && k >= 0 && !breaksBefore(v, first)) {
    const noun = determinedNoun(v, k);
    if (noun) return { kind: 'phrase', phrase: noun };
  }
  if (k >= 0 && lex.infinitiveMarkers.has(words[k]!.lower) && !breaksBefore(v, k + 1)) return NONE;
  if (k < 0) return invertible ? inverted(v, last) : NONE;
  if (breaksBefore(v, k + 1)) {
    const gap = gapText(v, k + 1);
    // "L'Office fédéral de l'environnement (OFEV) avait révélé": the subject before a parenthesis.
    if (gap.trimStart().startsWith(')')) {
      const subject = beforeParenthesis(v, k);
      if (subject.kind === 'phrase') return subject;
    }
    // "« … », a fait valoir le chancelier": after a quotation the subject follows; the words quoted are no subject.
    const afterQuote = /[»”"]/.test(gap);
    const before = afterQuote || !gap.includes(',') ? NONE : insertedSubject(v, k);
    // "Jane Roe, founder of X, said Smith's reversal hurt her": a subject before the apposition keeps the verb.
    if (before.kind === 'phrase' && before.phrase.first === 0) return before;
    if (invertible || afterQuote) {
      const inv = inverted(v, last);
      if (inv.kind !== 'none') return inv;
    }
    return before;
  }
  const w = words[k]!;
  if (lex.relativePronouns.has(w.lower)) {
    // "Microsoft, qui a déclaré": the antecedent before the relative pronoun is the source.
    return k > 0 ? leftPhrase(v, k - 1) : NONE;
  }
  // "L'Office retire le produit et considère la substance comme …": a verb joined to the main clause shares its subject.
  if (lex.nameJoiners.has(w.lower) && k > 0) return { kind: 'clause' };
  if (lex.boundaries.has(w.lower) || lex.complementizers.has(w.lower)) {
    // "comme l'a souligné l'Arcep": nothing before the verb, the source follows it.
    return invertible ? inverted(v, last) : NONE;
  }
  return leftPhrase(v, k);
}

// A noun phrase after its determiner is short ("a television ad", "the new memo").
const MAX_DETERMINED_NOUN = 4;

/** The phrase from a determiner to words[k], a noun ("a memo", "the new statement"), or null. */
function determinedNoun(v: SentenceView, k: number): Phrase | null {
  const { words, lex } = v;
  if (isFunctionWord(lex, words[k]!.lower) || lex.determiners.has(words[k]!.lower)) return null;
  for (let j = k - 1; j >= 0 && k - j <= MAX_DETERMINED_NOUN; j--) {
    if (breaksBefore(v, j + 1)) return null;
    const w = words[j]!.lower;
    if (lex.determiners.has(w) && !lex.prepositions.has(w)) return { first: j, last: k };
    if (isFunctionWord(lex, w)) return null;
  }
  return null;
}

/** Whether words[k] introduces a participle ("for", "by"), or is a manner adverb right after one ("by clearly"). */
function afterIntroducer(v: SentenceView, k: number): boolean {
  const { words, lex } = v;
  const w = words[k]!.lower;
  if (lex.participleIntroducers.has(w)) return true;
  const adverb = lex.adverbEnding !== '' && w.length > lex.adverbEnding.length + 3 && w.endsWith(lex.adverbEnding);
  return adverb && k > 0 && lex.participleIntroducers.has(words[k - 1]!.lower);
}

/** The phrase before the parenthesis that ends at words[k]: "l'Office fédéral (OFEV)" → "l'Office fédéral". */
function beforeParenthesis(v: SentenceView, k: number): Subject {
  for (let j = k; j > 0 && k - j < MAX_PHRASE; j--) {
    const gap = gapText(v, j);
    if (gap.includes('(')) return leftPhrase(v, j - 1);
    if (breaksBefore(v, j)) return NONE;
  }
  return NONE;
}

/**
 * "Microsoft, qui a été le premier à révéler l'attaque, a blâmé Pékin", "Dana Cole, 55, said": the subject
 * before an inserted clause that ends at words[k]. An inserted clause holds no finite verb outside a relative clause.
 */
function insertedSubject(v: SentenceView, k: number): Subject {
  const { words, lex } = v;
  let j = k;
  while (j > 0 && !breaksBefore(v, j)) j--;
  if (j === 0 || !gapText(v, j).includes(',')) return NONE;
  for (let i = j; i <= k && !lex.relativePronouns.has(words[i]!.lower); i++) if (lex.finiteVerbs.has(words[i]!.lower)) return NONE;
  return leftPhrase(v, j - 1);
}

/** The phrase ending at words[k], going left until punctuation or a clause word. */
function leftPhrase(v: SentenceView, k: number): Subject {
  const { words, lex } = v;
  if (k < 0) return NONE;
  let j = k;
  while (j >= 0 && k - j < MAX_PHRASE) {
    const w = words[j]!;
    if (j < k && lex.boundaries.has(w.lower)) break;
    // "those who know her" stays whole; "les opposants au texte qui craignent" stops at the relative.
    if (j < k && lex.relativePronouns.has(w.lower) && !(j > 0 && lex.demonstratives.has(words[j - 1]!.lower))) break;
    if (j === k && (lex.boundaries.has(w.lower) || lex.complementizers.has(w.lower))) return NONE;
    if (breaksBefore(v, j)) {
      j--;
      break;
    }
    j--;
  }
  let first = j + 1;
  // "Earlier he said", "Last week the minister said": time words in front are no part of the source.
  while (first < k && lex.timeWords.has(words[first]!.lower)) first++;
  if (first > k) return NONE;
  // "Intelligence reports seen by Reuters suggest": the agent of a participle is not the subject, its noun is.
  const agent = first - 1;
  if (agent >= 1 && !breaksBefore(v, first) && lex.agentPrepositions.has(words[agent]!.lower) && isParticipleWord(v, agent - 1)) {
    const head = leftPhrase(v, agent - 2);
    if (head.kind === 'phrase') return head;
  }
  const nearest = words[k]!.lower;
  if (lex.subjectPronouns.has(nearest)) return pronoun(nearest);
  if (lex.impersonalPronouns.has(nearest)) return NONE;
  // A phrase holding a finite verb is a clause, not a subject ("He would defend his advocacy … following").
  for (let i = first; i <= k; i++) if (lex.finiteVerbs.has(words[i]!.lower)) return NONE;
  return { kind: 'phrase', phrase: { first, last: k } };
}

/** ", a rapporté jeudi le Wall Street Journal", "said Martin Indyk": the subject after the verb. */
function inverted(v: SentenceView, last: number): Subject {
  const { words, lex } = v;
  const phrase = phraseAfter(v, last + 1, true) ?? phraseAfter(v, pastPlace(v, last + 1), false);
  if (!phrase) return NONE;
  const w = words[phrase.first]!;
  if (lex.subjectPronouns.has(w.lower)) {
    // "said he." is the speaker; "said he was 'appalled'" opens what was said.
    return phrase.first === phrase.last || lex.timeWords.has(words[phrase.first + 1]!.lower) ? pronoun(w.lower) : NONE;
  }
  if (lex.impersonalPronouns.has(w.lower)) return NONE;
  // "said Jobs' vision saved Apple": a possessive opens the reported clause, it is no speaker.
  if (isPossessive(v, phrase.first)) return NONE;
  // A phrase holding a finite verb is the reported clause ("said the talks were over"), not the speaker.
  for (let i = phrase.first; i <= phrase.last; i++) if (lex.finiteVerbs.has(words[i]!.lower)) return NONE;
  return { kind: 'phrase', phrase };
}

/**
 * ", a rapporté sur Facebook le porte-parole", "a déclaré à l'AFP le ministre": past a short place or
 * medium after an inverted verb, to the article that opens its subject; else `from` itself.
 */
function pastPlace(v: SentenceView, from: number): number {
  const { words, lex } = v;
  const w = words[from];
  if (!w || !lex.prepositions.has(w.lower) || lex.agentPrepositions.has(w.lower) || breaksBefore(v, from)) return from;
  for (let k = from + 2; k < words.length && k <= from + MAX_PLACE_WORDS; k++) {
    if (breaksBefore(v, k)) return from;
    if (lex.definiteArticles.has(words[k]!.lower)) return k;
  }
  return from;
}

/** Whether words[i] is followed by a possessive ending ("Jobs'", "Smith's"). */
function isPossessive(v: SentenceView, i: number): boolean {
  const w = v.words[i]!;
  const after = v.text.slice(w.end, w.end + 3);
  if (/^['’](?![\p{L}\p{N}])/u.test(after)) return true;
  return v.lex.possessives.some((e) => after.startsWith(`'${e}`) || after.startsWith(`’${e}`));
}

/** In a passive clause, the agent after "by"/"par" later in the same clause. */
function agentLater(v: SentenceView, from: number): Subject {
  const { words, lex } = v;
  for (let r = from; r < words.length && r < from + MAX_PHRASE; r++) {
    if (r > from && breaksBefore(v, r)) return PASSIVE;
    if (lex.agentPrepositions.has(words[r]!.lower)) {
      const agent = agentPhrase(v, r + 1);
      return agent ? { kind: 'phrase', phrase: agent } : PASSIVE;
    }
  }
  return PASSIVE;
}

/** An agent names someone: it opens with a determiner or a capital ("par la loi", "by Microsoft", not "par avance"). */
function agentPhrase(v: SentenceView, from: number): Phrase | null {
  const phrase = phraseAfter(v, from, false);
  if (!phrase) return null;
  const w = v.words[phrase.first]!;
  return v.lex.determiners.has(w.lower) || isUpperAt(v.text, w.start) ? phrase : null;
}

function isParticipleWord(v: SentenceView, i: number): boolean {
  const w = v.words[i]!.lower;
  return v.lex.participleWords.has(w) || v.lex.participleEndings.some((e) => w.length > e.length + 2 && w.endsWith(e));
}

function isParticiple(v: SentenceView, i: number): boolean {
  const ending = v.lex.participleEnding;
  return ending !== '' && v.words[i]!.lower.endsWith(ending);
}

/** The phrase starting at words[from] (after time words when asked), up to punctuation or a clause word. */
export function phraseAfter(v: SentenceView, from: number, skipTime: boolean): Phrase | null {
  const { words, lex, text } = v;
  const n = words.length;
  let r = from;
  if (r < n && r > 0 && breaksBefore(v, r) && !/^[\s,]*$/.test(gapText(v, r))) return null;
  if (skipTime) while (r < n && lex.timeWords.has(words[r]!.lower) && !(r > from && breaksBefore(v, r))) r++;
  if (r >= n) return null;
  if (r > from && breaksBefore(v, r) && !gapText(v, r).trim().startsWith(',')) return null;
  const first = r;
  const w0 = words[first]!.lower;
  if (lex.complementizers.has(w0) || lex.boundaries.has(w0) || lex.agentPrepositions.has(w0)) return null;
  let last = first;
  while (last + 1 < n && last + 1 - first < MAX_PHRASE && !breaksBefore(v, last + 1)) {
    const next = words[last + 1]!;
    if (lex.boundaries.has(next.lower) || lex.complementizers.has(next.lower) || lex.relativePronouns.has(next.lower)) {
      // "Enquête et The Fifth Estate": a conjunction between two names stays inside.
      const after = words[last + 2];
      const joinsNames = lex.nameJoiners.has(next.lower) && after && isUpperAt(text, after.start);
      if (!joinsNames) break;
    }
    last++;
  }
  return { first, last };
}

/** A name in apposition right after a phrase: "le directeur général du Conseil, Norman Sabourin". */
export function appositionAfter(v: SentenceView, phrase: Phrase): Phrase | null {
  const { words, text } = v;
  const start = phrase.last + 1;
  if (start >= words.length || gapText(v, start).trim() !== ',') return null;
  let last = start;
  while (last < words.length && isUpperAt(text, words[last]!.start) && last - start < 4) {
    if (last > start && breaksBefore(v, last)) break;
    last++;
  }
  last--;
  if (last <= start) return null; // a name has at least two capitalised words
  const after = words[last + 1];
  if (after && !breaksBefore(v, last + 1)) return null;
  return { first: start, last };
}
