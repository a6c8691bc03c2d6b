// One article on one page: reads it, analyses it in slices, draws its highlights and notes, and
// answers the reader (hover, keyboard, selection) and the popup. A new session starts after a
// single-page-app navigation; stop() leaves the page as it was.
import type { ClaimKind } from '../analysis/types';
import type { NoteColor } from '../lib/annotation';
import type { PageResponseMap } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { findArticle, hasMainText } from './article';
import { BlockAnalyzer } from './block-analyzer';
import { drawnKeys, missingFrom } from './first-look';
import { claimKindHighlight, clearHighlights, HIGHLIGHT_NAMES, setHighlight } from './highlights';
import { hitTest } from './hit-test';
import type { PageAnalysis } from './merge';
import { NotesLayer, type PageIdentity } from './notes';
import { type ReadingPlan, readingPlan } from './reading';
import { report, Slices, yieldToPage } from './scheduling';
import { highlightCss, installHighlightCss, isDarkPage } from './styles';
import { type Target, TargetIndex } from './targets';
import { TextModel } from './text-model';
import { PageUi } from './ui/index';
import type { Box, CardData } from './ui/types';

/**
 * The opening paragraphs (whole blocks up to about this many characters): read and analysed
 * first, so highlights show before the whole article is read. Small: even after its warm-up the
 * engine meets code paths for the first time there, and that cost grows with the text.
 */
const FIRST_LOOK_CHARS = 600;
const FLASH_MS = 1600;
const HOVER_DELAY_MS = 120;
const HOVER_GRACE_MS = 350;

let readyMeasured = false;
let anchoredMeasured = false;

function measureOnce(name: 'newsmark:ready' | 'newsmark:anchored', detail?: Record<string, number>): void {
  try {
    performance.measure(name, { start: 'newsmark:start', detail });
  } catch {
    performance.measure(name);
  }
}

