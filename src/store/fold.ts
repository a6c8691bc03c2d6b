// Folding for search, the one used everywhere a note is searched: accents, case, ligatures and
// compatibility forms removed, so "societe" finds "Société", "oeuvre" finds "Œuvre" and "l'Etat"
// finds "l’État". The note's words and the query's words are folded the same way.

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };
const LIGATURE_RE = /[œæßøđłı]/g;
const MARKS_RE = /\p{M}+/gu;
/** Apostrophes, hyphens, quotes and spaces all part words alike. */
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;
/** Longer "words" (URLs, hashes) are cut: nobody types 40 characters before expecting a hit. */
const MAX_TERM = 40;

/** Lower-cased, accent-free text (NFKD, so "ﬁ" is "fi" and "ĳ" is "ij"). */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
}

/** The distinct folded words of the given texts. */
export function searchTerms(...texts: string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const word of fold(text).split(WORD_SPLIT)) {
      // One-letter words (à, a, l', d') are noise in an index that matches prefixes anyway.
      if (word.length > 1) terms.add(word.slice(0, MAX_TERM));
    }
  }
  return [...terms];
}

/** Words of a query, longest first (the longest narrows the search the most). */
export function queryTerms(query: string): string[] {
  const words = fold(query).split(WORD_SPLIT).filter(Boolean);
  // A lone first letter is still a prefix worth searching while the reader types.
  return [...new Set(words.length === 1 ? words : words.filter((w) => w.length > 1))]
    .map((t) => t.slice(0, MAX_TERM))
    .sort((a, b) => b.length - a.length);
}
