// Runs the engine over the article block by block, in slices that leave the page responsive, and
// remembers each block's result by its text, so a block that did not change is never analysed again.
import { analyze } from '../analysis/index';
import type { Analysis } from '../analysis/types';
import { type BlockResult, mergeBlocks, type PageAnalysis } from './merge';
import { yieldToPage } from './scheduling';
import type { TextModel } from './text-model';

export interface AnalyzeRunOptions {
  /** Work done before the first result is handed over: small, so highlights appear early. */
  firstSliceMs: number;
  sliceMs: number;
  signal: AbortSignal;
  /** Called after each slice with everything found so far, in page offsets. */
  onProgress: (analysis: PageAnalysis, done: boolean) => void;
  /** Awaited after the first slice (the settings, which decide whether anything is drawn). */
  gate?: Promise<unknown>;
}

export class BlockAnalyzer {
  private cache = new Map<string, Analysis>();
  /** Blocks handed to the engine since this analyzer was made (cache misses), for tests and benches. */
  analyzedBlocks = 0;

  constructor(private readonly lang: string) {}

  async run(model: TextModel, options: AnalyzeRunOptions): Promise<PageAnalysis> {
    const next = new Map<string, Analysis>();
    const results: BlockResult[] = [];
    let sliceStart = performance.now();
    let budget = options.firstSliceMs;
    for (const block of model.blocks) {
      options.signal.throwIfAborted();
      let analysis = next.get(block.text) ?? this.cache.get(block.text);
      if (!analysis) {
        analysis = analyze(block.text, { lang: this.lang });
        this.analyzedBlocks++;
      }
      next.set(block.text, analysis);
      results.push({ start: block.start, analysis });
      if (performance.now() - sliceStart >= budget) {
        options.onProgress(mergeBlocks(results, model.text, this.lang), false);
        if (options.gate) {
          await options.gate;
          options.gate = undefined;
          options.signal.throwIfAborted();
        }
        await yieldToPage();
        sliceStart = performance.now();
        budget = options.sliceMs;
      }
    }
    options.signal.throwIfAborted();
    // Only the current blocks are kept: the cache never grows past one article.
    this.cache = next;
    const merged = mergeBlocks(results, model.text, this.lang);
    options.onProgress(merged, true);
    return merged;
  }
}
