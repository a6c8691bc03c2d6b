// Finds the spans that may be people's names: runs of capitalised words (with initials, particles
// such as "de la" or "von der", hyphens and apostrophes), cut where a title, place, organisation
// word or honorific sits inside the run. Deciding whether a span really is a person is left to
// find-people.ts, which weighs the evidence collected here.

import { Kind, type Token } from '../text/tokens';
import { bare, type CompiledPeople } from './lexicon';
import { singularTitle } from './roles';

/** A stretch of name tokens inside one capitalised run. Token indices are inclusive. */
export interface NameSpan {
  first: number;
  last: number;
  /** First token of the block the name belongs to: an honorific before it, or the name itself. */
  blockStart: number;
  /** An honorific (Mr, Mme, Dr) stands right before the name. */
  honorific: boolean;
  /** The name starts with a known given name. */
  firstName: boolean;
  /** A particle such as "von", "bin", "al-" shows it is a name. */
  strongParticle: boolean;
  /** Number of tokens that are not initials. */
  words: number;
  /** Some token is a word the text also uses in lower case (a common word, not a name). */
  common: boolean;
  /** The capitalised run goes on into an organisation or place word ("Brookings Institution"). */
  orgFollows: boolean;
}

enum Cls {
  Name = 0,
  NotName = 1,
  Particle = 2,
  Initial = 3,
  /** "Jr.", "III": ends a name, never starts one. */
  Suffix = 4,
}

/** Context the name finder needs about the whole text. */
export interface TextFacts {
  /** Lower-case forms of words the text writes in lower case. */
  lowerVocab: ReadonlySet<string>;
  /** Tokens on lines written in capitals ("LAURIE OAKES IS THE …"). */
  capsLine: Uint8Array;
}

/** Facts about these tokens; `lowerVocab` may carry the words of the text's earlier parts. */
export function textFacts(tokens: readonly Token[], lowerVocab = new Set<string>()): TextFacts {
  const capsLine = new Uint8Array(tokens.length);
  let lineStart = 0;
  let words = 0;
  let caps = 0;
  const closeLine = (end: number) => {
    if (words >= 3 && caps >= words * 0.7) capsLine.fill(1, lineStart, end);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.breaks > 0) {
      closeLine(i);
      lineStart = i;
      words = 0;
      caps = 0;
    }
    if (t.kind !== Kind.Word) continue;
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    words++;
    if (t.allCaps) caps++;
    if (!t.cap && t.lower === t.text) lowerVocab.add(t.lower);
  }
  closeLine(tokens.length);
  return { lowerVocab, capsLine };
}

export function isFirstName(lex: CompiledPeople, lower: string): boolean {
  if (lex.firstNames.has(lower)) return true;
  const dash = lower.indexOf('-');
  return dash > 1 && lex.firstNames.has(lower.slice(0, dash));
}

const isInitial = (t: Token) => t.dotted && t.text.length === 2;

/** Words that join a name to a prefix ("al-Assad", "bin-Salman") and prove it is one. */
function hasNamePrefix(t: Token, lex: CompiledPeople): boolean {
  const l = t.lower;
  // Asked of every token: the hyphen's place rules out nearly all words before any comparison.
  if (l.length <= 4) return false;
  const lengths = lex.namePrefixLengths;
  for (let k = 0; k < lengths.length; k++) {
    const n = lengths[k]!;
    if (l.charCodeAt(n - 1) === 45 && lex.namePrefixes.has(l.slice(0, n))) return true;
  }
  return false;
}

function isCapPiece(t: Token, i: number, facts: TextFacts): boolean {
  if (t.kind !== Kind.Word || !t.cap) return false;
  if (t.allCaps && !t.dotted && !facts.capsLine[i]) return false;
  const c = t.text.charCodeAt(1);
  return !(c >= 48 && c <= 57);
}

/** True for a word that cannot be part of a name. */
function notNameWord(lex: CompiledPeople, t: Token): boolean {
  const l = t.lower;
  const b = bare(l);
  return (
    lex.notNames.has(b) ||
    lex.honorifics.has(b) ||
    lex.titleWords.has(l) ||
    lex.nationalityWords.has(l) ||
    lex.placeWords.has(l) ||
    lex.orgWords.has(l)
  );
}

