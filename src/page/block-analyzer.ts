// Runs the engine over the article. The first pass reads the whole article in one call, exactly
// like the CLI, so links across paragraphs survive (a surname three paragraphs after the full name,
// "la société" standing for a company named earlier). Each block's share of that result is kept by
// the block's text; when the page changes, unchanged blocks take their share from there and only
// new blocks are analysed, alone, and merged in (merge.ts). Very long texts are cut into groups of
// blocks so that no single engine call blocks the page for long.
import { analyze } from '../analysis/index';
import type { Analysis, Person } from '../analysis/types';
import { type BlockResult, mergeBlocks, type PageAnalysis } from './merge';
import { yieldToPage } from './scheduling';
import type { Block, TextModel } from './text-model';

/** Above this many characters the article is analysed in groups of blocks, not in one call. */
export const WHOLE_ARTICLE_MAX_CHARS = 150_000;
/** Size of one group for very long texts: well under the long-task threshold even on a slow machine. */
const GROUP_CHARS = 30_000;
/** While new blocks are analysed one by one, give the page a turn after this long. */
const SLICE_MS = 12;

export interface AnalyzeRunOptions {
  signal: AbortSignal;
  /** Called with everything found so far, in page offsets; done on the last call. */
  onProgress: (analysis: PageAnalysis, done: boolean) => void;
}

/** What the analyzer has done since it was made, for tests and benches (reached only through the extension). */
export interface AnalyzerStats {
  /** Engine calls over the whole article (or groups of it). */
  wholePasses: number;
  /** Blocks analysed alone because they were new. */
  blocksAnalysedAlone: number;
  /** Blocks whose result was reused because their text had not changed. */
  blocksReused: number;
}

/** The part of an analysis that falls inside one block, in the block's own offsets. */
export function blockShare(analysis: PageAnalysis | Analysis, block: Block): Analysis {
  const { start, end } = block;
  const people: Person[] = [];
  for (const person of analysis.people) {
    const mentions = person.mentions.filter((m) => m.start >= start && m.end <= end).map((m) => ({ start: m.start - start, end: m.end - start }));
    if (mentions.length > 0) people.push({ name: person.name, role: person.role, official: person.official, mentions });
  }
  const claims = analysis.claims
    .filter((c) => c.start >= start && c.end <= end)
    .map((c) => ({ ...c, kinds: [...c.kinds], start: c.start - start, end: c.end - start }));
  return { lang: analysis.lang, people, claims };
}

export class BlockAnalyzer {
  /** Block text → that block's share of the last analysis it was part of. */
  private cache = new Map<string, Analysis>();
  readonly stats: AnalyzerStats = { wholePasses: 0, blocksAnalysedAlone: 0, blocksReused: 0 };

  /** The page's declared language; after the first pass, the language the engine settled on. */
  constructor(private lang: string) {}

  /**
   * A quick look at the text up to `chars` (whole blocks), for the first highlights while the
   * rest waits for the next task. Nothing is cached: the whole-article pass supersedes it.
   */
  firstLook(model: TextModel, chars: number): PageAnalysis | null {
    if (model.text.length <= chars || model.blocks.length < 2) return null;
    let end = 0;
    for (const block of model.blocks) {
      if (block.start > chars) break;
      end = block.end;
    }
    const analysis = analyze(model.text.slice(0, end), { lang: this.lang || undefined });
    this.lang ||= analysis.lang;
    return { lang: analysis.lang, people: analysis.people, claims: analysis.claims };
  }

  async run(model: TextModel, options: AnalyzeRunOptions): Promise<PageAnalysis> {
    const known = model.blocks.filter((b) => this.cache.has(b.text)).length;
    const result = known === 0 ? await this.wholeArticle(model, options) : await this.changedBlocks(model, options);
    options.signal.throwIfAborted();
    options.onProgress(result, true);
    return result;
  }

  /** The first pass: the article in one engine call (groups of blocks when it is very long). */
  private async wholeArticle(model: TextModel, options: AnalyzeRunOptions): Promise<PageAnalysis> {
    let result: PageAnalysis;
    if (model.text.length <= WHOLE_ARTICLE_MAX_CHARS) {
      const analysis = analyze(model.text, { lang: this.lang || undefined });
      this.stats.wholePasses++;
      result = { lang: analysis.lang, people: analysis.people, claims: analysis.claims };
    } else {
      const results: BlockResult[] = [];
      let lang = this.lang;
      for (const group of groupBlocks(model.blocks, GROUP_CHARS)) {
        options.signal.throwIfAborted();
        const start = group[0]!.start;
        const analysis = analyze(model.text.slice(start, group[group.length - 1]!.end), { lang: lang || undefined });
        lang ||= analysis.lang;
        this.stats.wholePasses++;
        results.push({ start, analysis });
        options.onProgress(mergeBlocks(results, model.text, lang), false);
        await yieldToPage();
      }
      result = mergeBlocks(results, model.text, lang);
    }
    this.lang = result.lang;
    this.remember(model, result);
    return result;
  }

  /** A later pass: unchanged blocks keep their share, new blocks are analysed alone and merged. */
  private async changedBlocks(model: TextModel, options: AnalyzeRunOptions): Promise<PageAnalysis> {
    const results: BlockResult[] = [];
    const fresh: Block[] = [];
    const next = new Map<string, Analysis>();
    let sliceStart = performance.now();
    for (const block of model.blocks) {
      let analysis = next.get(block.text) ?? this.cache.get(block.text);
      if (analysis) this.stats.blocksReused++;
      else {
        options.signal.throwIfAborted();
        analysis = analyze(block.text, { lang: this.lang || undefined });
        this.stats.blocksAnalysedAlone++;
        fresh.push(block);
      }
      next.set(block.text, analysis);
      results.push({ start: block.start, analysis });
      if (performance.now() - sliceStart >= SLICE_MS) {
        await yieldToPage();
        options.signal.throwIfAborted();
        sliceStart = performance.now();
      }
    }
    const merged = mergeBlocks(results, model.text, this.lang || (results[0]?.analysis.lang ?? ''), fresh);
    // Only the current blocks are kept: the cache never grows past one article.
    this.cache = next;
    return merged;
  }

  private remember(model: TextModel, analysis: PageAnalysis): void {
    const next = new Map<string, Analysis>();
    for (const block of model.blocks) if (!next.has(block.text)) next.set(block.text, blockShare(analysis, block));
    this.cache = next;
  }
}

/** Consecutive blocks in groups of about `chars` characters (a longer block is a group alone). */
export function groupBlocks(blocks: readonly Block[], chars: number): Block[][] {
  const groups: Block[][] = [];
  let group: Block[] = [];
  for (const block of blocks) {
    if (group.length > 0 && block.end - group[0]!.start > chars) {
      groups.push(group);
      group = [];
    }
    group.push(block);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
