// The language an article is written in, decided from its text: the page's declared language
// (<html lang>) only breaks a near tie, since pages often declare their template's language rather
// than the story's. Also says whether Newsmark reads that language.
// (The engine is to say this itself from the text; this page-side reading stands in until it does.)
import { FUNCTION_WORDS, SUPPORTED_LANGUAGES } from './language-words';

export interface PageLanguage {
  /** A primary language subtag, or null when neither the text nor the page tells. */
  lang: string | null;
  /** Newsmark has rules for this language (people and claims are looked for). */
  supported: boolean;
}

/** Function words needed before the text's evidence counts at all. */
const MIN_EVIDENCE = 3;
/** The runner-up within this share of the best count is a near tie. */
const NEAR_TIE = 0.85;
/** Letters from a script with no language in the lists (Cyrillic, Greek, Arabic, CJK…) above this share: not one of ours. */
const OTHER_SCRIPT_SHARE = 0.3;

const wordSets = Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);

function primaryTag(declared: string | null | undefined): string | null {
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

export function pageLanguage(sample: string, declared?: string | null): PageLanguage {
  const declaredTag = primaryTag(declared);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const latin = words.filter((w) => /^[\p{Script=Latin}]+$/u.test(w)).length;
  if (words.length > 0 && 1 - latin / words.length > OTHER_SCRIPT_SHARE) {
    // Not a Latin-script text: whatever it is, Newsmark does not read it; the page may say which.
    const lang = declaredTag && !SUPPORTED_LANGUAGES.has(declaredTag) ? declaredTag : null;
    return { lang, supported: false };
  }
  const counts = new Map<string, number>();
  for (const word of words) for (const [lang, set] of wordSets) if (set.has(word)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [best, second] = ranked;
  let lang: string | null;
  if (!best || best[1] < MIN_EVIDENCE) lang = declaredTag;
  else if (declaredTag && second && second[0] === declaredTag && second[1] >= best[1] * NEAR_TIE) lang = declaredTag;
  else lang = best[0];
  return { lang, supported: lang !== null && SUPPORTED_LANGUAGES.has(lang) };
}
