// Whether a page with main text is news, where officials and claims are looked for: not product
// documentation, a forum, a question-and-answer page, a recipe or a shop. Read from what the page
// says of itself (schema.org types, generator, address) and from its text (how much is code).
// Prose with no sign either way counts as news when there is enough of it (isProbablyArticle).
import { type ArticleGuess, isProbablyArticle } from './article';

/** schema.org types of news and of pages written like it (blog posts, reports, opinion). */
const NEWS_TYPES =
  /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Report|BlogPosting|LiveBlogPosting|SocialMediaPosting)$/;
/** schema.org types of pages that are not news. */
const OTHER_TYPES =
  /^(?:QAPage|FAQPage|Question|DiscussionForumPosting|Recipe|Product|ProductGroup|SoftwareApplication|SoftwareSourceCode|TechArticle|APIReference|HowTo|Course)$/;
/** Site generators of documentation and forums. */
const OTHER_GENERATORS =
  /sphinx|mkdocs|docusaurus|gitbook|vuepress|vitepress|docfx|antora|doxygen|javadoc|read the docs|phpbb|vbulletin|xenforo|discourse|invision|mybb|simple machines|flarum|nodebb|mediawiki/i;
/** Address path segments of documentation, forums, questions and wikis. */
const OTHER_PATHS =
  /^(?:docs?|documentation|manual|reference|api|apidocs|forums?|threads?|topics?|questions|answers|wiki|kb|knowledge-?base|faq|help|support|recipes?|shop|products?)$/i;
/** Code above this share of the main text: a page of documentation or a tutorial. */
const CODE_SHARE = 0.12;

export type PageKind = 'news' | 'other';

/** schema.org types the page declares (JSON-LD and microdata), without their vocabulary prefix. */
function declaredTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    for (const match of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const name of match[1]!.matchAll(/"([^"]+)"/g)) types.push(name[1]!.replace(/^.*[/:#]/, ''));
    }
  }
  for (const el of doc.querySelectorAll('[itemtype]')) {
    for (const url of (el.getAttribute('itemtype') ?? '').split(/\s+/)) if (url) types.push(url.replace(/^.*[/:#]/, ''));
  }
  return types;
}

function codeShare(root: Element): number {
  let code = 0;
  for (const el of root.querySelectorAll('pre, code')) {
    if (el.parentElement?.closest('pre, code')) continue;
    code += el.textContent?.length ?? 0;
  }
  return code / Math.max(1, root.textContent?.length ?? 0);
}

/** What kind of page this is, given the finder's guess at its main text. */
export function pageKind(doc: Document, guess: ArticleGuess): PageKind {
  if (!isProbablyArticle(guess)) return 'other';
  if (codeShare(guess.root) > CODE_SHARE) return 'other';
  const types = declaredTypes(doc);
  if (types.some((t) => NEWS_TYPES.test(t))) return 'news';
  if (types.some((t) => OTHER_TYPES.test(t))) return 'other';
  const generator = doc.querySelector('meta[name="generator" i]')?.getAttribute('content') ?? '';
  if (OTHER_GENERATORS.test(generator)) return 'other';
  let path: string[] = [];
  try {
    path = new URL(doc.URL).pathname.split('/');
  } catch {}
  if (path.some((segment) => OTHER_PATHS.test(segment))) return 'other';
  return 'news';
}
