// The lexicon notation, one for every list of every language pack, expanded once when a pack is first used.
//   "a|b c"            entries are separated by "|"; an entry is a word or a phrase (words apart by spaces)
//   "fait/font savoir" alternatives for one word of a phrase: fait savoir, font savoir ("_" is a space
//                      inside an alternative: "suscité la_colère/des_critiques")
//   "insist+"          the forms of a verb, as the language conjugates it (morphology.conjugate)
//   "sommé*"           the forms of a word's agreement (morphology.inflect): sommé sommée sommés sommées
//   "président~e"      a word and its longer forms: président présidente ("chair~man~woman")
//   "direct(eur,rice)" a stem and its endings: directeur directrice
//   "advises:adviser"  a pair, kept as written (roles given by a verb, offices named by their institution)
import type { Morphology } from './schema';

const expanded = new WeakMap<Morphology, Map<string, readonly string[]>>();

/** The entries of a list, every shorthand expanded by the language's morphology. Lists are expanded once. */
export function expand(list: string, morphology: Morphology): readonly string[] {
  let cache = expanded.get(morphology);
  if (!cache) expanded.set(morphology, (cache = new Map()));
  let entries = cache.get(list);
  if (!entries) {
    entries = expandList(list, morphology);
    cache.set(list, entries);
  }
  return entries;
}

/** A language's profile lists hold plain words: they are expanded with no language's morphology. */
const NO_MORPHOLOGY: Morphology = {
  elisions: '',
  pluralEndings: '',
  possessiveEndings: '',
  conjugate: (stem) => [stem],
  inflect: (word) => [word],
};

/** The entries of a list that uses no verb or agreement shorthand (profiles: function words, months). */
export function expandPlain(list: string): readonly string[] {
  return expand(list, NO_MORPHOLOGY);
}

// Lists with none of the shorthands (most of them) are one native split: this runs before the JIT has warmed up.
const NEEDS_CARE = /[/+*~(_]|\|\||^\||\|$|\s\||\|\s|^\s|\s$|\s\s/;
const SHORTHAND = /[/+*~(_]/;

function expandList(list: string, morphology: Morphology): string[] {
  if (!NEEDS_CARE.test(list)) return list ? list.split('|') : [];
  const out: string[] = [];
  for (const raw of list.split('|')) {
    const entry = raw.trim();
    if (!entry) continue;
    if (!SHORTHAND.test(entry)) {
      out.push(entry.includes('  ') ? entry.replace(/\s+/g, ' ') : entry);
      continue;
    }
    // The phrases of an entry: every choice of one form per word.
    let phrases = [''];
    for (const word of entry.split(/\s+/)) {
      const forms = wordForms(word, morphology);
      phrases = phrases.flatMap((head) => forms.map((form) => (head ? `${head} ${form}` : form)));
    }
    out.push(...phrases);
  }
  return out;
}

// A verb's forms, once per language and stem: lists share verbs (reporting and inversion verbs).
const conjugated = new WeakMap<Morphology, Map<string, string[]>>();

function conjugate(stem: string, morphology: Morphology): string[] {
  let cache = conjugated.get(morphology);
  if (!cache) conjugated.set(morphology, (cache = new Map()));
  let forms = cache.get(stem);
  if (!forms) cache.set(stem, (forms = morphology.conjugate(stem)));
  return forms;
}

function wordForms(word: string, morphology: Morphology): string[] {
  return word.split('/').flatMap((alternative) => {
    if (alternative.endsWith('+')) return conjugate(alternative.slice(0, -1), morphology);
    if (alternative.endsWith('*')) return morphology.inflect(alternative.slice(0, -1));
    const paren = alternative.indexOf('(');
    if (paren > 0 && alternative.endsWith(')')) {
      const stem = alternative.slice(0, paren);
      return alternative
        .slice(paren + 1, -1)
        .split(',')
        .map((ending) => stem + ending);
    }
    const tilde = alternative.indexOf('~');
    if (tilde > 0) {
      const base = alternative.slice(0, tilde);
      return [
        base,
        ...alternative
          .slice(tilde + 1)
          .split('~')
          .map((suffix) => base + suffix),
      ];
    }
    return [alternative.replaceAll('_', ' ')];
  });
}
