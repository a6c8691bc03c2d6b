// The article of a page as the engine is given it, in one synchronous call: the finder's root, the
// text read from it, its language and whether the page is news. The content script takes the same
// steps in slices (session.ts); the article CLI and its bench run this in the page.
import { findArticle, hasMainText } from './article';
import { TextModel } from './text-model';

export interface ArticleReading {
  found: boolean;
  lang: string | null;
  text: string;
}

export function readArticle(doc: Document): ArticleReading {
  const guess = findArticle(doc);
  if (!hasMainText(guess)) return { found: false, lang: null, text: '' };
  const model = TextModel.build(guess.root);
  if (model.text.length === 0) return { found: false, lang: null, text: '' };
  return { found: true, lang: null, text: model.text };
}
