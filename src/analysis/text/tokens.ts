// The engine's one tokenizer, linear whatever the input. It reads text at two grains with one scanner:
//   words:  runs of letters, marks and digits ("a", "t", "il" in "a-t-il"), what the claims half reads;
//   tokens: words joined over inner hyphens and apostrophes ("a-t-il", "aujourd'hui", "ex-député"), a
//           leading elision cut off ("l'" + "ambassadeur"), a possessive or an abbreviation's full stop
//           settled, and every other mark a token of its own: what the people half reads.
// Everything downstream works on these, never on regexes over the raw text.
import { C, charClass as classify, isUpperCode, isWordCharAt } from './chars';

/** A word: a run of letters, marks and digits (soft hyphens inside), with its lower case. */
export interface Word {
  start: number;
  end: number;
  /** Lower case, soft hyphens removed. */
  lower: string;
}

export enum Kind {
  Word = 0,
  Punct = 1,
}

const CAP = 1;
const ALL_CAPS = 2;
const DOTTED = 4;
const POSSESSIVE = 8;
const SENTENCE_START = 16;
const BREAK_SHIFT = 5;

/**
 * A token. The booleans and the line-break count are packed into one number so that a long text's
 * tokens stay small: allocation, not computation, is what grows fastest on 100k-word inputs.
 */
export class Token {
  // Declared, not class fields: a field definition pass on every token cost more than building it.
  declare readonly kind: Kind;
  /** Offsets into the original text; `end` excludes a possessive 's (see `possessive`). */
  declare start: number;
  declare end: number;
  /** The token as written, soft hyphens removed, possessive removed. */
  declare text: string;
  /** Lower case of `text`, with typographic apostrophes made plain ('). */
  declare lower: string;
  declare private flags: number;

  constructor(kind: Kind, start: number, end: number, text: string, lower: string, flags: number) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
    this.flags = flags;
  }

  /** First character is an upper-case letter. */
  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }
  /** Two or more letters, all upper case ("KPMG", "LAURIE"). */
  get allCaps(): boolean {
    return (this.flags & ALL_CAPS) !== 0;
  }
  /** A single capital followed by its full stop ("R.", "H."), or an abbreviation with its stop. */
  get dotted(): boolean {
    return (this.flags & DOTTED) !== 0;
  }
  set dotted(on: boolean) {
    this.flags = on ? this.flags | DOTTED : this.flags & ~DOTTED;
  }
  /** The word carried a possessive 's / ’s that is left outside [start, end). */
  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }
  set possessive(on: boolean) {
    this.flags = on ? this.flags | POSSESSIVE : this.flags & ~POSSESSIVE;
  }
  /** First token of a sentence (after . ! ? : … or a line break, or at the start). */
  get sentenceStart(): boolean {
    return (this.flags & SENTENCE_START) !== 0;
  }
  /** Number of line breaks between the previous token and this one (at most 255). */
  get breaks(): number {
    return this.flags >>> BREAK_SHIFT;
  }
}

function packFlags(cap: boolean, allCaps: boolean, sentenceStart: boolean, breaks: number): number {
  return (cap ? CAP : 0) | (allCaps ? ALL_CAPS : 0) | (sentenceStart ? SENTENCE_START : 0) | (Math.min(breaks, 255) << BREAK_SHIFT);
}

const SOFT_HYPHEN = 0xad;
const isApostrophe = (code: number) => code === 39 || code === 0x2019 || code === 0x2bc;
const isHyphen = (code: number) => code === 45 || code === 0x2010 || code === 0x2011;
/** Punctuation after which a new sentence starts. */
const isStop = (code: number) => code === 46 || code === 33 || code === 63 || code === 58 || code === 0x2026;
/** Opening marks that sit between a sentence end and its first word. */
const isOpener = (code: number) =>
  code === 34 ||
  code === 39 ||
  code === 40 ||
  code === 91 ||
  code === 0xab ||
  code === 0x201c ||
  code === 0x2018 ||
  code === 0x2014 ||
  code === 0x2013 ||
  code === 45 ||
  code === 0xbf ||
  code === 0xa1;

