// Picks the analysis language: the page's declared language when it is one we have data for,
// else a count of very common function words.

const COMMON_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'said', 'for', 'with', 'on', 'he', 'it', 'by']),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'du', 'un', 'une', 'que', 'qui', 'est', 'dans', 'pour', 'sur', 'au']),
};

const SAMPLE_LENGTH = 20_000;

/** Returns a primary language subtag; unknown languages come back as they are. */
export function detectLanguage(text: string, declared?: string): string {
  const primary = declared?.toLowerCase().split(/[-_]/)[0];
  if (primary && /^[a-z]{2,3}$/.test(primary)) return primary;
  const counts: Record<string, number> = {};
  const sample = text.slice(0, SAMPLE_LENGTH).toLowerCase();
  for (const word of sample.match(/\p{L}+/gu) ?? []) {
    for (const [lang, words] of Object.entries(COMMON_WORDS)) {
      if (words.has(word)) counts[lang] = (counts[lang] ?? 0) + 1;
    }
  }
  let best = 'en';
  let bestCount = 0;
  for (const [lang, count] of Object.entries(counts)) {
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}
