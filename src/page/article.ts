// Finds the element that holds the article on a page, Readability-style in one cheap pass over the
// page: every block that holds text of its own is a paragraph (a <p>, but also a <div> or <td> of
// text, as many sites have), paragraphs score their parent and grandparents by length and commas,
// and the best candidate widens to take in sibling columns of the same story. The finder also
// judges which parts of its root are furniture (the text model leaves them out) and says whether
// the page holds enough prose to read at all.
import { BLOCK_TAGS, hasFurnitureName, isFurniture, isHiddenOrEditableByMarkup, isStructuralFurniture } from './filters';

/** A block's own text shorter than this is not a paragraph (a label, a date, a button). */
const MIN_PARAGRAPH = 25;
/** Ancestors credited by each paragraph, with the share each gets (Readability's 1, 1/2, then 1/(3·level)). */
const LEVEL_SHARE = [1, 0.5, 1 / 6, 1 / 9, 1 / 12];
/** Blocks whose own text is never a story paragraph: headings, captions, labels. */
const NOT_PARAGRAPHS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'TH', 'CAPTION', 'FIGCAPTION', 'SUMMARY', 'ADDRESS']);
/**
 * A paragraph inside an element named like furniture ("related", "share", "paywall") counts for
 * this share only: names are weak evidence (a story may sit in `article.paywall` or a
 * `sticky-sidebar-parent`), so they lower a score rather than rule the text out.
 */
const NAMED_FURNITURE_SHARE = 0.3;
/** A part of the root named like furniture is kept when it holds at least this share of the root's paragraph text. */
const KEPT_FURNITURE_SHARE = 0.3;
/** Paragraph text below this under the root is not a page's main text (a label, a teaser, a stub). */
const MIN_MAIN_TEXT = 100;
/** The parent is taken when it holds this much more paragraph text than the root (a lead, a second column). */
const WIDEN_SHARE = 1.1;
/** Characters of the opening paragraphs kept as the sample the language is decided on. */
const SAMPLE_CHARS = 3_000;

export interface ArticleGuess {
  root: Element;
  /** The summed score of the article's paragraphs, used to tell articles from other pages. */
  score: number;
  /** Characters of paragraph text under the root. */
  textLength: number;
  paragraphs: number;
  /** The opening paragraphs' text (a few thousand characters), for deciding the language. */
  sample: string;
}

interface Paragraph {
  el: Element;
  /** Characters of the block's own text, white space collapsed. */
  length: number;
  /** Of which inside links. */
  links: number;
  commas: number;
  /** Inside an element named like furniture (not a story container). */
  named: boolean;
}

/** The finder's verdict on the parts of each root it chose, for the text model (weakly held). */
const keptByRoot = new WeakMap<Element, ReadonlySet<Element>>();

/**
 * Furniture as the text model should judge it under `root`: the usual rules, except the parts the
 * finder found to hold the story although they are named like furniture.
 */
export function furnitureUnder(root: Element): (el: Element) => boolean {
  const kept = keptByRoot.get(root);
  if (!kept || kept.size === 0) return isFurniture;
  return (el) => (kept.has(el) ? isStructuralFurniture(el) : isFurniture(el));
}

/** Collapsed length and commas of a text node's data, in one loop over its characters. */
function measure(data: string, into: { length: number; commas: number }, afterSpace: boolean): boolean {
  let space = afterSpace;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c <= 32 || c === 160) {
      if (!space) {
        into.length++;
        space = true;
      }
    } else {
      into.length++;
      space = false;
      if (c === 44 || c === 0x060c || c === 0x3001 || c === 0xff0c) into.commas++;
    }
  }
  return space;
}

interface Owner {
  length: number;
  links: number;
  commas: number;
  named: boolean;
  space: boolean;
}

/**
 * One walk over the page: the text of each block that holds text of its own, furniture by tag,
 * role or markup skipped. A block is the nearest block-level ancestor of a text node, so text
 * split by <br> or inline tags counts as one paragraph, wherever it sits.
 */
