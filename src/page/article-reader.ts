// Reads one article and keeps its analysis current: finds it, reads its first screenful, then the
// whole text in slices, runs the engine (a first look, then the whole article), reads it again
// with computed styles once the highlights are up, and again after the page changed. It reports
// every analysis it has to its listener, which draws; it draws nothing itself.
import type { Analysis } from '../analysis/types';
import { findArticleSliced, hasMainText } from './article';
import { BlockAnalyzer } from './block-analyzer';
import { type ReadingPlan, readingPlan } from './reading';
import { Slices, yieldToPage } from './scheduling';
import { TextModel } from './text-model';
import { isShown } from './visibility';

/**
 * The opening paragraphs (whole blocks up to about this many characters): read and analysed
 * first, so highlights show before the whole article is read. Small: even after its warm-up the
 * engine meets code paths for the first time there, and that cost grows with the text.
 */
const FIRST_LOOK_CHARS = 600;

/** first-look: the opening screenful; partial: part of the whole-article pass; final: the whole article. */
export type Stage = 'first-look' | 'partial' | 'final';

const EMPTY: Analysis = { lang: '', people: [], claims: [] };

export interface ReaderListener {
  /** A new analysis (`analysis`) of the current model (`model`; null: the article held no text after all). */
  analysed(stage: Stage): void;
  /** The article, found hidden by a reading, shows again: time to read it once more. */
  shownAgain(): void;
}

export class ArticleReader {
  model: TextModel | null = null;
  analysis: Analysis = EMPTY;
  /** The whole article has been analysed: people are drawn from then on (see first-look.ts). */
  wholeKnown = false;
  private analyzer: BlockAnalyzer | null = null;
  /** The model holds only the article's first screenful; the whole article is read next. */
  private firstLookOnly = false;
  /** The article root find() chose (by scoring the page), or null. */
  private scoredRoot: Element | null = null;
  /** The main text's language, and whether it is analysed (a news page in a language we read). */
  plan: ReadingPlan | null = null;
  /** Watches for the article to be shown again after a read found it hidden. */
  private shownWatch: MutationObserver | null = null;
  /** Readings with computed styles done (for tests). */
  rechecks = 0;
  /** Who hears of each analysis: the session, once the article is found. */
  listener: ReaderListener | null = null;

  constructor(private readonly signal: AbortSignal) {}

  /**
   * Finds the article; false when the page has none (yet). Only its first screenful is read here
   * (markup-only hidden checks); the whole text is read in slices in run(). The scoring comes
   * first, even for the first look: a cheaper guess at the story's container read text (headlines,
   * captions) that the article then left out, and the first highlights must all stay.
   */
  async find(): Promise<boolean> {
    const root = await this.scoreArticle();
    return !!root && this.readFirstScreen(root);
  }

  private readFirstScreen(root: Element): boolean {
    const model = TextModel.build(root, { quick: true, maxChars: FIRST_LOOK_CHARS });
    if (model.text.length === 0) return false;
    this.model = model;
    this.firstLookOnly = true;
    performance.mark('newsmark:text');
    return true;
  }

  /**
   * The scored root of the page's main text, or null when it has none. The page is scored in
   * slices (a large page takes longer than a long task may); what it is (its language, news or
   * not) is read in the last one, or in a turn of its own when that slice has run its time.
   */
  private async scoreArticle(): Promise<Element | null> {
    const slices = new Slices(this.signal);
    const guess = await findArticleSliced(document, slices);
    performance.mark('newsmark:article');
    const found = hasMainText(guess);
    if (found) await slices.maybeNext();
    this.scoredRoot = found ? guess.root : null;
    this.plan = found ? readingPlan(document, guess) : null;
    return this.scoredRoot;
  }

  /** Officials and claims are looked for on this page (news, in a language Newsmark reads). */
  get analysed(): boolean {
    return !!this.plan?.analyse;
  }

  /** The scored article root's whole text (markup-only hidden checks), read in slices. */
  private async findWhole(slices: Slices): Promise<boolean> {
    const root = this.scoredRoot ?? (await this.scoreArticle());
    if (!root) return false;
    await slices.next();
    this.model = await TextModel.buildSliced(root, yieldToPage, this.signal, { quick: true });
    this.firstLookOnly = false;
    return this.model.text.length > 0;
  }

