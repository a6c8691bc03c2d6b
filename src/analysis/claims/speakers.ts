// Who spoke, across sentences: "he said" takes the last named speaker, a list after "X said:" is X's, a
// quotation over several sentences has one speaker, a headline's quotation is named where the body repeats it.
import { isUpperCode } from '../text/chars';
import type { QuoteRegion } from '../text/quotes';
import type { SentenceMarks } from './mark-sentence';
import { closesQuoteBefore } from './quotations';
import type { Namer } from './source-names';
import type { Subject } from './subject';

/** A single capitalised word ("Reuters", "L'Insee"): an upper-case initial and no space. */
function isCapitalisedToken(s: string): boolean {
  return isUpperCode(s.charCodeAt(0)) && !/\s/.test(s);
}

// How far back a quotation without its own attribution looks for its speaker.
const SPEAKER_LOOKBACK = 4;
// The people who spoke last that a pronoun may stand for.
const MAX_RECENT_SPEAKERS = 6;

/** Names each sentence's source, given the sentences in text order; "he said" takes the last named speaker. */
export function sourceNamer(namer: Namer): (m: SentenceMarks) => void {
  let lastSpeaker: string | null = null;
  let list: { source: string | null; block: number } | null = null;
  /** The people who spoke last, the latest last. */
  const lastPersons: string[] = [];
  let previousOpener: string | null = null;
  let previousOrganisation: string | null = null;
  /** A person described, not named, who spoke since the last named person did ("The boyfriend told …"). */
  let describedSpeaker: string | null = null;
  return (m) => {
    const view = m.view!;
    // A quotation in a sentence with no cue, the sentence opening with its own subject ("She offered that
    // « … »", "And Haley spotlighted that …"): that subject is the speaker.
    const ownSubject = m.subject.kind === 'none' && m.quoteCue !== null && !m.opensInQuote;
    const opener = view.words[0];
    const subject: Subject = ownSubject && opener && namer.isPersonal(opener.lower) ? { kind: 'pronoun', word: opener.lower } : m.subject;
    namer.recentOrganisation = previousOrganisation;
    const organisations = namer.organisationsIn(view);
    if (subject.kind === 'phrase') m.source = namer.name(view, subject.phrase);
    else if (subject.kind === 'pronoun') {
      // "he"/"she" stand for a person: the first one named earlier in the sentence, else the last person who spoke.
      // In an incise after a quotation ("», a-t-il ajouté") the names inside the quotation are not the speaker.
      // Only a person of the pronoun's gender, as far as the text shows it ("déplore-t-elle" is no man named before).
      const word = subject.word;
      const at = pronounAt(m);
      const incise = closesQuoteBefore(view.text, m.start, at);
      const personal = namer.isPersonal(word);
      const opener = personal && !incise ? namer.openingPerson(m.start, at, view.words) : null;
      // "La Commission … Elle table sur …", "The company … It expects …": the organisation just named.
      const organisation = namer.isOrganisationPronoun(word) && !incise && !opener ? previousOrganisation : null;
      if (organisation) m.source = organisation;
      else if (personal) {
        // The people it may stand for, the likeliest first, but none named after it in its sentence ("she told Ramaswamy").
        const speaker = lastSpeaker && namer.isPersonName(lastSpeaker) ? lastSpeaker : null;
        const candidates = [
          opener,
          incise ? speaker : null,
          previousOpener,
          // "The boyfriend told investigators … He said …": the person described who spoke last.
          describedSpeaker,
          ...lastPersons.toReversed(),
          namer.lastFitting(at, word, m.end),
        ];
        m.source = candidates.find((c) => namer.fits(c, word) && !namer.namedIn(c, at, m.end)) ?? (speaker ? null : lastSpeaker);
      } else m.source = lastSpeaker;
    } else if (subject.kind === 'clause') {
      // The subject of the main clause: the person or the organisation that opens the sentence.
      m.source = namer.openingPerson(m.start, m.end, view.words) ?? (opening(organisations) || lastSpeaker);
    }
    if (ownSubject && subject.kind === 'none') {
      // Not "President X “has put aside …”": words quoted right after a name are someone else's about that person.
      const named = namer.openingMention(m.start, m.end, view.words);
      if (named && /\p{Ll}/u.test(view.text.slice(named.end, view.text.slice(named.end, m.end).search(/[«“"]/) + named.end))) {
        m.source = named.person.name;
      }
    }
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
    namer.observeGenders(view, m.start, m.end);
    for (const o of organisations) namer.rememberOrganisation(o.name);
    // A one-word source that is no person is an organisation too ("L'Insee prévoit …").
    const single = m.source && !namer.isPersonName(m.source) && isCapitalisedToken(m.source) ? m.source : null;
    previousOrganisation = opening(organisations) ?? single;
    if (m.source && previousOrganisation === m.source) namer.rememberOrganisation(m.source);
    if (m.source && namer.isPersonName(m.source)) describedSpeaker = null;
    else if (m.source && subject.kind === 'phrase' && subject.phrase.first === 0 && namer.describesPerson(view, subject.phrase)) {
      describedSpeaker = m.source;
    }
    if (m.source) {
      lastSpeaker = m.source;
      if (namer.isPersonName(m.source)) {
        if (lastPersons[lastPersons.length - 1] !== m.source) lastPersons.push(m.source);
        if (lastPersons.length > MAX_RECENT_SPEAKERS) lastPersons.shift();
      }
      namer.remember(m.source);
    }
  };
}

/** The organisation that opens a sentence ("La Commission européenne a …", "L'Office fédéral (OFAG) …"), if any. */
function opening(organisations: readonly { name: string; first: number }[]): string | null {
  const o = organisations[0];
  return o && o.first <= 1 ? o.name : null;
}

/** A quotation over several sentences has one speaker; a lone quotation takes the nearest speaker. */
export function shareQuoteSources(text: string, marks: SentenceMarks[]): void {
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
    m.source = nearestSpeaker(text, marks, i);
  }
}

// Bounds that keep the search for a headline's quotation in the body linear.
const MAX_HEADLINE_QUOTES = 8;
const HEADLINE_QUOTE_REACH = 20000;

/**
 * A headline quotation is usually repeated in the body, where its speaker is named: that sentence's source.
 * Otherwise the person the headline opens with, if any.
 */
export function nameHeadlineQuotes(text: string, marks: SentenceMarks[], regions: readonly QuoteRegion[], namer: Namer): void {
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

function nearestSpeaker(text: string, marks: readonly SentenceMarks[], i: number): string | null {
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
  // A paragraph that opens with a quotation goes on with the previous paragraph's speaker; one that opens
  // with its own subject ("Le président du Kazakhstan a ordonné de « … »") does not.
  if (!opensWithQuotation(text, m) && !m.opensInQuote) return null;
  for (let k = i - 1; k >= 0 && k >= i - SPEAKER_LOOKBACK; k--) {
    const p = marks[k]!;
    if (p.block < m.block - 2) break;
    if (p.source) return p.source;
  }
  return null;
}

/** Whether a sentence starts with a quotation mark, past a list's bullet ("• “…"). */
function opensWithQuotation(text: string, m: SentenceMarks): boolean {
  return /^\s*(?:[•·*–—-]\s*)?[«“"‘]/.test(text.slice(m.start, m.start + 6));
}

/** Where the pronoun subject sits: the sentence's own words are searched only before it. */
function pronounAt(m: SentenceMarks): number {
  const subject = m.subject;
  if (subject.kind !== 'pronoun') return m.start;
  const w = m.view!.words.find((x) => x.lower === subject.word);
  return w ? w.start : m.start;
}
