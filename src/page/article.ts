// Finds the element that holds the article on a page, Readability-style in one cheap pass over the
// page: every block that holds text of its own is a paragraph (a <p>, but also a <div> or <td> of
// text, as many sites have), paragraphs score their parent and grandparents by length and commas,
// and the best candidate widens to take in sibling columns of the same story. The finder also
// judges which parts of its root are furniture (the text model leaves them out) and says whether
// the page holds enough prose to read at all.
import {
  BLOCK_TAGS,
  furnitureWords,
  hasFurnitureName,
  isFurniture,
  isHiddenOrEditableByMarkup,
  isNamedBy,
  isStructuralFurniture,
} from './filters';

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
/** Class or id words of a story's lead, the paragraph in bold between headline and body. */
const LEAD_WORDS = new Set([
  'lead',
  'leadtext',
  'intro',
  'introduction',
  'introtext',
  'standfirst',
  'teaser',
  'teasertext',
  'einleitung',
  'vorspann',
  'chapo',
  'chapeau',
  'sapo',
  'excerpt',
  'summary',
  'abstract',
  'dek',
  'deck',
  'subtitle',
  'bajada',
  'entradilla',
  'sumario',
  'sottotitolo',
]);
/** Paragraphs looked at for a lead: this many before the story's first one, and this many opening it. */
const LEAD_BEFORE = 3;
const LEAD_AFTER = 2;
/** How far up a lead's box and the common ancestor with the story may be. */
const LEAD_LEVELS = 4;
/** Taking in the lead may bring this much running text along, no more. */
const LEAD_GROWTH = 1.25;
/** A paragraph this long is running text, however it ends. */
const PROSE_LENGTH = 80;
/** Characters that end a sentence (or a quoted one): . ! ? … " » “ ” ) and the CJK full stop. */
const SENTENCE_ENDS = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x22, 0xbb, 0x201c, 0x201d, 0x29, 0x3002]);
/** Levels above the story that add text, taken or not, before widening stops (wrappers that add none are free). */
const MAX_WIDEN_LEVELS = 5;
/** Elements walked between two points where the sliced finder may give the page a turn. */
const STEP_ELEMENTS = 256;
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
  /** Reads like running text: long, or ending as a sentence ends (not a title, a label, a teaser line). */
  prose: boolean;
}

/** The finder's verdict on the parts of each root it chose, for the text model (weakly held). */
const keptByRoot = new WeakMap<Element, ReadonlySet<Element>>();

/**
 * Furniture as the text model should judge it under `root`: the usual rules, except the parts the
 * finder found to hold the story although they are named like furniture, and inside those the
 * parts named by one of the same words (the items of a live ticker called "comments": each a "comment").
 */
export function furnitureUnder(root: Element): (el: Element) => boolean {
  const kept = keptByRoot.get(root);
  if (!kept || kept.size === 0) return isFurniture;
  return (el) => (isStoryPart(el, kept, root) ? isStructuralFurniture(el) : isFurniture(el));
}

function isStoryPart(el: Element, kept: ReadonlySet<Element>, root: Element): boolean {
  if (kept.has(el)) return true;
  if (!hasFurnitureName(el)) return false;
  for (let node = el.parentElement; node; node = node === root ? null : node.parentElement) {
    if (!kept.has(node)) continue;
    const keptWords = furnitureWords(node);
    for (const word of furnitureWords(el)) if (keptWords.has(word)) return true;
    return false;
  }
  return false;
}

/** Collapsed length and commas of a text node's data, in one loop over its characters. */
function measure(data: string, into: { length: number; commas: number; last: number }, afterSpace: boolean): boolean {
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
      into.last = c;
      space = false;
      if (c === 44 || c === 0x060c || c === 0x3001 || c === 0xff0c) into.commas++;
    }
  }
  return space;
}

interface Owner {
  length: number;
  /** The last character that is not white space. */
  last: number;
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
function* collectParagraphs(body: Element): Generator<void, Paragraph[]> {
  const owners = new Map<Element, Owner>();
  let visited = 0;
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
        owner = { length: 0, last: 0, links: 0, commas: 0, named: frame.named, space: true };
        owners.set(frame.block, owner);
        order.push(frame.block);
      }
      const before = owner.length;
      owner.space = measure(data, owner, owner.space);
      if (frame.inLink) owner.links += owner.length - before;
    } else if (child.nodeType === 1) {
      if (++visited % STEP_ELEMENTS === 0) yield;
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
    const prose = owner.length >= PROSE_LENGTH || SENTENCE_ENDS.has(owner.last);
    paragraphs.push({ el, length: owner.length, links: owner.links, commas: owner.commas, named: owner.named, prose });
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

/** Picks the article root, or null when no part of the page holds a paragraph (in one task). */
export function findArticle(doc: Document): ArticleGuess | null {
  const steps = articleSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * findArticle cut into slices (`slices`: a turn for the page whenever one has run its time): on a
 * large page the walk alone outlasts the 50 ms long-task threshold on a slow machine. A page that
 * fits in the current slice gets no extra turn. The result is findArticle's (the same steps in the
 * same order); a page that changes meanwhile may leave the root disconnected, and then nothing is
 * found (the caller reads again on changes).
 */
export async function findArticleSliced(doc: Document, slices: { due(): boolean; next(): Promise<void> }): Promise<ArticleGuess | null> {
  const steps = articleSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value?.root.isConnected ? step.value : null;
    if (slices.due()) await slices.next();
  }
}