/** Capitalised runs of the text, cut into name spans. */
export function findNameSpans(tokens: readonly Token[], lex: CompiledPeople, facts: TextFacts): NameSpan[] {
  const spans: NameSpan[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if (!isCapPiece(tokens[i]!, i, facts) && !hasNamePrefix(tokens[i]!, lex)) {
      i++;
      continue;
    }
    // Gather the run: capitalised words, initials, and particles between capitalised words.
    const run: number[] = [i];
    // Made for the few runs that hold a particle.
    let particleAt: Set<number> | undefined;
    let j = i + 1;
    while (j < n && !tokens[j - 1]!.possessive) {
      const t = tokens[j]!;
      if (t.breaks > 0) break;
      if (isCapPiece(t, j, facts) || hasNamePrefix(t, lex)) {
        run.push(j);
        j++;
        continue;
      }
      const plen = t.kind === Kind.Word && !t.cap ? lex.particles.matchTokens(tokens, j) : 0;
      const after = tokens[j + plen];
      if (plen > 0 && after && after.breaks === 0 && isCapPiece(after, j + plen, facts)) {
        const phrase = tokens
          .slice(j, j + plen)
          .map((p) => p.lower)
          .join(' ');
        const prev = tokens[j - 1]!;
        const alone = run.length === 1 && isFirstName(lex, prev.lower);
        if (lex.strongParticles.has(phrase) || (lex.particleNeedsFirstName.has(phrase) && alone)) {
          for (let k = j; k < j + plen; k++) {
            run.push(k);
            (particleAt ??= new Set()).add(k);
          }
          j += plen;
          continue;
        }
      }
      break;
    }
    cutRun(tokens, run, particleAt, lex, facts, spans);
    i = j;
  }
  return spans;
}

function cutRun(
  tokens: readonly Token[],
  run: number[],
  particleAt: Set<number> | undefined,
  lex: CompiledPeople,
  facts: TextFacts,
  out: NameSpan[],
): void {
  const m = run.length;
  const cls: Cls[] = new Array(m);
  // "Capitol Hill", "Hong Kong": a place of several words, though "Hill" alone is a surname.
  let inPlace = 0;
  for (let k = 0; k < m; k++) {
    const t = tokens[run[k]!]!;
    if (inPlace === 0) {
      const len = lex.placePhrases.matchTokens(tokens, run[k]!, run[m - 1]! + 1);
      if (len >= 2) inPlace = len;
    }
    if (inPlace > 0) {
      inPlace--;
      cls[k] = Cls.NotName;
      continue;
    }
    const prevTok = k > 0 ? tokens[run[k - 1]!]! : tokens[run[0]! - 1];
    if (particleAt?.has(run[k]!)) cls[k] = Cls.Particle;
    else if (k > 0 && lex.nameSuffixes.has(bare(t.lower))) cls[k] = Cls.Suffix;
    else if (prevTok && prevTok.kind === Kind.Word && lex.placePrefixes.has(bare(prevTok.lower))) cls[k] = Cls.NotName;
    else if (isInitial(t)) {
      const prevIsName = k > 0 && cls[k - 1] !== Cls.NotName;
      cls[k] = !prevIsName && lex.honorifics.has(bare(t.lower)) ? Cls.NotName : Cls.Initial;
    } else if (notNameWord(lex, t)) cls[k] = Cls.NotName;
    else if (t.sentenceStart && facts.lowerVocab.has(t.lower) && !isFirstName(lex, t.lower)) cls[k] = Cls.NotName;
    else cls[k] = Cls.Name;
  }
  // "Ricardin St Jean", "Yves Saint Laurent": after a first name word, a place's prefix begins a surname
  // (a place itself is preceded by nothing or by its own word: "St. Louis", "Rue Saint-Denis").
  for (let k = 2; k < m; k++) {
    const prefix = tokens[run[k - 1]!]!;
    if (cls[k - 2] !== Cls.Name || !lex.placePrefixes.has(bare(prefix.lower))) continue;
    if (k >= 3 && cls[k - 3] !== Cls.NotName) continue;
    if (notNameWord(lex, tokens[run[k]!]!) && !isFirstName(lex, tokens[run[k]!]!.lower)) continue;
    cls[k - 1] = Cls.Particle;
    cls[k] = Cls.Name;
  }
  // Second look: a given name that is also a place ("Victoria", "Jordan") is a name when a name
  // follows; a title word right after a given name ends a name ("… Major"); "Le", "De", "Van"
  // between two name words is a particle.
  for (let pass = 0; pass < 2; pass++) reclassify(tokens, run, cls, lex);
  let k = 0;
  while (k < m) {
    if (cls[k] === Cls.NotName) {
      k++;
      continue;
    }
    let e = k;
    while (e + 1 < m && cls[e + 1] !== Cls.NotName) e++;
    // Trim particles at the edges.
    let s = k;
    while (s <= e && (cls[s] === Cls.Particle || cls[s] === Cls.Suffix)) s++;
    let f = e;
    while (f >= s && cls[f] === Cls.Particle) f--;
    if (s <= f) emit(tokens, run, cls, s, f, lex, facts, out);
    k = e + 1;
  }
}

/** The name words ending at run index `k` begin with a known given name ("Martin Luther …"). */
function startsWithGivenName(tokens: readonly Token[], run: number[], cls: Cls[], k: number, lex: CompiledPeople): boolean {
  let s = k;
  while (s > 0 && cls[s - 1] !== Cls.NotName) s--;
  return isFirstName(lex, tokens[run[s]!]!.lower);
}