// What the last scanWord() saw. Module state, not a result object: the scanner runs on every word of
// every page, and an object per word cost more than the scan.
/** The word may change in lower case: a capital, or a letter beyond ASCII. */
let scanCased = false;
/** The word holds a soft hyphen. */
let scanSoft = false;
/** The word was joined over a hyphen or an apostrophe. */
let scanJoined = false;
/** The word holds a typographic apostrophe (’, or the letter ʼ), which a token's lower case makes plain. */
let scanCurly = false;

/**
 * The end of the word that starts at text[i] (a word character), scanning no further than `end`: letters,
 * marks and digits, with soft hyphens between them, and with `join` hyphens and apostrophes between them too.
 */
function scanWord(text: string, i: number, end: number, join: boolean): number {
  scanCased = scanSoft = scanJoined = scanCurly = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Most characters of a text are lower-case ASCII letters.
    if (c >= 97 && c <= 122) {
      i++;
      continue;
    }
    if (c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : isWordCharAt(text, i)) {
      if (c > 57) scanCased = true;
      if (c === 0x2bc) scanCurly = true;
      i++;
      continue;
    }
    if (i + 1 < end && isWordCharAt(text, i + 1)) {
      if (c === SOFT_HYPHEN) {
        scanSoft = true;
        i++;
        continue;
      }
      if (join && (isHyphen(c) || isApostrophe(c))) {
        scanJoined = true;
        if (c > 122) scanCased = scanCurly = true;
        i++;
        continue;
      }
    }
    break;
  }
  return i;
}

/** The words of text[start, end), in order. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    if (!isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const s = i;
    i = scanWord(text, i, end, false);
    const raw = text.slice(s, i);
    // Most words are plain lower-case ASCII, their own lower case.
    words.push({ start: s, end: i, lower: scanSoft ? raw.replaceAll('\u00ad', '').toLowerCase() : scanCased ? raw.toLowerCase() : raw });
  }
  return words;
}

/** How to read one language's words (from its pack: people/lexicon.ts compiles them). */
export interface TokenizeOptions {
  /** Lower-case abbreviations (no stop) whose following full stop belongs to the word: "mr", "sen", "gen". */
  abbreviations?: ReadonlySet<string>;
  /** Lower-case words cut off before an apostrophe, as a token of their own: "l" ("l’ambassadeur" → "l’" + "ambassadeur"). */
  elisions?: ReadonlySet<string>;
  /** Lower-case endings after an apostrophe that make a possessive, left outside the word: "s" ("Obama’s"). */
  possessives?: readonly string[];
}

function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u2019') || lower.includes('\u02bc') ? lower.replace(/[\u2019\u02bc]/g, "'") : lower;
}

/**
 * `cased`: the word may change in lower case (a capital, a letter beyond ASCII); `curly`: it may hold a
 * typographic apostrophe, which its lower case makes plain.
 */
function makeWord(text: string, start: number, end: number, breaks: number, sentenceStart: boolean, cased = true, curly = true): Token {
  const first = text.charCodeAt(0);
  let allCaps = false;
  if (text.length > 1 && isUpperCode(first)) {
    allCaps = true;
    for (let k = 1; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (classify(c) === C.Letter && !isUpperCode(c)) {
        allCaps = false;
        break;
      }
    }
  }
  const lower = curly ? lowerOf(text) : cased ? text.toLowerCase() : text;
  return new Token(Kind.Word, start, end, text, lower, packFlags(isUpperCode(first), allCaps, sentenceStart, breaks));
}

/**
 * Cuts `text` (or its part [from, to), with offsets still into `text`) into tokens. Linear in the
 * length of the text; never throws on a string.
 */
