// The article as one string, blocks joined by "\n\n" (a hard boundary for the engine), with maps
// between offsets in that string and positions in the page's text nodes. White space is collapsed
// and soft hyphens dropped in the string, never in the page: the DOM is only read.

import { furnitureUnder } from './article';
import { collapse } from './collapse';
import { BLOCK_TAGS, hiddenCheckUnder, isCreditLine, isHiddenOrEditableByMarkup } from './filters';

export const BLOCK_SEPARATOR = '\n\n';

export interface Block {
  /** Offsets of the block in the model's text. */
  start: number;
  end: number;
  text: string;
}

interface Segment {
  node: Text;
  /** Offset in the model's text of the segment's first character. */
  start: number;
  /** Length in the model's text. */
  length: number;
  /** map[i]: offset in node.data of the model's character start+i; null when they coincide. */
  map: Int32Array | null;
}

interface DraftBlock {
  parts: string[];
  segments: Segment[];
  length: number;
  linkChars: number;
  endsWithSpace: boolean;
  /** The block element the text starts in (its tag name), or '' for loose text. */
  tag: string;
  /** Not text: marks where furniture was left out (a title just before it belongs to it). */
  furniture?: true;
}

/** Blocks that are mostly link text are lists of headlines, not the story. */
const MAX_LINK_SHARE = 0.5;
/** A line this short, without a sentence's end, may be the title of what follows it. */
const TITLE_CHARS = 80;
const SENTENCE_END = /[.!?…"»”)]$/;
const SUBHEADING = /^H[2-6]$/;

const isLinkList = (b: DraftBlock) => b.linkChars > b.length * MAX_LINK_SHARE;
/** A short line that is not a sentence (nor a line of dialogue): a subheading, a box's title. */
const isTitleLike = (b: DraftBlock, text: string) =>
  b.length <= TITLE_CHARS && (SUBHEADING.test(b.tag) || (!SENTENCE_END.test(text) && !/^[-–—„“"«‹‚']/.test(text)));

/**
 * The blocks that are the story's text: not link lists, not photo credits, and not the title of
 * furniture left out (a "Related stories" or "Mehr zum Thema" line just before the list it names,
 * a subheading that ends the article with nothing after it).
 */
function storyBlocks(blocks: DraftBlock[], truncated: boolean): DraftBlock[] {
  const kept: DraftBlock[] = [];
  const textOf = (b: DraftBlock) => b.parts.join('').trim();
  const dropped = (b: DraftBlock) => b.furniture === true || b.length === 0 || isLinkList(b);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (dropped(block)) continue;
    const text = textOf(block);
    if (isCreditLine(text)) continue;
    if (block.tag !== 'H1' && isTitleLike(block, text) && titlesDroppedBox(blocks, i, text, truncated)) continue;
    kept.push(block);
  }
  return kept;
}

/**
 * A title line just before furniture or a list of links is the title of that box ("Related
 * stories", "Mehr zum Thema", "Über den Autor"): it goes with it.
 */
function titlesDroppedBox(blocks: DraftBlock[], index: number, text: string, truncated: boolean): boolean {
  let next = index + 1;
  while (next < blocks.length && blocks[next]!.length === 0 && !blocks[next]!.furniture) next++;
  const following = blocks[next];
  // After the last block of a first look, what follows is unknown: a title there waits for the whole read.
  if (!following) return truncated || SUBHEADING.test(blocks[index]!.tag);
  // A line that ends with a colon may announce a link that belongs to the story ("the report is here:").
  return following.furniture === true || (isLinkList(following) && !text.endsWith(':'));
}

export interface DomPoint {
  node: Text;
  offset: number;
}

export class TextModel {
  readonly text: string;
  readonly blocks: Block[];
  private readonly segments: Segment[];
  private readonly segmentOf: Map<Text, number>;

  private constructor(
    readonly root: Element,
    blocks: DraftBlock[],
    truncated = false,
  ) {
    const kept = storyBlocks(blocks, truncated);
    const parts: string[] = [];
    this.blocks = [];
    this.segments = [];
    this.segmentOf = new Map();
    let offset = 0;
    for (const draft of kept) {
      let text = draft.parts.join('');
      // A trailing collapsed space belongs to no word; trim it so blocks end on text.
      if (text.endsWith(' ')) {
        text = text.slice(0, -1);
        const last = draft.segments[draft.segments.length - 1]!;
        if (--last.length === 0) draft.segments.pop();
      }
      if (offset > 0) {
        parts.push(BLOCK_SEPARATOR);
        offset += BLOCK_SEPARATOR.length;
      }
      const start = offset;
      for (const segment of draft.segments) {
        segment.start += start;
        this.segmentOf.set(segment.node, this.segments.length);
        this.segments.push(segment);
      }
      parts.push(text);
      offset += text.length;
      this.blocks.push({ start, end: offset, text });
    }
    this.text = parts.join('');
  }

  /**
   * Reads the article text under root, leaving out furniture, hidden and editable parts. `quick`
   * judges hidden text by markup alone (no style read, for the first highlights); a thorough build
   * follows once they are drawn. `maxChars` stops after the block that reaches it (a first look).
   */
  static build(root: Element, options: { quick?: boolean; maxChars?: number } = {}): TextModel {
    const reader = new BlockReader(root, options.quick ? isHiddenOrEditableByMarkup : hiddenCheckUnder(root), options.maxChars);
    while (!reader.step(Number.POSITIVE_INFINITY));
    return new TextModel(root, reader.blocks, reader.truncated);
  }

  /**
   * The same build in slices of about `sliceMs`, giving the page a turn in between, so a long
   * article (read with computed styles, unless `quick`) never makes one long task.
   */
  static async buildSliced(
    root: Element,
    yieldFn: () => Promise<void>,
    signal: AbortSignal,
    options: { quick?: boolean; sliceMs?: number } = {},
  ): Promise<TextModel> {
    const sliceMs = options.sliceMs ?? 8;
    const reader = new BlockReader(root, options.quick ? isHiddenOrEditableByMarkup : hiddenCheckUnder(root));
    while (!reader.step(performance.now() + sliceMs)) {
      await yieldFn();
      signal.throwIfAborted();
    }
    return new TextModel(root, reader.blocks);
  }

  /** The page position of a text offset. Offsets between blocks move forward (or back, for ends). */
  pointAt(offset: number, edge: 'start' | 'end'): DomPoint | null {
    const index = this.segmentIndexAt(offset, edge);
    if (index < 0) return null;
    const segment = this.segments[index]!;
    const local = Math.min(Math.max(offset - segment.start, 0), segment.length);
    if (edge === 'start') {
      if (local >= segment.length) return { node: segment.node, offset: segment.node.data.length };
      return { node: segment.node, offset: segment.map ? segment.map[local]! : local };
    }
    if (local === 0) return { node: segment.node, offset: segment.map ? segment.map[0]! : 0 };
    return { node: segment.node, offset: segment.map ? segment.map[local - 1]! + 1 : local };
  }

  /** A live Range over text[start, end), or null when the span holds no page text. */
  rangeFor(start: number, end: number): Range | null {
    const from = this.pointAt(start, 'start');
    const to = this.pointAt(end, 'end');
    if (!from || !to) return null;
    const range = this.root.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range.collapsed ? null : range;
  }

  /** The text offset of a page position, or null when it is outside the article text. */
  offsetOf(node: Node, offset: number): number | null {
    if (node.nodeType === 3) {
      const index = this.segmentOf.get(node as Text);
      if (index === undefined) return this.offsetAfter(node);
      const segment = this.segments[index]!;
      if (!segment.map) return segment.start + Math.min(offset, segment.length);
      // First model character at or after the DOM offset.
      let lo = 0;
      let hi = segment.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (segment.map[mid]! < offset) lo = mid + 1;
        else hi = mid;
      }
      return segment.start + lo;
    }
    const child = node.childNodes[offset];
    return child ? this.offsetAfter(child, true) : this.offsetAfter(node, false, true);
  }

  /** The offset of the first article text at or after a node (or after its end). */
  private offsetAfter(node: Node, inclusive = false, afterEnd = false): number | null {
    const doc = this.root.ownerDocument;
    const walker = doc.createTreeWalker(this.root, NodeFilter.SHOW_TEXT);
    if (!this.root.contains(node)) return null;
    walker.currentNode = node;
    let next: Node | null = inclusive && node.nodeType === 3 ? node : afterEnd ? lastTextAfter(walker, node) : walker.nextNode();
    while (next) {
      const index = this.segmentOf.get(next as Text);
      if (index !== undefined) return this.segments[index]!.start;
      next = walker.nextNode();
    }
    return this.text.length;
  }

  /** Article text segments, in order (for hit-testing and tests). */
  get segmentCount(): number {
    return this.segments.length;
  }

  contains(node: Node): boolean {
    return node.nodeType === 3 ? this.segmentOf.has(node as Text) : this.root.contains(node);
  }

  private segmentIndexAt(offset: number, edge: 'start' | 'end'): number {
    const { segments } = this;
    if (segments.length === 0) return -1;
    // Last segment starting at or before offset (for ends: strictly before, so an end on a
    // segment boundary stays in the earlier segment).
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = segments[mid]!.start;
      if (edge === 'start' ? start <= offset : start < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (edge === 'start') {
      if (found < 0) return 0;
      const segment = segments[found]!;
      // In a gap (block separator or collapsed space): the next segment starts the span.
      if (offset >= segment.start + segment.length && found + 1 < segments.length) return found + 1;
      return found;
    }
    return Math.max(found, 0);
  }
}

/** Walks the article depth-first with an explicit stack, so the walk can stop at a deadline and resume. */
class BlockReader {
  readonly blocks: DraftBlock[] = [];
  private current: DraftBlock = newBlock();
  private chars = 0;
  /** Stopped at maxChars before the end of the article. */
  truncated = false;
  /** Frames of the walk: the next child to visit, whether inside a link, and whether the parent is a block. */
  private readonly stack: { next: ChildNode | null; inLink: boolean; isBlock: boolean }[];
  /** Furniture as the finder judged it under this root. */
  private readonly isFurniture: (el: Element) => boolean;

  constructor(
    root: Element,
    private readonly hidden: (el: Element) => boolean,
    private readonly maxChars = Number.POSITIVE_INFINITY,
  ) {
    this.stack = [{ next: root.firstChild, inLink: false, isBlock: false }];
    this.isFurniture = furnitureUnder(root);
  }

  /** Ends the current block; the next one starts in `tag` (a block element's name). */
  private breakBlock(tag = ''): void {
    if (this.current.length > 0) {
      this.blocks.push(this.current);
      // Lists of links are dropped later: they do not count towards a first look.
      if (!isLinkList(this.current)) this.chars += this.current.length;
      if (this.chars >= this.maxChars) {
        this.stack.length = 0;
        this.truncated = true;
      }
    }
    this.current = newBlock(tag);
  }

  /** Walks until done (true) or until the deadline passes (false). */
  step(deadline: number): boolean {
    let visited = 0;
    while (this.stack.length > 0) {
      // Reading the clock is not free: once every 64 nodes is enough.
      if ((++visited & 63) === 0 && performance.now() > deadline) return false;
      const frame = this.stack[this.stack.length - 1]!;
      const child = frame.next;
      if (!child) {
        this.stack.pop();
        if (frame.isBlock) this.breakBlock();
        continue;
      }
      frame.next = child.nextSibling;
      if (child.nodeType === 3) {
        addText(this.current, child as Text, frame.inLink);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const isBlock = BLOCK_TAGS.has(element.tagName);
        const furniture = this.isFurniture(element);
        if (furniture || this.hidden(element)) {
          // A skipped block still separates the text around it.
          if (isBlock) this.breakBlock();
          if (furniture && this.blocks[this.blocks.length - 1]?.furniture !== true) this.blocks.push({ ...newBlock(''), furniture: true });
          continue;
        }
        if (isBlock) this.breakBlock(element.tagName);
        if (this.stack.length === 0) break;
        this.stack.push({ next: element.firstChild, inLink: frame.inLink || element.tagName === 'A', isBlock });
      }
    }
    this.stack.length = 0;
    this.breakBlock();
    return true;
  }
}

function newBlock(tag = ''): DraftBlock {
  return { parts: [], segments: [], length: 0, linkChars: 0, endsWithSpace: true, tag };
}

/** Appends a text node to the block, collapsing white space (also across nodes) with an offset map. */
function addText(block: DraftBlock, node: Text, inLink: boolean): void {
  const { text, map, endsWithSpace } = collapse(node.data, block.endsWithSpace);
  if (text.length === 0) return;
  block.segments.push({ node, start: block.length, length: text.length, map });
  block.parts.push(text);
  block.length += text.length;
  block.endsWithSpace = endsWithSpace;
  if (inLink) block.linkChars += text.trim().length;
}

function lastTextAfter(walker: TreeWalker, node: Node): Node | null {
  // Skip past the node's own subtree, then take the next text node.
  let last: Node = node;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  return walker.nextNode();
}
