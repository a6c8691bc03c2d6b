// Runs the engine over the article. The first pass reads the article in groups of consecutive
// blocks of a fixed size, so one call stays well under the long-task threshold and the same page
// is always cut the same way, whatever the machine's load (a short story is one call, exactly like
// the CLI). Then, when the groups were fast enough, the whole article once more in one call, so
// links across paragraphs are the CLI's; otherwise merge.ts joins the groups. Each block's share
// of the result is kept by the block's text; when the page changes, unchanged blocks take their
// share from there and only new blocks are analysed, alone, and merged in.
import { analyze, prepare } from '../analysis/index';
import type { Analysis, Person } from '../analysis/types';
import { type BlockResult, mergeBlocks } from './merge';
import { Slices } from './scheduling';
import type { Block, TextModel } from './text-model';

/**
 * Characters per engine call in the first pass: 3–15 ms in Chromium on a busy two-core machine
 * (the engine still meets code paths for the first time there), so a fifth to a third of the
 * 50 ms long-task threshold. Fixed rather than sized from a measured speed: a speed measured under
 * load would cut the article differently from one visit to the next, and with it the links the
 * engine makes across paragraphs. A short story (the demo's 2.5k characters) stays one call.
 */
const GROUP_CHARS = 3_000;
/**
 * After the groups, the whole article is analysed again in one call when the groups together took
 * no longer than this (half the 50 ms long-task threshold; the one call is faster than the groups
 * were, the engine being warmer by then): the engine links a
 * surname, a role or a "he said" to the person named paragraphs earlier only within one call, so
 * the final highlights are then exactly the CLI's. (Measured on the dev and held-out texts, 3k
 * groups merged give a different role or official status for ~30% of mentions.)
 */
const WHOLE_CALL_BUDGET_MS = 25;