  /** The first look, then the whole article. False when the article held no text after all. */
  async run(): Promise<boolean> {
    if (!this.model) return false;
    if (!this.plan?.analyse) {
      // Not news, or a language Newsmark does not read: the text is read for the reader's notes only.
      if (this.firstLookOnly && !(await this.findWhole(new Slices(this.signal)))) {
        this.model = null;
        return false;
      }
      return true;
    }
    // The language decided from the text (the declared one only broke a tie).
    this.analyzer ??= new BlockAnalyzer(this.plan.lang ?? '');
    const slices = new Slices(this.signal);
    // Reading, the engine's warm-up and its first look are separate tasks.
    await slices.next();
    this.analyzer.warmUp(this.model);
    await slices.next();
    performance.mark('newsmark:first-look');
    const first = this.analyzer.firstLook(this.model, FIRST_LOOK_CHARS, this.firstLookOnly);
    performance.mark('newsmark:analyzed');
    if (first) {
      // If the first look's call filled a slice, drawing gets its own.
      await slices.maybeNext();
      this.report(first, 'first-look');
      await slices.next();
    }
    await this.analyzer.warmUpPeople(this.model, slices);
    await slices.next();
    if (this.firstLookOnly) {
      if (!(await this.findWhole(slices))) {
        this.model = null;
        this.report(EMPTY, 'final');
        return false;
      }
      await slices.next();
    }
    performance.mark('newsmark:whole-read');
    await this.analyzeWhole(false);
    performance.mark('newsmark:full-pass');
    return true;
  }

  /**
   * The first read judged hidden text by markup only; now that highlights are up, read again with
   * computed styles and, if that leaves text out, analyse the difference (unchanged blocks are
   * kept). True when the model changed. While the article is not shown at all, nothing can be
   * judged: what is drawn stays, and the listener hears when the article shows again.
   */
  async recheckHidden(): Promise<boolean> {
    const model = this.model;
    if (!model || !this.analyzer) return false;
    this.signal.throwIfAborted();
    if (!isShown(model.root)) {
      this.whenShown(model.root);
      return false;
    }
    const thorough = await TextModel.buildSliced(model.root, yieldToPage, this.signal);
    performance.mark('newsmark:thorough-read');
    this.rechecks++;
    if (thorough.text === model.text || (thorough.text.length === 0 && !isShown(model.root))) return false;
    this.model = thorough;
    await this.analyzeWhole(true);
    return true;
  }

  /** Re-reads the article after the page changed; unchanged blocks keep their results. False when there is none. */
  async refresh(): Promise<boolean> {
    const root = this.model?.root;
    if (root?.isConnected) {
      // A hidden article reads as empty: keep what is known until it shows again.
      if (!isShown(root)) {
        this.whenShown(root);
        return false;
      }
      this.model = await TextModel.buildSliced(root, yieldToPage, this.signal);
      this.firstLookOnly = false;
    } else if (!(await this.find())) return false;
    if (this.firstLookOnly && !(await this.findWhole(new Slices(this.signal)))) return false;
    // A page read for the notes only (see run()) has no analysis to bring up to date.
    if (!this.analyzer) return true;
    await this.analyzeWhole(true);
    return true;
  }

  /**
   * The reader acts before the whole article was read (only the first screenful is in the
   * model): read it now, in one go, so a selection anywhere in the article is found.
   */
  wholeModel(): TextModel | null {
    if (this.firstLookOnly && this.scoredRoot) {
      this.model = TextModel.build(this.scoredRoot, { quick: true });
      this.firstLookOnly = false;
    }
    return this.model;
  }

  get stats() {
    return this.analyzer ? { ...this.analyzer.stats, rechecks: this.rechecks } : null;
  }

  destroy(): void {
    this.shownWatch?.disconnect();
    this.shownWatch = null;
  }

  private async analyzeWhole(finalOnly: boolean): Promise<void> {
    await this.analyzer!.run(this.model!, {
      signal: this.signal,
      onProgress: (analysis, done) => {
        if (done || !finalOnly) this.report(analysis, done ? 'final' : 'partial');
      },
    });
  }

  private report(analysis: Analysis, stage: Stage): void {
    this.analysis = analysis;
    if (stage === 'final') this.wholeKnown = true;
    this.listener?.analysed(stage);
  }

  /**
   * Calls back once the article shows. Anti-flicker snippets hide the page with a style element
   * or a class on <html> or <body>, and take it away later: any change of those is looked at.
   */
  private whenShown(root: Element): void {
    this.shownWatch?.disconnect();
    const watch = new MutationObserver(() => {
      if (!root.isConnected || !isShown(root)) return;
      watch.disconnect();
      if (this.shownWatch === watch) this.shownWatch = null;
      this.listener?.shownAgain();
    });
    watch.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden'],
      childList: true,
      subtree: true,
    });
    this.shownWatch = watch;
  }
}