export function tokenize(text: string, options: TokenizeOptions = {}, from = 0, to = text.length): Token[] {
  const { abbreviations, elisions, possessives } = options;
  const tokens: Token[] = [];
  const n = Math.min(to, text.length);
  let i = Math.max(0, from);
  let breaks = 0;
  let atSentenceStart = true;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classify(code);
    if (cls === C.Space || code === SOFT_HYPHEN) {
      i++;
      continue;
    }
    if (cls === C.Newline) {
      breaks++;
      atSentenceStart = true;
      i++;
      continue;
    }
    if (cls === C.Other && !(code >= 0xd800 && code <= 0xdfff && isWordCharAt(text, i))) {
      const ch = text[i]!;
      tokens.push(new Token(Kind.Punct, i, i + 1, ch, ch, packFlags(false, false, atSentenceStart, breaks)));
      breaks = 0;
      if (isStop(code)) atSentenceStart = true;
      else if (!isOpener(code)) atSentenceStart = false;
      i++;
      continue;
    }
    // A word: letters, digits and marks, joined by inner hyphens, apostrophes and soft hyphens.
    const start = i;
    i = scanWord(text, i, n, true);
    const hasSoft = scanSoft;
    const cased = scanCased;
    const curly = scanCurly;
    const quote = scanJoined || curly;
    let end = i;
    let raw = text.slice(start, end);
    let wordText = hasSoft ? raw.replaceAll('\u00ad', '') : raw;
    const sentenceStart = atSentenceStart;
    atSentenceStart = false;
    // An elision: "l’ambassadeur" → "l’" + "ambassadeur".
    const apos = quote && elisions ? firstApostrophe(wordText) : -1;
    if (apos > 0 && apos < wordText.length - 1) {
      const head = wordText.slice(0, apos).toLowerCase();
      if (elisions!.has(head)) {
        const cut = start + rawIndexOf(raw, apos) + 1;
        const elided = makeWord(text.slice(start, cut), start, cut, breaks, sentenceStart);
        tokens.push(elided);
        breaks = 0;
        raw = text.slice(cut, end);
        wordText = hasSoft ? raw.replaceAll('\u00ad', '') : raw;
        const rest = makeWord(wordText, cut, end, 0, false, cased, curly);
        finishWord(rest, text, abbreviations, possessives);
        i = rest.dotted ? rest.end : i;
        tokens.push(rest);
        continue;
      }
    }
    const token = makeWord(wordText, start, end, breaks, sentenceStart, cased, curly);
    breaks = 0;
    finishWord(token, text, abbreviations, possessives);
    if (token.dotted) end = token.end;
    i = end;
    tokens.push(token);
  }
  return tokens;
}

function firstApostrophe(word: string): number {
  for (let k = 0; k < word.length && k < 8; k++) if (isApostrophe(word.charCodeAt(k))) return k;
  return -1;
}

/** Index in the raw (soft-hyphenated) slice of the character at `index` in its cleaned text. */
function rawIndexOf(raw: string, index: number): number {
  let seen = 0;
  for (let k = 0; k < raw.length; k++) {
    if (raw.charCodeAt(k) === SOFT_HYPHEN) continue;
    if (seen === index) return k;
    seen++;
  }
  return raw.length;
}

/** Possessives come off the end; an initial or a known abbreviation takes its full stop. */
function finishWord(
  token: Token,
  text: string,
  abbreviations: ReadonlySet<string> | undefined,
  possessives: readonly string[] | undefined,
): void {
  const t = token.text;
  const len = t.length;
  // Asked of every word: an indexed loop over a list of one or two endings, no iterator.
  if (possessives) {
    for (let k = 0; k < possessives.length; k++) {
      const ending = possessives[k]!;
      const at = len - ending.length;
      if (at > 1 && isApostrophe(t.charCodeAt(at - 1)) && t.slice(at).toLowerCase() === ending) {
        token.text = t.slice(0, at - 1);
        token.lower = lowerOf(token.text);
        token.end -= ending.length + 1;
        token.possessive = true;
        return;
      }
    }
  }
  if (text.charCodeAt(token.end) !== 46) return;
  if ((len === 1 && token.cap) || abbreviations?.has(token.lower)) {
    token.dotted = true;
    token.end += 1;
    token.text += '.';
  }
}

