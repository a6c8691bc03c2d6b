// How French shapes its words: elided articles and pronouns, plurals, the forms of first-group verbs and
// the agreement of participles and adjectives.
import type { Morphology } from '../schema';

// Before a silent "e" ending, é/e + one consonant (or a consonant and r/l) becomes è (considère,
// soulève, célèbre) and -eler/-eter double (rappelle). Before two other consonants nothing changes
// (observe, commente, pense, regrette).
function presentStem(stem: string): string {
  if (/[^e](?:el|et)$/.test(stem)) {
    return stem + stem.slice(-1);
  }
  const m = /^(.*[^aeiouy])[ée]([bcdfgptv][rl]|[^aeiouyéèêàâîôûï])$/.exec(stem);
  return m ? `${m[1]}è${m[2]}` : stem;
}

/** Every finite form and participle of a first-group verb ("déclarer"), the conditional excepted (that is a hedge). */
function firstGroup(infinitive: string): string[] {
  const stem = infinitive.slice(0, -2);
  const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
  const strong = presentStem(stem);
  return [
    `${strong}e`,
    `${strong}es`,
    `${strong}ent`,
    `${stem}ons`,
    `${stem}ez`,
    `${stem}é`,
    `${stem}ée`,
    `${stem}és`,
    `${stem}ées`,
    `${soft}ait`,
    `${soft}aient`,
    `${soft}a`,
    `${stem}èrent`,
    `${soft}ant`,
    `${strong}era`,
    `${strong}eront`,
  ];
}

export const frenchMorphology: Morphology = {
  elisions: 'l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu',
  pluralEndings: 's|x',
  possessiveEndings: '',
  conjugate: firstGroup,
  // Masculine, feminine, masculine plural, feminine plural.
  inflect: (word) => ['', 'e', 's', 'es'].map((ending) => word + ending),
};
