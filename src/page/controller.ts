// Runs Newsmark in a tab: waits for an article, starts a session on it, follows the page as it
// changes (late text, single-page navigation), obeys the reader's settings, and answers the
// popup and the background. Every listener is guarded (nothing we do throws into the page), obeys
// only the reader's own input (isTrusted), and is removed by destroy().
import browser from 'webextension-polyfill';
import {
  type PageCommand,
  type PageMessage,
  type PageRequestOf,
  type PageResponseMap,
  parseAnnotationsChanged,
  parsePageMessage,
  type Reply,
} from '../lib/messages';
import { isSiteEnabled, onSettingsChanged, type Settings } from '../lib/settings';
import { pageUrls } from '../lib/url';
import { earlySettings } from './early-settings';
import { highlightsSupported } from './highlights';
import type { PageIdentity } from './notes';
import { guarded, report, yieldToPage } from './scheduling';
import { ArticleSession } from './session';

/** Quiet time after the last change before the article is read again. */
const SETTLE_MS = 400;
/** How long to keep waiting for an article to appear on a page that has none yet. */
const WAIT_FOR_ARTICLE_MS = 30_000;
/** A command that arrives this soon after the same key was handled in the page is the same press. */
const SAME_PRESS_MS = 500;

const KEYS: Record<string, PageCommand> = { KeyJ: 'next-highlight', KeyK: 'previous-highlight', KeyH: 'highlight-selection' };

function identity(): PageIdentity {
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const { source, url } = pageUrls(location.href, canonical);
  return { source, url, title: document.title };
}