export interface AnalyzeRunOptions {
  signal: AbortSignal;
  /** Called with everything found so far, in page offsets; done on the last call. */
  onProgress: (analysis: Analysis, done: boolean) => void;
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
export function blockShare(analysis: Analysis, block: Block): Analysis {
  const { start, end } = block;
  const people: Person[] = [];
  for (const person of analysis.people) {
    const mentions = person.mentions
      .filter((m) => m.start >= start && m.end <= end)
      .map((m) => ({ start: m.start - start, end: m.end - start }));
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
  /** How long the latest engine call took. */
  private lastCallMs = 0;
  /** The page's declared language; after the first pass, the language the engine settled on. */
  constructor(
    private lang: string,
    /** How long the group calls may have taken for the closing whole-article call (tests pin it). */
    private readonly wholeCallBudgetMs = WHOLE_CALL_BUDGET_MS,
  ) {}

  /**
   * A quick look at the claims in the text up to `chars` (whole blocks), for the first highlights
   * while the rest waits for the next task. Nothing is cached: the whole-article pass supersedes it.
   */
  firstLook(model: TextModel, chars: number, partialModel = false): Analysis | null {
    if (!partialModel && (model.text.length <= chars || model.blocks.length < 2)) return null;
    let end = 0;
    for (const block of model.blocks) {
      if (block.start > chars) break;
      end = block.end;
    }
    // Claims only: the people half's cold start would double the wait for the first highlights,
    // and names wait for the whole article anyway (first-look.ts).
    const analysis = this.timed(model.text.slice(0, end), this.lang, true);
    this.lang = analysis.lang;
    return { lang: analysis.lang, people: analysis.people, claims: analysis.claims };
  }

  /**
   * The engine's first call pays its cold start whatever the text: its word lists compiled into
   * look-up tables, its code run for the first time (on the first page after the browser starts,
   * compiled too). The claims half is warmed here, in a slice of its own (its tables and a call
   * on the opening words, whose result is not kept), so the first look's claims-only call is small;
   * the people half is warmed by warmUpPeople() once the first highlights are drawn.
   */
  warmUp(model: TextModel): void {
    prepare(model.text, 'claims', { lang: this.lang || undefined });
    this.callOnOpening(model, true);
  }

  /** The people half's cold start, in two slices: its tables, then a call on the opening words. */
  async warmUpPeople(model: TextModel, slices: Slices): Promise<void> {
    prepare(model.text, 'people', { lang: this.lang || undefined });
    await slices.next();
    this.callOnOpening(model, false);
  }

  /** An engine call on the opening words, run for its warm-up alone (the result is not kept). */
  private callOnOpening(model: TextModel, claimsOnly: boolean): void {
    analyze(model.blocks[0]?.text.slice(0, 200) ?? '', { lang: this.lang || undefined, claimsOnly });
  }

  async run(model: TextModel, options: AnalyzeRunOptions): Promise<Analysis> {
    const known = model.blocks.filter((b) => this.cache.has(b.text)).length;
    const result = known === 0 ? await this.wholeArticle(model, options) : await this.changedBlocks(model, options);
    options.signal.throwIfAborted();
    options.onProgress(result, true);
    return result;
  }

  /** The first pass: the article in one engine call (groups of blocks when it is very long). */
  private async wholeArticle(model: TextModel, options: AnalyzeRunOptions): Promise<Analysis> {
    const results: BlockResult[] = [];
    let lang = this.lang;
    let index = 0;
    const { blocks } = model;
    const slices = new Slices(options.signal);
    let groupsMs = 0;
    while (index < blocks.length) {
      options.signal.throwIfAborted();
      const start = blocks[index]!.start;
      let last = index;
      while (last + 1 < blocks.length && blocks[last + 1]!.end - start <= GROUP_CHARS) last++;
      const analysis = this.timed(model.text.slice(start, blocks[last]!.end), lang);
      groupsMs += this.lastCallMs;
      // The engine decides the language from the text; the first group's decision breaks later ties.
      if (results.length === 0) lang = analysis.lang;
      this.stats.wholePasses++;
      results.push({ start, analysis });
      index = last + 1;
      if (index < blocks.length) {
        // The call was a slice; drawing what is known so far is another.
        await slices.next();
        options.onProgress(mergeBlocks(results, model.text, lang), false);
        await slices.next();
      }
    }
    const whole = await this.wholeCall(model, lang, results.length, groupsMs, slices);
    if (whole) results.splice(0, results.length, whole);
    const result: Analysis =
      results.length === 1
        ? { lang: results[0]!.analysis.lang, people: results[0]!.analysis.people, claims: results[0]!.analysis.claims }
        : mergeBlocks(results, model.text, lang);
    this.lang = result.lang;
    this.remember(model, result);
    return result;
  }

  /** The article in one call, if it was cut into groups and the engine is now fast enough for it. */
  private async wholeCall(model: TextModel, lang: string, groups: number, groupsMs: number, slices: Slices): Promise<BlockResult | null> {
    const { blocks } = model;
    if (groups < 2 || blocks.length === 0 || groupsMs > this.wholeCallBudgetMs) return null;
    const start = blocks[0]!.start;
    const end = blocks[blocks.length - 1]!.end;
    await slices.next();
    this.stats.wholePasses++;
    return { start, analysis: this.timed(model.text.slice(start, end), lang) };
  }

  /** A later pass: unchanged blocks keep their share, new blocks are analysed alone and merged. */
  private async changedBlocks(model: TextModel, options: AnalyzeRunOptions): Promise<Analysis> {
    const results: BlockResult[] = [];
    const fresh: Block[] = [];
    const next = new Map<string, Analysis>();
    const slices = new Slices(options.signal);
    for (const block of model.blocks) {
      let analysis = next.get(block.text) ?? this.cache.get(block.text);
      if (analysis) this.stats.blocksReused++;
      else {
        options.signal.throwIfAborted();
        analysis = this.timed(block.text);
        this.stats.blocksAnalysedAlone++;
        fresh.push(block);
      }
      next.set(block.text, analysis);
      results.push({ start: block.start, analysis });
      await slices.maybeNext();
    }
    const merged = mergeBlocks(results, model.text, this.lang || (results[0]?.analysis.lang ?? ''), fresh);
    // Only the current blocks are kept: the cache never grows past one article.
    this.cache = next;
    return merged;
  }

  /** One engine call, on the performance timeline (the bench places long tasks with it). */
  private timed(text: string, lang = this.lang, claimsOnly = false): Analysis {
    const t0 = performance.now();
    const analysis = analyze(text, { lang: lang || undefined, claimsOnly });
    const ms = performance.now() - t0;
    this.lastCallMs = ms;
    performance.measure('newsmark:engine-call', { start: t0, duration: ms, detail: { chars: text.length } });
    return analysis;
  }

  private remember(model: TextModel, analysis: Analysis): void {
    const next = new Map<string, Analysis>();
    for (const block of model.blocks) if (!next.has(block.text)) next.set(block.text, blockShare(analysis, block));
    this.cache = next;
  }
}
