// The People view's model: the officials met in annotated articles, joined across articles by the
// engine's name for them (case, accents and spacing ignored), with their roles, the articles, the
// claims they were the source of, and the reader's verdict on any of those claims. Pure.
import { nameKey } from '../../analysis/worth-checking';
import type { Annotation, Verdict } from '../../lib/annotation';
import type { ArticleRecord } from '../../lib/article-record';

export interface PersonClaim {
  text: string;
  article: { source: string; url: string; title: string };
  verdict: Verdict | null;
}

export interface PersonEntry {
  key: string;
  name: string;
  roles: string[];
  articles: Array<{ source: string; url: string; title: string }>;
  claims: PersonClaim[];
}

/** `verdicts`: the reader's verdict notes, from any article. */
export function peopleOf(articles: readonly ArticleRecord[], verdicts: readonly Annotation[]): PersonEntry[] {
  const verdictByQuote = new Map<string, Verdict>();
  for (const note of verdicts) {
    const quote = note.target.selector?.[0].exact;
    if (quote && note.assessment) verdictByQuote.set(`${note.target.source}\n${quote.trim()}`, note.assessment.verdict);
  }
  const people = new Map<string, PersonEntry>();
  const sorted = [...articles].sort((a, b) => (a.seen < b.seen ? 1 : -1));
  for (const article of sorted) {
    const page = { source: article.source, url: article.url, title: article.title };
    for (const official of article.officials) {
      const key = nameKey(official.name);
      let entry = people.get(key);
      if (!entry) people.set(key, (entry = { key, name: official.name, roles: [], articles: [], claims: [] }));
      // The fullest form of the name any article gives, as it is written (with its capitals).
      if (fuller(official.name, entry.name)) entry.name = official.name;
      if (official.role && !entry.roles.includes(official.role)) entry.roles.push(official.role);
      if (!entry.articles.some((a) => a.source === article.source)) entry.articles.push(page);
    }
    for (const claim of article.claims) {
      const entry = people.get(nameKey(claim.source));
      if (!entry) continue;
      entry.claims.push({
        text: claim.text,
        article: page,
        verdict: verdictByQuote.get(`${article.source}\n${claim.text.trim()}`) ?? null,
      });
    }
  }
  return [...people.values()].sort(
    (a, b) => b.claims.length - a.claims.length || b.articles.length - a.articles.length || a.name.localeCompare(b.name),
  );
}

const capitals = (name: string) => (name.match(/\p{Lu}/gu) ?? []).length;

function fuller(name: string, than: string): boolean {
  return name.length > than.length || (name.length === than.length && capitals(name) > capitals(than));
}