/** Index of the token that starts at `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Exactly wordsIn(text, start, end), taken from `words` = wordsIn(text, from, to) of a stretch [from, to)
 * that holds [start, end): the claim finder asks for the words of every sentence, of every block's
 * opening and of the clause before every mention, and scanning each again cost more than its work on them.
 */
export function wordsWithin(words: readonly Word[], text: string, start: number, end: number): Word[] {
  // The first word ending after start, then the first starting at or after end.
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let past = lo;
  while (past < words.length && words[past]!.start < end) past++;
  if (lo >= past) return [];
  // A stretch that starts inside a word sees only that word's tail (rare: clause starts are after punctuation).
  if (words[lo]!.start < start) return wordsIn(text, start, end);
  const out = words.slice(lo, past);
  const last = out[out.length - 1]!;
  // A stretch that ends inside a word sees its head ("the first 200 characters of a block").
  if (last.end > end) out[out.length - 1] = wordsIn(text, last.start, end)[0]!;
  return out;
}

/** Whether the gap between two words is only spacing, apostrophes or hyphens (the words belong together). */
export function isTightGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== "'" && c !== '’' && c !== '-' && c !== '\u00A0' && c !== '\u202F' && c !== '\u2011') return false;
  }
  return true;
}

/** Whether the gap between two words is a hyphen ("a-t-il", "dit-elle"). */
export function isHyphenGap(text: string, from: number, to: number): boolean {
  return to - from === 1 && (text[from] === '-' || text[from] === '\u2011');
}

export function isCapitalised(text: string, word: Word): boolean {
  return isUpperCode(text.charCodeAt(word.start));
}

export function isAllCaps(text: string, word: Word): boolean {
  const raw = text.slice(word.start, word.end);
  return raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

// Splitting a lexicon phrase the way the text is split, so that phrases match word for word. Both run
// on every entry of every list before the JIT has warmed up: plain phrases are split natively.

// Lower-case Latin words separated by spaces (every one of these characters is a word character).
const PLAIN_WORDS = /^[a-z0-9\u00e0-\u00f6\u00f8-\u00ff\u0153 ]*$/;

/** The words of a lexicon phrase, as wordsIn() would give them (what /[\p{L}\p{M}\p{N}]+/gu matches). */
export function phraseWords(phrase: string): string[] {
  if (PLAIN_WORDS.test(phrase)) return phrase.split(' ').filter(Boolean);
  return wordsIn(phrase, 0, phrase.length).map((w) => w.lower);
}

/** Letters (accented too), spaces, hyphens and apostrophes only. */
const PLAIN_TOKENS = /^[a-z '\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\uffff]*$/;
const LETTERS_AND_STOPS = /^[a-z. ]*$/;

/**
 * The lower-case word tokens of a lexicon phrase (and '&'), as tokenize() would give them. Plain phrases
 * (letters, spaces, hyphens, elisions) are split directly: running the tokenizer over every entry was
 * most of the engine's cold start.
 */
export function phraseTokens(phrase: string, options: TokenizeOptions = {}): string[] {
  if (!PLAIN_TOKENS.test(phrase)) {
    // Lower-case letters and full stops ("u.s. attorney", "sen."): the tokenizer's words are the runs of letters.
    if (LETTERS_AND_STOPS.test(phrase)) return phrase.split(/[. ]+/).filter(Boolean);
    return tokenize(phrase, options)
      .filter((t) => t.kind === Kind.Word || t.text === '&')
      .map((t) => t.lower);
  }
  // Most entries are one word.
  if (phrase.indexOf(' ') < 0 && phrase.indexOf("'") < 0) return phrase ? [phrase] : [];
  const out: string[] = [];
  for (const word of phrase.split(' ')) {
    if (!word) continue;
    const apos = word.indexOf("'");
    if (apos > 0 && apos < word.length - 1 && options.elisions?.has(word.slice(0, apos))) {
      out.push(word.slice(0, apos + 1), word.slice(apos + 1));
    } else out.push(word);
  }
  return out;
}