/** The finder's steps; it yields between small pieces of work (a few hundred elements, one candidate). */
function* articleSteps(doc: Document): Generator<void, ArticleGuess | null> {
  const body = doc.body;
  if (!body) return null;
  const paragraphs = yield* collectParagraphs(body);
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
  yield;
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
    yield;
    const adjusted = score * (1 - linkDensity(el));
    if (adjusted > bestScore || (adjusted === bestScore && best && order < bestOrder)) [best, bestScore, bestOrder] = [el, adjusted, order];
  }
  if (!best) return null;
  yield;
  const widened = widen(best, paragraphs);
  const lead = findLead(widened, paragraphs);
  const root = lead?.root ?? widened;
  const inside = paragraphs.filter((p) => root.contains(p.el));
  yield;
  const kept = keptFurniture(root, inside);
  if (lead) kept.add(lead.lead);
  keptByRoot.set(root, kept);
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

/**
 * The story's lead (standfirst, chapô, Vorspann) when it sits in a box of its own just before the
 * body, outside the root or named like a teaser inside it: the root is widened to take it in when
 * that brings little else, and the box is kept from the furniture filter. Null when there is none.
 */
function findLead(root: Element, paragraphs: Paragraph[]): { root: Element; lead: Element } | null {
  const first = paragraphs.findIndex((p) => root.contains(p.el));
  if (first < 0) return null;
  const rootLength = proseIn(root, paragraphs);
  // The nearest paragraphs before the body first, then the body's opening ones.
  const nearby: Paragraph[] = [];
  for (let i = first - 1; i >= Math.max(0, first - LEAD_BEFORE); i--) nearby.push(paragraphs[i]!);
  nearby.push(...paragraphs.slice(first, first + LEAD_AFTER));
  for (const p of nearby) {
    if (!p.prose) continue;
    const inRoot = root.contains(p.el);
    const common = inRoot ? root : commonAncestor(root, p.el);
    if (!common) continue;
    let lead: Element | null = null;
    for (let node: Element | null = p.el, level = 0; node && node !== common && level < LEAD_LEVELS; node = node.parentElement, level++)
      if (isNamedBy(node, LEAD_WORDS)) lead = node;
    if (!lead) continue;
    if (inRoot) return { root, lead };
    let levels = 0;
    for (let node: Element | null = root; node && node !== common; node = node.parentElement) levels++;
    if (levels > LEAD_LEVELS || common.tagName === 'BODY') return null;
    if (proseIn(common, paragraphs) > (rootLength + p.length) * LEAD_GROWTH) return null;
    return { root: common, lead };
  }
  return null;
}

/** Running text (not in furniture) under an element. */
function proseIn(el: Element, paragraphs: Paragraph[]): number {
  return paragraphs.reduce((sum, p) => (p.prose && !p.named && el.contains(p.el) ? sum + p.length : sum), 0);
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a.parentElement; node; node = node.parentElement) if (node.contains(b)) return node;
  return null;
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
 * Stories are often split into sibling columns or sections (one per ad slot, one per block of a
 * page builder): while the parent holds clearly more paragraph text than the current root, take
 * the parent. Wrappers that add no text are passed through whatever their depth (page builders nest
 * each section in half a dozen of them); a few levels that add too little end the search. An
 * enclosing <article> is taken too, for the headline and captions. Furniture inside the wider
 * root is filtered by the text model.
 */
function widen(best: Element, paragraphs: Paragraph[]): Element {
  // A story inside an element named like furniture ("content-behind-paywall") has only named
  // paragraphs: its own kind is counted then, not nothing.
  const bestNamed = paragraphs.some((p) => !p.named && best.contains(p.el)) ? false : paragraphs.some((p) => best.contains(p.el));
  // Only running text counts: a sidebar's teaser titles and labels add length, not story.
  const lengthIn = (el: Element) =>
    paragraphs.reduce((sum, p) => ((bestNamed || !p.named) && p.prose && el.contains(p.el) ? sum + p.length : sum), 0);
  let root = best;
  let rootLength = lengthIn(root);
  let below = rootLength;
  let node = best.parentElement;
  for (let levels = 0; levels < MAX_WIDEN_LEVELS && node && node.tagName !== 'BODY' && node.tagName !== 'HTML'; ) {
    const length = lengthIn(node);
    const isStory = node.tagName === 'ARTICLE' || node.getAttribute('itemprop') === 'articleBody';
    if (length >= rootLength * WIDEN_SHARE || isStory) {
      root = node;
      rootLength = length;
    }
    if (length > below) levels++;
    below = length;
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
