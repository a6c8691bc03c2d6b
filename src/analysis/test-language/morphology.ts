// How Esperanto shapes its words: every verb is regular, nouns take -j in the plural and -n as object.
import type { Morphology } from '../lexicon/schema';

export const esperantoMorphology: Morphology = {
  elisions: '',
  pluralEndings: 'j',
  possessiveEndings: '',
  // "dir+" → diri diras diris diros dirus diru: infinitive, present, past, future, conditional, imperative.
  conjugate: (stem) => ['i', 'as', 'is', 'os', 'us', 'u'].map((ending) => stem + ending),
  // Adjectives agree in number and case: "eksa" → eksa eksaj eksan eksajn.
  inflect: (word) => ['', 'j', 'n', 'jn'].map((ending) => word + ending),
};
