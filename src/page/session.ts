// One article on one page, from its first reading to stop(): puts the parts together (the article
// reader, the highlight painter, the reader's notes and their painter, the cards, the selection
// toolbar) and answers the popup. A new session starts after a single-page-app navigation;
// stop() leaves the page as it was.
import { type PageDiagnostics, type PageResponseMap, send } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { shownClaims } from '../lib/shown-claims';
import { ArticleReader, type Stage } from './article-reader';
import { articleRecord } from './article-record';
import { assessClaim } from './assess';
import { CardController } from './card-controller';
import { HighlightPainter, measureFromStart } from './highlight-painter';
import { NotePainter } from './note-painter';
import { NotesLayer, type PageIdentity } from './notes';
import { reducedMotion } from './panels';
import { report, yieldToPage } from './scheduling';
import { SelectionController } from './selection-controller';
import { isDarkPage } from './styles';
import { type Target, TargetIndex } from './targets';
import { createHost, type UiHost } from './ui/host';
import { PageUi } from './ui/index';
import type { EditorResult } from './ui/NoteEditor';

const FLASH_MS = 1600;

let anchoredMeasured = false;

export class ArticleSession {
  private readonly painter = new HighlightPainter();
  private readonly host: UiHost;
  private readonly marks: NotePainter;
  private readonly notes: NotesLayer;
  private readonly ui: PageUi;
  private readonly cards: CardController;
  private readonly selection: SelectionController;
  private targets = new TargetIndex([]);
  private flashTimer = 0;
  private untrustedIgnored = 0;

  /**
   * Finds the article on the page (in slices: a turn for the page between them) and starts a
   * session on it; null when there is none (yet). `cancel` stops the search; the settings are
   * read once the article is found, as they may have come meanwhile.
   */
  static async start(settings: () => Settings | null, identity: () => PageIdentity, cancel: AbortSignal): Promise<ArticleSession | null> {
    const abort = new AbortController();
    const stopSearch = () => abort.abort();
    cancel.addEventListener('abort', stopSearch, { once: true });
    const reader = new ArticleReader(abort.signal);
    try {
      return (await reader.find()) ? new ArticleSession(reader, abort, settings(), identity) : null;
    } finally {
      cancel.removeEventListener('abort', stopSearch);
    }
  }

  private constructor(
    readonly reader: ArticleReader,
    private readonly abort: AbortController,
    /** Null until storage answers: the article is read and analysed meanwhile, drawn after. */
    private settingsOrNull: Settings | null,
    private readonly identity: () => PageIdentity,
  ) {
    reader.listener = { analysed: (stage) => this.analysed(stage), shownAgain: () => this.shownAgain() };
    // The host is there from the start, notes or not: its presence tells a page nothing about them.
    this.host = createHost();
    this.marks = new NotePainter(this.host.marks, yieldToPage, () => this.reader.model?.root ?? null);
    this.notes = new NotesLayer(identity, this.marks);
    this.notes.onChange = () => this.rememberArticle();
    const context = {
      reader: this.reader,
      notes: this.notes,
      marks: this.marks,
      settings: () => this.settings,
      targets: () => this.targets,
      rebuildTargets: () => this.rebuildTargets(),
      ignored: () => this.ignored(),
    };
    this.ui = new PageUi(this.host, {
      saveCard: (note) => this.cards.save(note),
      highlightSelection: (color, body, tags) => this.selection.highlight(color, body, tags),
      editNote: (id, changes) => this.cards.editNote(id, changes),
      assessClaim: (result) => this.cards.assessClaim(result),
      deleteNote: (id) => this.cards.deleteNote(id),
      undoDelete: () => this.cards.undoDelete(),
      close: () => this.cards.close(),
      pin: () => this.cards.pin(),
      pointerOverPanel: (over) => this.cards.pointerOverPanel(over),
    });
    this.cards = new CardController({ ...context, ui: this.ui });
    this.selection = new SelectionController({
      ...context,
      ui: this.ui,
      closePanels: () => this.cards.close(),
      cancelHover: () => this.cards.cancelHover(),
      cardOpen: () => this.cards.isOpen,
    });
  }

  /** Counts an event or a selection ignored because a page script made it (for tests). */
  ignored(): void {
    this.untrustedIgnored++;
  }

