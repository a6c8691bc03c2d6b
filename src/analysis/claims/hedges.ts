// Hedges that no single word marks: a scheduled event ("doit se rendre vendredi"), the journalistic
// conditional, a condition with a future, a question of the writer's.
import { isHyphenGap } from '../text/tokens';
import type { Cue } from './cues';
import type { SentenceView } from './subject';

/**
 * "If she maintains her lead, she'll become …", "Si la croissance ralentit, le déficit sera …": a condition
 * opening the sentence and a future in its main clause make a prediction.
 */
export function ifHedge(v: SentenceView): string | null {
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
export function invertedQuestion(v: SentenceView, consumed: Uint8Array | undefined): string | null {
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

/**
 * "Le Premier ministre doit se rendre vendredi à Lyon": a scheduled event is a forecast. "devoir" before an
 * infinitive counts when the sentence names a coming time, which tells it from an obligation.
 */
export function scheduleHedge(v: SentenceView): string | null {
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
    if (inf && inf.lower.length > 3 && lex.infinitiveEndings.matches(inf.lower)) return text.slice(w.start, w.end);
  }
  return null;
}

/** The French journalistic conditional ("aurait", "permettrait"), unless it only follows reported speech. */
export function conditionalHedge(v: SentenceView, cues: readonly Cue[], consumed: Uint8Array | undefined): string | null {
  const { words: ws, lex, text } = v;
  if (lex.conditionalEndings.size === 0) return null;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (consumed?.[i] || w.lower.length < 6 || lex.conditionalExceptions.has(w.lower)) continue;
    if (!lex.conditionalEndings.matches(w.lower)) continue;
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
