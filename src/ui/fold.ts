// Folds text for search: case, accents and typographic variants vanish, so "Quebec" finds "Québec"
// and "l'Etat" finds "l’État". Pure, so the popup's index and its tests agree.

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ĳ: 'ij' };
const LIGATURE_RE = /[œæßĳ]/g;
const APOSTROPHES_RE = /[\u2018\u2019\u02BC\u2032`´]/g;
const DASHES_RE = /[\u2010-\u2015\u2212]/g;
const QUOTES_RE = /[\u00AB\u00BB\u201C\u201D\u201E\u2039\u203A]/g;
const MARKS_RE = /\p{M}+/gu;
const SPACES_RE = /\s+/g;

/** Lower-cased, accent-free, with one kind of apostrophe, dash and quote, and single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(LIGATURE_RE, (ch) => LIGATURES[ch] ?? ch)
    .replace(APOSTROPHES_RE, "'")
    .replace(DASHES_RE, '-')
    .replace(QUOTES_RE, '"')
    .replace(SPACES_RE, ' ');
}

/** The words of a query, folded; empty when the query has none. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(' ')
    .map((term) => term.replace(/^["']+|["']+$/g, ''))
    .filter((term) => term.length > 0);
}