  private get settings(): Settings {
    if (!this.settingsOrNull) throw new Error('Settings not loaded');
    return this.settingsOrNull;
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** Officials and claims are looked for on this page (news, in a language Newsmark reads). */
  get isAnalysed(): boolean {
    return this.reader.analysed;
  }

  get model() {
    return this.reader.model;
  }

  /** Reads, analyses and draws the article, then its notes; then reads it again with computed styles. */
  async run(): Promise<void> {
    const notesLoaded = this.notes.load().catch((error) => report(error, 'loading notes'));
    if (!(await this.reader.run())) return;
    await yieldToPage();
    await this.recheck();
    performance.mark('newsmark:rechecked');
    await notesLoaded;
    await this.anchorNotes();
  }

  /** The article read with computed styles; the notes follow if that changed its text. */
  private async recheck(): Promise<boolean> {
    return this.reader.recheckHidden();
  }

  /** The article shows again after a reading found it hidden: read it now, notes included. */
  private shownAgain(): void {
    (async () => {
      if (await this.recheck()) await this.anchorNotes();
      performance.mark('newsmark:rechecked');
      this.marks.placeLater();
    })().catch((error) => report(error, 'recheck'));
  }

  /** Re-reads the article after the page changed; unchanged blocks keep their results. */
  async refresh(): Promise<void> {
    if (await this.reader.refresh()) await this.anchorNotes();
  }

  async reloadNotes(): Promise<void> {
    await this.notes.load();
    await this.anchorNotes();
  }

  private async anchorNotes(): Promise<void> {
    const model = this.reader.model;
    if (!model) return;
    this.marks.setDark(isDarkPage(model.root));
    await this.notes.anchor(model, this.signal);
    this.rebuildTargets();
    this.rememberArticle();
    if (!anchoredMeasured) {
      anchoredMeasured = true;
      measureFromStart('newsmark:anchored');
    }
  }

  applySettings(settings: Settings): void {
    this.settingsOrNull = settings;
    this.painter.restyle();
    this.draw('final');
  }

  private analysed(stage: Stage): void {
    if (!this.reader.model) {
      // The article held no text after all.
      this.painter.destroy();
      this.targets = new TargetIndex([]);
      return;
    }
    this.draw(stage);
  }

  /** Draws the engine's findings, for the kinds the reader shows; nothing until the settings are known. */
  private draw(stage: Stage): void {
    const model = this.reader.model;
    if (!model || !this.settingsOrNull) return;
    this.painter.draw(model, this.reader.analysis, this.settingsOrNull, stage, this.reader.wholeKnown);
    this.rebuildTargets();
  }

  private rebuildTargets(): void {
    if (!this.settingsOrNull) return;
    const { show } = this.settingsOrNull;
    const { analysis, wholeKnown } = this.reader;
    const targets: Target[] = [];
    // Names not drawn yet (the whole article is still being analysed) have no card either.
    analysis.people.forEach((person, ref) => {
      if (!wholeKnown || !(person.official ? show.officials : show.people)) return;
      for (const m of person.mentions) targets.push({ kind: 'person', start: m.start, end: m.end, ref });
    });
    if (show.claims && (wholeKnown || this.settingsOrNull.allClaims)) {
      const shown = shownClaims(analysis, this.settingsOrNull);
      analysis.claims.forEach((c, ref) => {
        if (shown && !shown.has(ref)) return;
        targets.push({ kind: 'claim', start: c.start, end: c.end, ref });
      });
    }
    for (const { note, result } of this.notes.placed.values()) {
      if (result.status !== 'orphan') targets.push({ kind: 'note', start: result.start, end: result.end, ref: note.id });
    }
    this.targets = new TargetIndex(targets);
  }

  // --- the reader's commands (keyboard shortcuts, context menu) -------------------------------

  step(direction: 1 | -1): boolean {
    return this.cards.step(direction);
  }

  openToolbar(): boolean {
    return this.selection.openFocused();
  }

  saveSelection(): Promise<boolean> {
    return this.selection.saveNow();
  }

  // --- verdicts, and what is remembered of an annotated article ------------------------------

  /** The reader's verdict on claims[index] (from the popup); the verdict note's id. */
  async assess(index: number, result: EditorResult): Promise<string> {
    const model = this.reader.model;
    if (!model) throw new Error('The article is not read yet');
    const id = await assessClaim({ notes: this.notes, reader: this.reader, settings: () => this.settings }, model, index, result);
    this.rebuildTargets();
    return id;
  }

  /** Tells the background what the engine found here (officials, their claims), for the People
   * view; only once the whole article is known, and only when the page has notes. */
  private rememberArticle(): void {
    const model = this.reader.model;
    if (!model || !this.reader.wholeKnown || this.notes.all.length === 0) return;
    const { source, url, title } = this.identity();
    const article = articleRecord(this.reader.analysis, model.text, { source, url, title, lang: this.reader.analysis.lang });
    send('article.remember', { article }).catch((error) => report(error, 'remembering the article'));
  }

  // --- popup -----------------------------------------------------------------------------------

  describe(): Omit<PageResponseMap['page.getAnalysis'], 'url' | 'source' | 'title' | 'enabled'> {
    const text = this.reader.model?.text ?? '';
    const { analysis } = this.reader;
    const { plan } = this.reader;
    return {
      lang: plan?.lang ?? analysis.lang,
      supported: plan?.supported ?? true,
      people: analysis.people,
      claims: analysis.claims.map((claim) => {
        const verdict = this.notes.verdictOn(claim.start, claim.end);
        return { ...claim, text: text.slice(claim.start, claim.end), ...(verdict ? { verdictId: verdict.id } : {}) };
      }),
      notes: this.notes.statuses(),
    };
  }

  get stats(): PageDiagnostics | null {
    const reader = this.reader.stats;
    if (!reader) return null;
    return {
      ...reader,
      firstLookDropped: this.painter.firstLookDropped,
      untrustedIgnored: this.untrustedIgnored,
      marks: this.marks.describe(),
    };
  }

  /** Scrolls to a person's first mention, a claim or a note, and flashes it. */
  reveal(kind: 'person' | 'claim' | 'note', index?: number, id?: string): boolean {
    const model = this.reader.model;
    if (!model) return false;
    const { analysis } = this.reader;
    let span: { start: number; end: number } | undefined;
    if (kind === 'person' && index !== undefined) span = analysis.people[index]?.mentions[0];
    else if (kind === 'claim' && index !== undefined) span = analysis.claims[index];
    else if (kind === 'note' && id) {
      const result = this.notes.get(id)?.result;
      if (result && result.status !== 'orphan') span = result;
    }
    const range = span && model.rangeFor(span.start, span.end);
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: reducedMotion() ? 'auto' : 'smooth' });
    this.marks.set('flash', { kind: 'flash', range });
    clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => this.marks.set('flash', null), FLASH_MS);
    return true;
  }

  stop(): void {
    this.abort.abort();
    clearTimeout(this.flashTimer);
    this.cards.destroy();
    this.selection.destroy();
    this.ui.destroy();
    this.marks.destroy();
    this.reader.destroy();
    this.painter.destroy();
    this.host.remove();
  }
}