function reclassify(tokens: readonly Token[], run: number[], cls: Cls[], lex: CompiledPeople): void {
  const m = run.length;
  for (let k = 0; k < m; k++) {
    if (cls[k] !== Cls.NotName) continue;
    const t = tokens[run[k]!]!;
    const before = k > 0 ? tokens[run[k - 1]!]! : tokens[run[0]! - 1];
    if (before && before.kind === Kind.Word && lex.placePrefixes.has(bare(before.lower))) continue;
    let next = k + 1 < m ? cls[k + 1] : undefined;
    const prev = k > 0 ? cls[k - 1] : undefined;
    // "Marine Le Pen": look through a capitalised particle to the name after it.
    if (next === Cls.NotName && k + 2 < m && cls[k + 2] === Cls.Name && lex.particles.matchTokens(tokens, run[k + 1]!) === 1)
      next = Cls.Name;
    // An article is never a given name, whatever other languages name their children ("Les Amis du Parc").
    const given = isFirstName(lex, t.lower) && !lex.determiners.has(t.lower) && !lex.links.has(t.lower);
    if (given && (next === Cls.Name || next === Cls.Initial) && !t.sentenceStart) cls[k] = Cls.Name;
    else if (given && next === Cls.Name && t.sentenceStart && !lex.notNames.has(t.lower)) cls[k] = Cls.Name;
    else if (prev === Cls.Name && next === Cls.Name && k > 0 && lex.particles.matchTokens(tokens, run[k]!) === 1 && !t.possessive)
      cls[k] = Cls.Particle;
    else if (
      prev === Cls.Name &&
      (next === undefined || next === Cls.NotName || next === Cls.Suffix) &&
      lex.titleWords.has(t.lower) &&
      !lex.orgWords.has(t.lower) &&
      startsWithGivenName(tokens, run, cls, k - 1, lex)
    )
      cls[k] = Cls.Name;
  }
}

/** Tokens looked at, before a name, for the title its complement belongs to. */
const TITLE_REACH = 8;

/**
 * "le directeur de l'Hôpital universitaire d'Ostrava Jiří X", "the mayor of Ostrava Jiri X": a word
 * right after an elided article or a preposition that follows a title is the title's complement (a
 * place or an organisation), so the name starts after it, whatever the given name's origin.
 */
function complementOfTitle(tokens: readonly Token[], at: number, lex: CompiledPeople): boolean {
  const link = tokens[at - 1];
  if (!link || link.kind !== Kind.Word || link.cap || !lex.links.has(link.lower) || tokens[at]!.breaks > 0) return false;
  for (let p = at - 2; p >= 0 && p >= at - 1 - TITLE_REACH; p--) {
    const t = tokens[p]!;
    if (t.kind !== Kind.Word) return false;
    if (!t.cap && (lex.titleWords.has(t.lower) || singularTitle(lex, t.lower))) return true;
    if (t.breaks > 0 || t.sentenceStart) return false;
  }
  return false;
}

function emit(
  tokens: readonly Token[],
  run: number[],
  cls: Cls[],
  s: number,
  f: number,
  lex: CompiledPeople,
  facts: TextFacts,
  out: NameSpan[],
): void {
  // A stray word before a given name ("Chine Nicholas Burns" with an unknown place) is dropped.
  if (f - s >= 2 && cls[s] === Cls.Name && !isFirstName(lex, tokens[run[s]!]!.lower)) {
    const second = tokens[run[s + 1]!]!;
    if (cls[s + 1] === Cls.Name && isFirstName(lex, second.lower)) s++;
    else if (cls[s + 1] === Cls.Name && complementOfTitle(tokens, run[s]!, lex)) s++;
  }
  let words = 0;
  let common = false;
  let strong = false;
  for (let k = s; k <= f; k++) {
    const t = tokens[run[k]!]!;
    if (cls[k] === Cls.Particle) {
      if (lex.strongParticles.has(t.lower)) strong = true;
      continue;
    }
    if (cls[k] === Cls.Initial || cls[k] === Cls.Suffix) continue;
    words++;
    if (hasNamePrefix(t, lex)) strong = true;
    if (facts.lowerVocab.has(t.lower) && !(k === s && isFirstName(lex, t.lower))) common = true;
  }
  if (words === 0) return;
  const firstTok = tokens[run[s]!]!;
  const before = s > 0 ? tokens[run[s - 1]!] : tokens[run[0]! - 1];
  const beforeIdx = s > 0 ? run[s - 1]! : run[0]! - 1;
  const honorific =
    !!before && before.kind === Kind.Word && lex.honorifics.has(bare(before.lower)) && before.breaks === 0 && (s > 0 || before.cap);
  const orgFollows = f + 1 < run.length && lex.orgWords.has(tokens[run[f + 1]!]!.lower);
  out.push({
    first: run[s]!,
    last: run[f]!,
    blockStart: honorific ? beforeIdx : run[s]!,
    honorific,
    firstName: isFirstName(lex, firstTok.lower),
    strongParticle: strong,
    words,
    common,
    orgFollows,
  });
}