function pageKey(): string {
  return location.href.replace(/#.*$/, '');
}

export class Controller {
  private settings: Settings | null = null;
  private session: ArticleSession | null = null;
  /** The article being looked for (the search takes a few turns of the page). */
  private search: AbortController | null = null;
  private pageKey = pageKey();
  private waitingSince = 0;
  private settleTimer = 0;
  private lastKey = { command: '', at: 0 };
  private readonly abort = new AbortController();
  private stopSettings: (() => void) | null = null;
  private readonly observer = new MutationObserver(guarded('mutations', (records: MutationRecord[]) => this.mutated(records)));

  async boot(): Promise<void> {
    if (!highlightsSupported() || !document.body) return;
    const early = earlySettings();
    browser.runtime.onMessage.addListener(this.onMessage as never);
    this.listen();
    this.stopSettings = onSettingsChanged(guarded('settings', (settings: Settings) => this.settingsChanged(settings)));
    // The bundle's set-up ran in this task: reading the article starts in the next one.
    await yieldToPage();
    performance.mark('newsmark:booted');
    // Usually the settings were read at document_start and are here already. If not, the article
    // is read and analysed meanwhile; nothing is drawn before the settings say this site is on.
    this.settings = early.value;
    if (!this.settings || this.enabled) this.start();
    if (this.settings) return;
    this.settings = await early.promise;
    performance.mark('newsmark:settings');
    if (!this.enabled) this.stop();
    else if (this.session) this.session.applySettings(this.settings);
    else this.start();
  }

  private get enabled(): boolean {
    return !!this.settings && isSiteEnabled(this.settings, location.href);
  }

  /** Starts on the current page when it is on (or not known yet) and has an article; otherwise waits for one. */
  private start(): void {
    if ((this.settings && !this.enabled) || this.session || this.search) return;
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    if (document.readyState === 'loading') {
      this.waitingSince ||= performance.now();
      return;
    }
    // The search is sliced: until it ends, a second start waits for it, and stop() cancels it.
    const search = new AbortController();
    this.search = search;
    ArticleSession.start(() => this.settings, identity, search.signal)
      .then((session) => {
        if (this.search !== search) return session?.stop();
        this.search = null;
        if (!session) {
          this.waitingSince ||= performance.now();
          return;
        }
        this.waitingSince = 0;
        this.session = session;
        session.run().catch((error) => report(error, 'analysis'));
      })
      .catch((error) => {
        if (this.search === search) this.search = null;
        report(error, 'finding the article');
      });
  }

  private stop(): void {
    this.search?.abort();
    this.search = null;
    this.session?.stop();
    this.session = null;
    this.observer.disconnect();
    clearTimeout(this.settleTimer);
  }

  private settingsChanged(settings: Settings): void {
    this.settings = settings;
    if (!this.enabled) this.stop();
    else if (this.session) this.session.applySettings(settings);
    else this.start();
  }

  /** Late text in the article, a new article, or a new address: read again once things settle. */
  private mutated(records: MutationRecord[]): void {
    if (this.navigated()) return;
    const root = this.session?.model?.root;
    if (root) {
      const touched = !root.isConnected || records.some((r) => root.contains(r.target) || r.target.contains(root));
      if (!touched) return;
    } else if (!this.waitingSince || performance.now() - this.waitingSince > WAIT_FOR_ARTICLE_MS) {
      return;
    }
    clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(
      guarded('refresh', () => {
        if (this.session) return this.session.refresh();
        this.start();
      }),
      SETTLE_MS,
    );
  }

  /** A single-page app changed the address: the old article is gone, start over. */
  private navigated(): boolean {
    const key = pageKey();
    if (key === this.pageKey) return false;
    this.pageKey = key;
    this.stop();
    this.waitingSince = performance.now();
    clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(
      guarded('navigation', () => this.start()),
      SETTLE_MS,
    );
    return true;
  }

  /** Page listeners for the whole tab; a session adds its own (cards, selection) and removes them when it stops. */
  private listen(): void {
    const { signal } = this.abort;
    const onNavigate = guarded('navigation', () => this.navigated());
    addEventListener('popstate', onNavigate, { signal });
    // The Navigation API sees the page's own pushState/replaceState, which a content script cannot patch.
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', onNavigate, { signal });
    navigation?.addEventListener('currententrychange', onNavigate, { signal });
    // The manifest's commands, also handled here: in a page that has focus the browser may not
    // deliver them (or the reader has not set them); a command that follows the same key is ignored.
    addEventListener(
      'keydown',
      guarded('keyboard', (event: KeyboardEvent) => {
        if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
        const command = KEYS[event.code];
        if (!command || !this.session) return;
        // A page script can make up the keys, not the reader's press.
        if (!event.isTrusted) return this.session.ignored();
        event.preventDefault();
        this.lastKey = { command, at: performance.now() };
        this.command(command);
      }),
      { capture: true, signal },
    );
  }

  /** Leaves the page as it was: the session stopped, every listener and observer removed. */
  destroy(): void {
    this.stop();
    this.abort.abort();
    this.stopSettings?.();
    browser.runtime.onMessage.removeListener(this.onMessage as never);
  }

  private command(command: PageCommand | 'save-selection'): boolean {
    const session = this.session;
    if (!session) return false;
    if (command === 'next-highlight') return session.step(1);
    if (command === 'previous-highlight') return session.step(-1);
    if (command === 'highlight-selection') return session.openToolbar();
    void session.saveSelection().catch((error) => report(error, 'save'));
    return true;
  }

  /** Messages from this extension only (popup, background): checked against the page schemas. */
  private readonly onMessage = (raw: unknown, sender: browser.Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const changed = parseAnnotationsChanged(raw);
    if (changed) {
      this.annotationsChanged(changed.change, changed.sources);
      return undefined;
    }
    const message = parsePageMessage(raw);
    if (!message) return undefined;
    return Promise.resolve()
      .then(() => (message.type === 'page.assess' ? this.assess(message.payload) : this.answer(message)))
      .then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
      );
  };

  private async assess(payload: PageRequestOf<'page.assess'>): Promise<PageResponseMap['page.assess']> {
    if (!this.session) throw new Error('Newsmark is not reading this page');
    const { index, ...result } = payload;
    return { id: await this.session.assess(index, result) };
  }

  private answer(message: Exclude<PageMessage, { type: 'page.assess' }>): PageResponseMap[keyof PageResponseMap] {
    switch (message.type) {
      case 'page.getAnalysis': {
        const { source, url, title } = identity();
        const described = this.session?.describe() ?? {
          lang: document.documentElement.lang || '',
          supported: true,
          people: [],
          claims: [],
          notes: [],
        };
        // off: the settings are known and say this site is off, so nothing will be drawn (for tests).
        const diagnostics = this.session?.stats ?? {
          wholePasses: 0,
          blocksAnalysedAlone: 0,
          blocksReused: 0,
          off: !!this.settings && !this.enabled,
        };
        return { url, source, title, ...described, enabled: this.enabled && !!this.session?.isAnalysed, diagnostics };
      }
      case 'page.reveal':
        return { found: this.session?.reveal(message.payload.kind, message.payload.index, message.payload.id) ?? false };
      case 'page.command': {
        const { command } = message.payload;
        if (command === this.lastKey.command && performance.now() - this.lastKey.at < SAME_PRESS_MS) return { done: true };
        return { done: this.command(command) };
      }
    }
  }

  private annotationsChanged(change: string, sources: string[]): void {
    const session = this.session;
    // Our own anchoring reports come back as 'anchor' changes: nothing new to draw.
    if (!session || change === 'anchor') return;
    if (sources.length > 0 && !sources.includes(identity().source)) return;
    session.reloadNotes().catch((error) => report(error, 'notes'));
  }
}
