// Joins the engine's results on parts of the article into one analysis in page offsets. The parts
// are the first pass's groups of blocks (a long article, when the closing whole-article call does
// not fit its budget) or, after the page changed, the blocks new to it, analysed alone. Calls on
// parts lose the engine's view across them; this puts it back: the same person across parts
// becomes one entry, a later surname-only mention joins the full name, and missed repeats of a
// known name are found by plain search.
import type { Analysis, Claim, Person, Span } from '../analysis/types';

export interface BlockResult {
  /** Offset of the block in the page text. */
  start: number;
  analysis: Analysis;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function normalName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function tokens(name: string): string[] {
  return name.split(' ').filter(Boolean);
}

/**
 * searchIn: where missed repeats of known names may be added (the blocks new to this pass); by
 * default the whole text. Blocks taken from a whole-article analysis already have the engine's
 * own mentions, which a plain search must not second-guess.
 */
export function mergeBlocks(results: readonly BlockResult[], text: string, lang: string, searchIn?: readonly Span[]): Analysis {
  const byName = new Map<string, Person>();
  const claims: Claim[] = [];
  for (const { start, analysis } of results) {
    for (const person of analysis.people) {
      const name = normalName(person.name);
      if (!name) continue;
      const mentions = person.mentions.map((m) => ({ start: m.start + start, end: m.end + start }));
      const known = byName.get(name);
      if (!known) {
        byName.set(name, { name, role: person.role, official: person.official, mentions });
        continue;
      }
      known.mentions.push(...mentions);
      if (!known.role && person.role) [known.role, known.official] = [person.role, person.official];
      else if (person.official && !known.official && !known.role) known.official = true;
    }
    for (const claim of analysis.claims) claims.push({ ...claim, start: claim.start + start, end: claim.end + start });
  }

  const people = joinSurnames([...byName.values()]);
  completeMentions(people, text, searchIn);
  const fullNameOf = new Map<string, string>();
  for (const person of people) {
    fullNameOf.set(person.name, person.name);
    const parts = tokens(person.name);
    if (parts.length > 1) fullNameOf.set(parts[parts.length - 1]!, person.name);
  }
  for (const claim of claims) {
    if (claim.source) claim.source = fullNameOf.get(normalName(claim.source)) ?? claim.source;
  }
  people.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  claims.sort((a, b) => a.start - b.start);
  return { lang, people, claims };
}

/**
 * A person known only by a name that ends exactly one longer known name ("Burns" and
 * "Nicholas Burns") is the same person: the mentions move to the full name, which keeps its role.
 */
function joinSurnames(people: Person[]): Person[] {
  const full = people.filter((p) => tokens(p.name).length > 1);
  const kept: Person[] = [];
  for (const person of people) {
    const parts = tokens(person.name);
    const matches = full.filter((f) => {
      const fullParts = tokens(f.name);
      return f !== person && fullParts.length > parts.length && fullParts.slice(-parts.length).join(' ') === person.name;
    });
    if (matches.length !== 1) {
      kept.push(person);
      continue;
    }
    const target = matches[0]!;
    target.mentions.push(...person.mentions);
    if (!target.role && person.role) [target.role, target.official] = [person.role, person.official];
  }
  return kept;
}

/**
 * Adds repeats of a known full name, and of its surname, that a block's analysis missed (a block
 * alone does not know that "Burns" is a person). A surname that also appears in lower case in the
 * text is an ordinary word ("Young", "May") and is not searched for.
 */
function completeMentions(people: Person[], text: string, searchIn?: readonly Span[]): void {
  if (searchIn && searchIn.length === 0) return;
  const allowed = (start: number, end: number) => !searchIn || searchIn.some((s) => s.start <= start && end <= s.end);
  const taken: Span[] = people.flatMap((p) => p.mentions);
  const isTaken = (start: number, end: number) => taken.some((m) => m.start < end && start < m.end);
  const lowerText = text.toLowerCase();
  const forms = people.map((person) => shortForms(person, text));
  const formUsers = new Map<string, number>();
  for (const list of forms) for (const form of list) formUsers.set(form, (formUsers.get(form) ?? 0) + 1);
  people.forEach((person, index) => {
    const parts = tokens(person.name);
    const searches = [person.name];
    const surname = parts[parts.length - 1];
    if (parts.length > 1 && surname && surname.length >= 3 && !hasLowercaseWord(text, lowerText, surname)) {
      searches.push(surname);
    }
    // A short form the engine itself used for this person alone ("Lee" for "Lee Jae-myung",
    // whose family name comes first), which a group analysed without the full name misses.
    for (const form of forms[index]!) {
      if (form !== surname && form.length >= 3 && formUsers.get(form) === 1 && !hasLowercaseWord(text, lowerText, form))
        searches.push(form);
    }
    for (const needle of searches) {
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
        const end = at + needle.length;
        if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
        if (isTaken(at, end) || !allowed(at, end)) continue;
        const mention = { start: at, end };
        person.mentions.push(mention);
        taken.push(mention);
      }
    }
    person.mentions.sort((a, b) => a.start - b.start);
    person.mentions = person.mentions.filter((m, i, all) => i === 0 || m.start !== all[i - 1]!.start);
  });
}

/** The single words of a person's name that the engine found standing alone for that person. */
function shortForms(person: Person, text: string): string[] {
  const parts = tokens(person.name);
  if (parts.length < 2) return [];
  const forms = new Set<string>();
  for (const mention of person.mentions) {
    const said = text.slice(mention.start, mention.end);
    if (said !== person.name && parts.includes(said)) forms.add(said);
  }
  return [...forms];
}

function hasLowercaseWord(text: string, lowerText: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return true;
  for (let at = lowerText.indexOf(lower); at >= 0; at = lowerText.indexOf(lower, at + 1)) {
    const end = at + lower.length;
    if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
    if (text.slice(at, end) === lower) return true;
  }
  return false;
}