function toBox(rect: DOMRect): Box {
  return { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
}

function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class ArticleSession {
  model: TextModel | null = null;
  analysis: PageAnalysis = { lang: '', people: [], claims: [] };
  private targets = new TargetIndex([]);
  private readonly abort = new AbortController();
  private analyzer: BlockAnalyzer | null = null;
  readonly notes: NotesLayer;
  readonly ui: PageUi;
  private current: { target: Target; range: Range; via: 'pointer' | 'keyboard'; returnFocus: Element | null } | null = null;
  private selection: { start: number; end: number } | null = null;
  private pointer = { x: 0, y: 0, pending: false, overPanel: false };
  private hoverTimer = 0;
  private hideTimer = 0;
  private flashTimer = 0;
  private cssInstalled = false;
  /** The model holds only the article's first screenful; the whole article is read next. */
  private firstLookOnly = false;
  /** The article root find() chose (by scoring the page), or null. */
  private scoredRoot: Element | null = null;
  /** The main text's language, and whether it is analysed (a news page in a language we read). */
  private plan: ReadingPlan | null = null;
  /** A note is being typed in the open panel: pointer moves neither close nor replace it. */
  private pinned = false;
  /** The whole article has been analysed: people are drawn from then on (see first-look.ts). */
  private wholeKnown = false;
  /** What the first look drew, until the whole-article pass is drawn and compared with it. */
  private firstLookKeys: Map<string, Range> | null = null;
  /** First-look highlights the whole-article pass did not draw the same (for tests; 0 is right). */
  private firstLookDropped = 0;

  constructor(
    /** Null until storage answers: the article is read and analysed meanwhile, drawn after. */
    private settingsOrNull: Settings | null,
    identity: () => PageIdentity,
  ) {
    this.notes = new NotesLayer(identity);
    this.ui = new PageUi({
      saveCard: (body) => this.saveCurrent(body),
      highlightSelection: (color, body) => this.highlightSelection(color, body),
      editNote: async (id, body) => {
        if (!this.model) return;
        await this.notes.update(this.model, id, { body });
        this.refreshCard();
      },
      deleteNote: async (id) => {
        if (this.model) await this.notes.remove(this.model, id);
        this.close();
      },
      close: () => this.close(),
      pin: () => {
        this.pinned = true;
        clearTimeout(this.hideTimer);
      },
      pointerOverPanel: (over) => {
        this.pointer.overPanel = over;
        if (over) clearTimeout(this.hideTimer);
        else if (this.current?.via === 'pointer') this.scheduleHide();
      },
    });
  }

  private get settings(): Settings {
    if (!this.settingsOrNull) throw new Error('Settings not loaded');
    return this.settingsOrNull;
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /**
   * Finds the article; false when the page has none (yet). Only its first screenful is read here
   * (markup-only hidden checks); the whole text is read in slices in run(). The scoring comes
   * first, even for the first look: a cheaper guess at the story's container read text (headlines,
   * captions) that the article then left out, and the first highlights must all stay.
   */
  find(): boolean {
    const root = this.scoreArticle();
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

  /** The scored root of the page's main text, or null when it has none. */
  private scoreArticle(): Element | null {
    const guess = findArticle(document);
    performance.mark('newsmark:article');
    this.scoredRoot = hasMainText(guess) ? guess.root : null;
    this.plan = hasMainText(guess) ? readingPlan(document, guess) : null;
    return this.scoredRoot;
  }

  /** Officials and claims are looked for on this page (news, in a language Newsmark reads). */
  get analysed(): boolean {
    return !!this.plan?.analyse;
  }

  /** The scored article root's whole text (markup-only hidden checks), read in slices. */
  private async findWhole(slices: Slices): Promise<boolean> {
    const root = this.scoredRoot ?? this.scoreArticle();
    if (!root) return false;
    await slices.next();
    this.model = await TextModel.buildSliced(root, yieldToPage, this.signal, { quick: true });
    this.firstLookOnly = false;
    return this.model.text.length > 0;
  }

  /**
   * Analyses and draws: a first look at the opening screenful is drawn as soon as the settings
   * allow, then the whole article (in bounded engine calls) replaces it; then the notes are loaded
   * and anchored, and the article is read again with computed styles.
   */
  async run(): Promise<void> {
    if (!this.model) return;
    if (!this.plan?.analyse) return this.runWithoutAnalysis();
    // The language decided from the text (the declared one only broke a tie).
    this.analyzer ??= new BlockAnalyzer(this.plan.lang ?? '');
    const notesLoaded = this.notes.load().catch((error) => report(error, 'loading notes'));
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
      this.analysis = first;
      this.draw('first-look');
      await slices.next();
    }
    await this.analyzer.warmUpPeople(this.model, slices);
    await slices.next();
    if (this.firstLookOnly) {
      const found = await this.findWhole(slices);
      if (!found) {
        // The article holds no text after all.
        this.model = null;
        this.analysis = { lang: '', people: [], claims: [] };
        clearHighlights();
        this.targets = new TargetIndex([]);
        return;
      }
      await slices.next();
    }
    performance.mark('newsmark:whole-read');
    const model = this.model!;
    await this.analyzer.run(model, {
      signal: this.signal,
      onProgress: (analysis, done) => {
        this.analysis = analysis;
        this.draw(done ? 'final' : 'partial');
      },
    });
    performance.mark('newsmark:full-pass');
    await yieldToPage();
    await this.recheckHidden();
    performance.mark('newsmark:rechecked');
    await notesLoaded;
    await this.anchorNotes();
  }

  /** A page that is not news, or not in a language we read: the reader's notes only. */
  private async runWithoutAnalysis(): Promise<void> {
    const notesLoaded = this.notes.load().catch((error) => report(error, 'loading notes'));
    if (this.firstLookOnly && !(await this.findWhole(new Slices(this.signal)))) {
      this.model = null;
      return;
    }
    await notesLoaded;
    await this.anchorNotes();
  }

  /**
   * The first read judged hidden text by markup only; now that highlights are up, read again with
   * computed styles and, if that leaves text out, analyse the difference (unchanged blocks are kept).
   */
  private async recheckHidden(): Promise<void> {
    const model = this.model;
    if (!model || !this.analyzer) return;
    this.signal.throwIfAborted();
    const thorough = await TextModel.buildSliced(model.root, yieldToPage, this.signal);
    performance.mark('newsmark:thorough-read');
    if (thorough.text === model.text) return;
    this.model = thorough;
    await this.analyzer.run(thorough, {
      signal: this.signal,
      onProgress: (analysis, done) => {
        if (!done) return;
        this.analysis = analysis;
        this.draw('final');
      },
    });
  }

  /** Re-reads the article after the page changed; unchanged blocks keep their results. */
  async refresh(): Promise<void> {
    const root = this.model?.root;
    if (root?.isConnected) {
      this.model = await TextModel.buildSliced(root, yieldToPage, this.signal);
      this.firstLookOnly = false;
    } else if (!this.find()) return;
    if (this.firstLookOnly && !(await this.findWhole(new Slices(this.signal)))) return;
    if (!this.analyzer) return this.anchorNotes();
    await this.analyzer.run(this.model!, {
      signal: this.signal,
      onProgress: (analysis, done) => {
        if (!done) return;
        this.analysis = analysis;
        this.draw('final');
      },
    });
    await this.anchorNotes();
  }

  /** Counters for tests (reached only through the extension's own messages). */
  get stats() {
    return this.analyzer ? { ...this.analyzer.stats, firstLookDropped: this.firstLookDropped } : null;
  }

  async reloadNotes(): Promise<void> {
    await this.notes.load();
    await this.anchorNotes();
  }

  private async anchorNotes(): Promise<void> {
    if (!this.model) return;
    await this.notes.anchor(this.model, this.signal);
    this.rebuildTargets();
    if (!anchoredMeasured) {
      anchoredMeasured = true;
      measureOnce('newsmark:anchored');
    }
  }

  applySettings(settings: Settings): void {
    this.settingsOrNull = settings;
    this.cssInstalled = false;
    this.draw();
  }

  /**
   * Registers the analysis as highlights, for the kinds the reader shows. `stage`: the first
   * look, a part of the whole-article pass, or the whole article (final). Until the final one,
   * only claims and the first look's settled names are drawn. Ready is the first draw that shows
   * something, or the final one.
   */
  private draw(stage: 'first-look' | 'partial' | 'final' = 'partial'): void {
    if (stage === 'final') this.wholeKnown = true;
    const model = this.model;
    if (!model || !this.settingsOrNull) return;
    const { show } = this.settings;
    if (!this.cssInstalled) {
      installHighlightCss(highlightCss(this.settings, isDarkPage(model.root)));
      this.cssInstalled = true;
    }
    const officials: Range[] = [];
    const others: Range[] = [];
    for (const person of this.wholeKnown ? this.analysis.people : []) {
      const shown = person.official ? show.officials : show.people;
      if (!shown) continue;
      for (const mention of person.mentions) {
        const range = model.rangeFor(mention.start, mention.end);
        if (range) (person.official ? officials : others).push(range);
      }
    }
    const claims: Range[] = [];
    const byKind = new Map<string, Range[]>();
    if (show.claims) {
      for (const claim of this.analysis.claims) {
        const range = model.rangeFor(claim.start, claim.end);
        if (!range) continue;
        claims.push(range);
        const kind = claim.kinds.includes('quote')
          ? 'quote'
          : claim.kinds.includes('statistic')
            ? 'statistic'
            : claim.kinds.includes('hedged')
              ? 'hedged'
              : 'attributed';
        const list = byKind.get(kind) ?? [];
        list.push(range);
        byKind.set(kind, list);
      }
    }
    setHighlight(HIGHLIGHT_NAMES.official, officials);
    setHighlight(HIGHLIGHT_NAMES.person, others);
    setHighlight(HIGHLIGHT_NAMES.claim, claims);
    for (const kind of ['attributed', 'quote', 'hedged', 'statistic'] as const)
      setHighlight(claimKindHighlight(kind), byKind.get(kind) ?? []);
    if (stage === 'first-look' || (stage === 'final' && this.firstLookKeys)) {
      const keys = drawnKeys({
        [HIGHLIGHT_NAMES.official]: officials,
        [HIGHLIGHT_NAMES.person]: others,
        [HIGHLIGHT_NAMES.claim]: claims,
        ...Object.fromEntries([...byKind].map(([kind, ranges]) => [claimKindHighlight(kind as ClaimKind), ranges])),
      });
      if (stage === 'first-look') this.firstLookKeys = keys;
      else {
        this.firstLookDropped = missingFrom(this.firstLookKeys!, keys).length;
        this.firstLookKeys = null;
      }
    }
    if (!readyMeasured && (stage === 'final' || officials.length + others.length + claims.length > 0)) {
      readyMeasured = true;
      // What the first highlights hold, for the bench.
      measureOnce('newsmark:ready', { names: officials.length + others.length, claims: claims.length });
    }
    this.rebuildTargets();
  }

  private rebuildTargets(): void {
    if (!this.settingsOrNull) return;
    const { show } = this.settings;
    const targets: Target[] = [];
    // Names not drawn yet (the whole article is still being analysed) have no card either.
    this.analysis.people.forEach((person, ref) => {
      if (!this.wholeKnown || !(person.official ? show.officials : show.people)) return;
      for (const m of person.mentions) targets.push({ kind: 'person', start: m.start, end: m.end, ref });
    });
    if (show.claims) {
      this.analysis.claims.forEach((c, ref) => {
        targets.push({ kind: 'claim', start: c.start, end: c.end, ref });
      });
    }
    for (const { note, result } of this.notes.placed.values()) {
      if (result.status !== 'orphan') targets.push({ kind: 'note', start: result.start, end: result.end, ref: note.id });
    }
    this.targets = new TargetIndex(targets);
  }

  // --- cards -----------------------------------------------------------------------------------

  private cardData(target: Target): CardData | null {
    if (target.kind === 'person') {
      const person = this.analysis.people[target.ref as number];
      return person
        ? { kind: 'person', name: person.name, role: person.role, official: person.official, mentions: person.mentions.length }
        : null;
    }
    if (target.kind === 'claim') {
      const claim = this.analysis.claims[target.ref as number];
      return claim ? { kind: 'claim', kinds: claim.kinds, source: claim.source, cue: claim.cue } : null;
    }
    const placed = this.notes.get(target.ref as string);
    if (!placed || !this.model) return null;
    return {
      kind: 'note',
      id: placed.note.id,
      body: placed.note.body,
      color: placed.note.color,
      quote: this.model.text.slice(target.start, target.end),
    };
  }

  private openCard(target: Target, range: Range, box: DOMRect, via: 'pointer' | 'keyboard'): void {
    const data = this.cardData(target);
    if (!data || !this.model) return;
    const returnFocus = via === 'keyboard' ? (this.current?.returnFocus ?? document.activeElement) : null;
    this.current = { target, range, via, returnFocus };
    setHighlight(HIGHLIGHT_NAMES.focus, via === 'keyboard' ? [range] : []);
    this.ui.update({
      card: { data, box: toBox(box), focus: via === 'keyboard', key: `${target.kind}:${target.start}:${target.end}` },
      dark: isDarkPage(this.model.root),
      defaultColor: this.settings.defaultNoteColor,
    });
  }

  /** Shows the open card's data again (after its note was edited). */
  private refreshCard(): void {
    const card = this.ui.state.card;
    const data = this.current && this.cardData(this.current.target);
    if (card && data) this.ui.update({ card: { ...card, data } });
  }

  close(): void {
    clearTimeout(this.hoverTimer);
    clearTimeout(this.hideTimer);
    const returnFocus = this.current?.via === 'keyboard' ? this.current.returnFocus : null;
    this.current = null;
    this.pinned = false;
    this.selection = null;
    setHighlight(HIGHLIGHT_NAMES.focus, []);
    this.ui.update({ card: null, toolbar: null });
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => {
      if (!this.pointer.overPanel && !this.pinned && this.current?.via === 'pointer') this.close();
    }, HOVER_GRACE_MS);
  }

  /** Pointer moved over the page (not over our UI). Hit-testing waits for the next frame. */
  pointerMoved(x: number, y: number): void {
    this.pointer.x = x;
    this.pointer.y = y;
    if (this.pointer.pending || !this.model) return;
    this.pointer.pending = true;
    requestAnimationFrame(() => {
      this.pointer.pending = false;
      try {
        this.hover();
      } catch (error) {
        report(error, 'hover');
      }
    });
  }

  private hover(): void {
    if (!this.model || this.pinned || this.current?.via === 'keyboard' || this.ui.state.toolbar) return;
    const hit = hitTest(this.model, this.targets, this.pointer.x, this.pointer.y);
    if (hit && this.current && this.current.target === hit.target) {
      clearTimeout(this.hideTimer);
      return;
    }
    clearTimeout(this.hoverTimer);
    if (hit) {
      this.hoverTimer = window.setTimeout(() => {
        if (!this.ui.state.toolbar) this.openCard(hit.target, hit.range, hit.box, 'pointer');
      }, HOVER_DELAY_MS);
    } else if (this.current) {
      this.scheduleHide();
    }
  }

  /** Moves the keyboard to the next or previous highlight and opens its card, focused. */
  step(direction: 1 | -1): boolean {
    if (!this.model) return false;
    const from = this.current?.target ?? null;
    const target = this.targets.step(from, direction, this.viewportOffset());
    if (!target) return false;
    const range = this.model.rangeFor(target.start, target.end);
    if (!range) return false;
    this.scrollTo(range);
    const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
    this.openCard(target, range, box, 'keyboard');
    return true;
  }

  /** The text offset at the top of the viewport, so stepping starts where the reader is. */
  private viewportOffset(): number {
    if (!this.model) return 0;
    const hit = (document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(
      window.innerWidth / 2,
      Math.min(80, window.innerHeight / 4),
    );
    return (hit && this.model.offsetOf(hit.startContainer, hit.startOffset)) ?? 0;
  }

  private scrollTo(range: Range): void {
    const rect = range.getBoundingClientRect();
    if (rect.top >= 60 && rect.bottom <= window.innerHeight - 200) return;
    window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  /** Keeps an open card beside its text when the page scrolls. */
  reposition(): void {
    const card = this.ui.state.card;
    if (!card || !this.current) return;
    if (this.current.via === 'pointer') {
      this.close();
      return;
    }
    const box = this.current.range.getClientRects()[0] ?? this.current.range.getBoundingClientRect();
    this.ui.update({ card: { ...card, box: toBox(box) } });
  }

  // --- the reader's highlights -----------------------------------------------------------------

  /**
   * The reader acts before the whole article was read (only the first screenful is in the
   * model): read it now, in one go, so a selection anywhere in the article is found.
   */
  private wholeModel(): TextModel | null {
    if (this.firstLookOnly && this.scoredRoot) {
      this.model = TextModel.build(this.scoredRoot, { quick: true });
      this.firstLookOnly = false;
    }
    return this.model;
  }

  /** Reads the page selection as article offsets (trimmed of white space), or null. */
  private selectedSpan(): { start: number; end: number; range: Range } | null {
    const model = this.wholeModel();
    const selection = getSelection();
    if (!model || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    let start = model.offsetOf(range.startContainer, range.startOffset);
    let end = model.offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null) return null;
    while (start < end && /\s/.test(model.text[start]!)) start++;
    while (end > start && /\s/.test(model.text[end - 1]!)) end--;
    return start < end ? { start, end, range } : null;
  }

  /** After a mouse or keyboard selection: shows the toolbar (focused when asked from the keyboard). */
  selectionDone(focus: boolean): boolean {
    if (this.ui.state.toolbar && !focus && this.ui.state.toolbar.focus) return true;
    const span = this.selectedSpan();
    if (!span) {
      if (this.ui.state.toolbar) this.close();
      return false;
    }
    clearTimeout(this.hoverTimer);
    const rects = span.range.getClientRects();
    const box = rects[rects.length - 1] ?? span.range.getBoundingClientRect();
    if (this.current) this.close();
    this.selection = { start: span.start, end: span.end };
    this.ui.update({
      card: null,
      toolbar: { box: toBox(box), focus, key: `${span.start}:${span.end}:${focus}` },
      dark: this.model ? isDarkPage(this.model.root) : false,
      defaultColor: this.settings.defaultNoteColor,
    });
    return true;
  }

  async highlightSelection(color: NoteColor, body?: string): Promise<void> {
    const span = this.selection;
    if (!span || !this.model) throw new Error('No selection');
    await this.notes.save(this.model, span.start, span.end, color, body);
    this.rebuildTargets();
    getSelection()?.removeAllRanges();
    this.close();
  }

  /** The context-menu path: saves the selection at once in the default colour. */
  async saveSelection(): Promise<boolean> {
    const span = this.selectedSpan();
    if (!span || !this.model) return false;
    this.selection = { start: span.start, end: span.end };
    await this.highlightSelection(this.settings.defaultNoteColor);
    return true;
  }

  private async saveCurrent(body?: string): Promise<void> {
    const current = this.current;
    if (!current || !this.model) throw new Error('Nothing to save');
    await this.notes.save(this.model, current.target.start, current.target.end, this.settings.defaultNoteColor, body);
    this.rebuildTargets();
  }

  // --- popup -----------------------------------------------------------------------------------

  describe(): Omit<PageResponseMap['page.getAnalysis'], 'url' | 'source' | 'title' | 'enabled'> {
    const text = this.model?.text ?? '';
    return {
      lang: this.plan?.lang ?? this.analysis.lang,
      supported: this.plan?.supported ?? true,
      people: this.analysis.people,
      claims: this.analysis.claims.map((claim) => ({ ...claim, text: text.slice(claim.start, claim.end) })),
      notes: this.notes.statuses(),
    };
  }

  /** Scrolls to a person's first mention, a claim or a note, and flashes it. */
  reveal(kind: 'person' | 'claim' | 'note', index?: number, id?: string): boolean {
    const model = this.model;
    if (!model) return false;
    let span: { start: number; end: number } | undefined;
    if (kind === 'person' && index !== undefined) span = this.analysis.people[index]?.mentions[0];
    else if (kind === 'claim' && index !== undefined) span = this.analysis.claims[index];
    else if (kind === 'note' && id) {
      const result = this.notes.get(id)?.result;
      if (result && result.status !== 'orphan') span = result;
    }
    const range = span && model.rangeFor(span.start, span.end);
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: reducedMotion() ? 'auto' : 'smooth' });
    setHighlight(HIGHLIGHT_NAMES.flash, [range]);
    clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => setHighlight(HIGHLIGHT_NAMES.flash, []), FLASH_MS);
    return true;
  }

  stop(): void {
    this.abort.abort();
    clearTimeout(this.hoverTimer);
    clearTimeout(this.hideTimer);
    clearTimeout(this.flashTimer);
    this.ui.destroy();
    clearHighlights();
    this.model = null;
  }
}
