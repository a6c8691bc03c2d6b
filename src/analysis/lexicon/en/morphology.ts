// How English shapes its words: plurals, possessives and the four forms of a regular verb.
import type { Morphology } from '../schema';

/** "insist" → insist insists insisted insisting (and the -e and consonant-y stems: "argue", "deny"). */
function regularVerb(base: string): string[] {
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  return [base, `${base}s`, `${base}ed`, `${base}ing`];
}

export const englishMorphology: Morphology = {
  elisions: '',
  pluralEndings: 's',
  possessiveEndings: 's',
  conjugate: regularVerb,
  // English words do not agree in gender or number: a word is its only form.
  inflect: (word) => [word],
};
