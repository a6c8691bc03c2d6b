// The article of a page as the content script reads it, in one synchronous call: the finder's
// root, the text read from it, its language and whether the page is news. The content script takes
// the same steps in slices (session.ts); the article CLI and its bench run this in the page.
import { articleLanguage } from '../analysis/index';
import { type ArticleGuess, findArticle, hasMainText } from './article';
import { pageKind } from './page-kind';
import { TextModel } from './text-model';

export interface ArticleReading {
  /** The page has main text (the reader's notes work there). */
  found: boolean;
  lang: string | null;
  /** Newsmark reads the language. */
  supported: boolean;
  /** A news page: officials and claims are looked for (when the language is supported). */
  news: boolean;
  /** The main text as the engine is given it: blocks separated by blank lines. */
  text: string;
}

export function readArticle(doc: Document): ArticleReading {
  const guess = findArticle(doc);
  if (!hasMainText(guess)) return { found: false, lang: null, supported: false, news: false, text: '' };
  const model = TextModel.build(guess.root);
  if (model.text.length === 0) return { found: false, lang: null, supported: false, news: false, text: '' };
  const { lang, supported, news } = readingPlan(doc, guess);
  return { found: true, lang, supported, news, text: model.text };
}

export interface ReadingPlan {
  lang: string | null;
  supported: boolean;
  news: boolean;
  /** Officials and claims are looked for: a news page in a language Newsmark reads. */
  analyse: boolean;
}

/** What the content script does with the main text the finder chose: the same for the CLI and the page. */
export function readingPlan(doc: Document, guess: ArticleGuess): ReadingPlan {
  // The engine decides the language from the opening text, the page's declared one only breaking a tie.
  const { lang, supported } = articleLanguage(guess.sample, doc.documentElement.lang);
  const news = pageKind(doc, guess) === 'news';
  return { lang, supported, news, analyse: supported && news };
}