function collectParagraphs(body: Element): Paragraph[] {
  const owners = new Map<Element, Owner>();
  const order: Element[] = [];
  const stack: { next: ChildNode | null; block: Element; inLink: boolean; named: boolean }[] = [
    { next: body.firstChild, block: body, inLink: false, named: false },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      if (data.length === 0) continue;
      let owner = owners.get(frame.block);
      if (!owner) {
        owner = { length: 0, links: 0, commas: 0, named: frame.named, space: true };
        owners.set(frame.block, owner);
        order.push(frame.block);
      }
      const before = owner.length;
      owner.space = measure(data, owner, owner.space);
      if (frame.inLink) owner.links += owner.length - before;
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (isStructuralFurniture(el) || isHiddenOrEditableByMarkup(el)) continue;
      const named = frame.named || (hasFurnitureName(el) && !isStoryContainer(el));
      const block = BLOCK_TAGS.has(el.tagName) ? el : frame.block;
      // A block ends its parent's run of text: what follows is a new stretch of the parent's own text.
      if (block === el) {
        const parentOwner = owners.get(frame.block);
        if (parentOwner) parentOwner.space = true;
      }
      stack.push({ next: el.firstChild, block, inLink: frame.inLink || el.tagName === 'A', named });
    }
  }
  const paragraphs: Paragraph[] = [];
  for (const el of order) {
    const owner = owners.get(el)!;
    if (owner.length < MIN_PARAGRAPH || NOT_PARAGRAPHS.has(el.tagName) || el === body) continue;
    if (owner.links > owner.length * 0.5) continue;
    paragraphs.push({ el, length: owner.length, links: owner.links, commas: owner.commas, named: owner.named });
  }
  return paragraphs;
}

/** What only a story's own container is: an <article>, the articleBody, or a holder of the headline. */
function isStoryContainer(el: Element): boolean {
  return (
    el.tagName === 'ARTICLE' || el.tagName === 'MAIN' || el.getAttribute('itemprop') === 'articleBody' || el.querySelector('h1') !== null
  );
}

function paragraphScore(p: Paragraph): number {
  const score = 1 + p.commas + Math.min(Math.floor(p.length / 100), 3);
  return p.named ? score * NAMED_FURNITURE_SHARE : score;
}

function linkDensity(el: Element): number {
  let links = 0;
  for (const a of el.getElementsByTagName('a')) links += a.textContent?.length ?? 0;
  return Math.min(1, links / Math.max(1, el.textContent?.length ?? 0));
}

/** Picks the article root, or null when no part of the page holds a paragraph. */
export function findArticle(doc: Document): ArticleGuess | null {
  const body = doc.body;
  if (!body) return null;
  const paragraphs = collectParagraphs(body);
  if (paragraphs.length === 0) return null;
  const candidates = new Map<Element, number>();
  for (const p of paragraphs) {
    const score = paragraphScore(p);
    let node = p.el.parentElement;
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
    const adjusted = score * (1 - linkDensity(el));
    if (adjusted > bestScore || (adjusted === bestScore && best && order < bestOrder)) [best, bestScore, bestOrder] = [el, adjusted, order];
  }
  if (!best) return null;
  const root = widen(best, paragraphs);
  const inside = paragraphs.filter((p) => root.contains(p.el));
  keptByRoot.set(root, keptFurniture(root, inside));
  let sample = '';
  for (const p of inside) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `${p.el.textContent ?? ''}\n`;
  }
  return {
    root,
    score: inside.reduce((sum, p) => sum + Math.sqrt(Math.max(0, p.length - 140)), 0),
    textLength: inside.reduce((sum, p) => sum + p.length, 0),
    paragraphs: inside.length,
    sample,
  };
}

/** Parts of the root named like furniture that hold a large share of its paragraph text: the story itself. */
function keptFurniture(root: Element, inside: Paragraph[]): Set<Element> {
  const total = inside.reduce((sum, p) => sum + p.length, 0);
  const lengthOf = new Map<Element, number>();
  for (const p of inside) {
    for (let node: Element | null = p.el; node && node !== root; node = node.parentElement)
      lengthOf.set(node, (lengthOf.get(node) ?? 0) + p.length);
  }
  const kept = new Set<Element>();
  for (const [el, length] of lengthOf) if (length >= total * KEPT_FURNITURE_SHARE && hasFurnitureName(el)) kept.add(el);
  if (hasFurnitureName(root)) kept.add(root);
  return kept;
}

/**
 * Stories are often split into sibling columns (one per ad slot): while the parent holds clearly
 * more paragraph text than the current root, take the parent. An enclosing <article> is taken too,
 * for the headline and captions. Furniture inside the wider root is filtered by the text model.
 */
function widen(best: Element, paragraphs: Paragraph[]): Element {
  const lengthIn = (el: Element) => paragraphs.reduce((sum, p) => (!p.named && el.contains(p.el) ? sum + p.length : sum), 0);
  let root = best;
  let rootLength = lengthIn(root);
  let node = best.parentElement;
  // Wrappers that add nothing are passed through, so a story cut into nested columns is found whole.
  for (let level = 0; level < 5 && node && node.tagName !== 'BODY' && node.tagName !== 'HTML'; level++) {
    const length = lengthIn(node);
    const isStory = node.tagName === 'ARTICLE' || node.getAttribute('itemprop') === 'articleBody';
    if (length >= rootLength * WIDEN_SHARE || isStory) {
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

/** Enough prose to read at all (the reader's notes work there); articles are judged by isProbablyArticle. */
export function hasMainText(guess: ArticleGuess | null): guess is ArticleGuess {
  return !!guess && guess.textLength >= MIN_MAIN_TEXT;
}
