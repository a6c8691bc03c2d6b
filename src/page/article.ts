// Finds the element that holds the article on a news page, Readability-style but in one cheap
// pass: paragraphs score their parent and grandparents by length and commas, furniture is left
// out, and the best candidate widens to take in sibling columns of the same story. Also says
// whether the page looks like an article at all (like Readability's isProbablyReaderable).
import { isFurniture } from './filters';

const PARAGRAPHS = 'p, pre, blockquote';
const MIN_PARAGRAPH = 25;
/** Ancestors credited by each paragraph, with the share each gets. */
const LEVEL_SHARE = [1, 0.5, 1 / 3, 0.25];

export interface ArticleGuess {
  root: Element;
  /** The summed score of the article's paragraphs, used to tell articles from other pages. */
  score: number;
  /** Characters of paragraph text under the root. */
  textLength: number;
  paragraphs: number;
}

interface Scored {
  el: Element;
  length: number;
  score: number;
}

/** True when the element or an ancestor is page furniture (up to the body); memoised per pass. */
function insideFurniture(el: Element, memo: Map<Element, boolean>): boolean {
  const seen: Element[] = [];
  let result = false;
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    const known = memo.get(node);
    if (known !== undefined) {
      result = known;
      break;
    }
    seen.push(node);
    if (isFurniture(node)) {
      result = true;
      break;
    }
  }
  for (const node of seen) memo.set(node, result);
  return result;
}

function linkLength(el: Element): number {
  let total = 0;
  for (const a of el.getElementsByTagName('a')) total += a.textContent?.length ?? 0;
  return total;
}

function scoreParagraphs(doc: Document): Scored[] {
  const scored: Scored[] = [];
  const memo = new Map<Element, boolean>();
  for (const p of doc.body?.querySelectorAll(PARAGRAPHS) ?? []) {
    const text = p.textContent ?? '';
    const length = text.trim().length;
    if (length < MIN_PARAGRAPH) continue;
    if (linkLength(p) > length * 0.5) continue;
    if (insideFurniture(p, memo)) continue;
    const commas = text.split(/[,،、，]/).length - 1;
    scored.push({ el: p, length, score: 1 + commas + Math.min(Math.floor(length / 100), 3) });
  }
  return scored;
}

/** Picks the article root, or null when no part of the page reads like an article. */
export function findArticle(doc: Document): ArticleGuess | null {
  const paragraphs = scoreParagraphs(doc);
  if (paragraphs.length === 0) return null;
  const candidates = new Map<Element, number>();
  for (const { el, score } of paragraphs) {
    let node = el.parentElement;
    for (const share of LEVEL_SHARE) {
      if (!node || node.tagName === 'HTML') break;
      candidates.set(node, (candidates.get(node) ?? 0) + score * share);
      node = node.parentElement;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  let bestOrder = 0;
  // Highest raw score first: link-heavy blocks (lists of headlines) are not the story, however
  // long, so a score is lowered by the share of link text; it can only go down, so once the best
  // lowered score beats a raw score, that candidate and every later one are out, and the costly
  // text and link reads are made for a few candidates only. Ties go to the first in page order.
  const ranked = [...candidates].map(([el, score], order) => ({ el, score, order })).sort((a, b) => b.score - a.score);
  for (const { el, score, order } of ranked) {
    if (score < bestScore) break;
    const adjusted = score * (1 - Math.min(1, linkLength(el) / Math.max(1, (el.textContent ?? '').length)));
    if (adjusted > bestScore || (adjusted === bestScore && best && order < bestOrder)) [best, bestScore, bestOrder] = [el, adjusted, order];
  }
  if (!best) return null;
  const root = widen(best, paragraphs);
  const inside = paragraphs.filter((p) => root.contains(p.el));
  return {
    root,
    score: inside.reduce((sum, p) => sum + Math.sqrt(Math.max(0, p.length - 140)), 0),
    textLength: inside.reduce((sum, p) => sum + p.length, 0),
    paragraphs: inside.length,
  };
}

/**
 * Stories are often split into sibling columns (one per ad slot): while the parent holds clearly
 * more paragraph text than the current root, take the parent. An enclosing <article> is taken too,
 * for the headline and captions. Furniture inside the wider root is filtered by the text model.
 */
function widen(best: Element, paragraphs: Scored[]): Element {
  const lengthIn = (el: Element) => paragraphs.reduce((sum, p) => (el.contains(p.el) ? sum + p.length : sum), 0);
  let root = best;
  let rootLength = lengthIn(root);
  let node = best.parentElement;
  // Wrappers that add nothing are passed through, so a story cut into nested columns is found whole.
  for (let level = 0; level < 5 && node && node.tagName !== 'BODY' && node.tagName !== 'HTML'; level++) {
    const length = lengthIn(node);
    const isStory = node.tagName === 'ARTICLE' || node.getAttribute('itemprop') === 'articleBody';
    if (length >= rootLength * 1.25 || isStory) {
      root = node;
      rootLength = length;
    }
    node = node.parentElement;
  }
  return root;
}

/** Readability's rule of thumb: enough long paragraphs to be worth reading in reader mode. */
export function isProbablyArticle(guess: ArticleGuess | null): guess is ArticleGuess {
  return !!guess && guess.score > 20 && guess.textLength >= 500;
}
