// What is remembered of an annotated article for the People view (src/lib/article-record.ts): the
// officials the engine found, and the claims whose source is one of them, cut to the record's
// limits. Pure: the analysis and the article text in, the record out.
import type { Analysis } from '../analysis/index';
import { personOfSource } from '../analysis/worth-checking';
import { ARTICLE_LIMITS, type ArticleRecord } from '../lib/article-record';

export function articleRecord(
  analysis: Pick<Analysis, 'claims' | 'people'>,
  text: string,
  page: { source: string; url: string; title: string; lang: string },
  now = new Date(),
): ArticleRecord {
  const officials = analysis.people
    .filter((person) => person.official)
    .slice(0, ARTICLE_LIMITS.officials)
    .map((person) => ({ name: person.name.slice(0, ARTICLE_LIMITS.name), role: person.role?.slice(0, 500) ?? null }));
  const claims: ArticleRecord['claims'] = [];
  for (const claim of analysis.claims) {
    const person = personOfSource(claim.source, analysis.people);
    if (!person?.official || claims.length >= ARTICLE_LIMITS.claims) continue;
    const quoted = text.slice(claim.start, claim.end).trim();
    if (!quoted) continue;
    claims.push({
      source: person.name.slice(0, ARTICLE_LIMITS.name),
      text: quoted.slice(0, ARTICLE_LIMITS.claimText),
      kinds: [...claim.kinds],
    });
  }
  return {
    source: page.source,
    url: page.url,
    title: page.title.slice(0, 2000),
    lang: page.lang.slice(0, 35),
    seen: now.toISOString(),
    officials,
    claims,
  };
}
