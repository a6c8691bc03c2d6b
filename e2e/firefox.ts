// Firefox with the built extension (dist-firefox/), driven over WebDriver BiDi with puppeteer-core:
// Playwright's Firefox cannot load extensions. The pages come from a local server (page-server.ts),
// which is also the browser's proxy and refuses everything else. BiDi will not navigate a tab to a
// moz-extension:// address, so extension pages are reached the way a web page may: a tab goes to
// the extension's one web-accessible page, and from that extension page to the popup or options.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
// @ts-expect-error: plain JS module shared with the scripts
import { findFirefox } from '../scripts/firefox.mjs';
import { BLANK_PATH, type PageServer, startPageServer } from './page-server';
import { pageNamed } from './pages';
import type { Tab, TabKeyboard, TabMouse } from './tab';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** NEWSMARK_DIST_FIREFOX (an absolute path) lets one engineer test their own build while others rebuild. */
export const FIREFOX_EXTENSION_DIR = process.env.NEWSMARK_DIST_FIREFOX || path.join(ROOT, 'dist-firefox');
/** The add-on id the Firefox build declares (vite.config.ts). */
const ADDON_ID = 'newsmark@newsmark.invalid';
/** Fixed through extensions.webextensions.uuids, so the extension's address is known before it loads. */
const EXTENSION_UUID = '6e3f1d2a-7c4b-4e59-9a81-0b2c3d4e5f60';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxOptions {
  colorScheme?: 'light' | 'dark';
  /** More preferences for this session (they win over the defaults below). */
  prefs?: Record<string, unknown>;
}

/** Keys in Playwright's names that puppeteer spells otherwise. */
const KEY_NAMES: Record<string, string> = { ControlOrMeta: 'Control' };

function keysOf(chord: string): KeyInput[] {
  // 'Control++' is Control and '+': split on the pluses that join keys only.
  const keys = chord.length > 1 ? chord.split(/\+(?!$)/) : [chord];
  return keys.map((key) => (KEY_NAMES[key] ?? key) as KeyInput);
}

/** A tab of the Firefox session; the Tab interface over a puppeteer Page. */
export class FirefoxTab implements Tab {
  readonly mouse: TabMouse;
  readonly keyboard: TabKeyboard;
  #url: string | null = null;

  constructor(
    readonly page: Page,
    session: FirefoxSession,
  ) {
    // Input goes to the tab in front: each action puts this tab there first.
    const front = () => session.bringToFront(this);
    this.mouse = {
      async move(x, y, options) {
        await front();
        await page.mouse.move(x, y, options);
      },
      async down() {
        await front();
        await page.mouse.down();
      },
      async up() {
        await front();
        await page.mouse.up();
      },
      async click(x, y) {
        await front();
        await page.mouse.click(x, y);
      },
    };
    this.keyboard = {
      async press(chord) {
        await front();
        const keys = keysOf(chord);
        const key = keys.pop()!;
        for (const modifier of keys) await page.keyboard.down(modifier);
        await page.keyboard.press(key);
        for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
      },
      async type(text) {
        await front();
        await page.keyboard.type(text);
      },
    };
  }

  /** BiDi reports extension pages as about:blank; their address is kept here once reached. */
  url(): string {
    return this.#url ?? this.page.url();
  }

  evaluate<R, Arg>(fn: ((arg: Arg) => R | Promise<R>) | string, arg?: Arg): Promise<R> {
    if (typeof fn === 'string') return this.page.evaluate(fn) as Promise<R>;
    return this.page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }

  async waitForFunction<Arg>(fn: (arg: Arg) => unknown, arg?: Arg, options?: { timeout?: number }): Promise<unknown> {
    // Polled on a timer: animation frames do not run in a tab that is not in front.
    return this.page.waitForFunction(fn as (arg: unknown) => unknown, { polling: 100, timeout: options?.timeout ?? 30_000 }, arg);
  }

  async goto(url: string): Promise<void> {
    this.#url = null;
    await this.page.goto(url, { waitUntil: 'load' });
  }

  /** Goes where BiDi may not take a tab (an extension page): the tab's own script navigates. */
  async navigateByScript(url: string): Promise<void> {
    await this.page.evaluate((to) => {
      location.href = to;
    }, url);
    await this.page.waitForFunction((to) => location.href === to && document.readyState === 'complete', { polling: 50 }, url);
    this.#url = url;
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }

  async close(): Promise<void> {
    await this.page.close();
  }

  async setViewportSize(size: { width: number; height: number }): Promise<void> {
    await this.page.setViewport(size);
  }

  /**
   * The closed shadow root of the in-page UI, or null. BiDi serialises an element's shadow root
   * whatever its mode (as the DevTools protocol pierces it in Chromium); the page's own scripts still
   * cannot reach it. Puppeteer has no public way to hold such a node, so the handle is made with the
   * host handle's own class.
   */
  async uiRoot(): Promise<{ root: ElementHandle<ShadowRoot>; mode: string } | null> {
    // The host is the element Newsmark adds to <html>, outside the body: the one with a shadow root.
    type RemoteNode = { value?: { shadowRoot?: { value?: { mode?: string } } | null } };
    for (const host of await this.page.$$(':root > :not(head, body)')) {
      const shadow = (host as unknown as { remoteValue(): RemoteNode }).remoteValue().value?.shadowRoot;
      if (!shadow) continue;
      const HandleClass = host.constructor as unknown as { from(value: unknown, realm: unknown): ElementHandle<ShadowRoot> };
      const root = HandleClass.from(shadow, (host as unknown as { realm: unknown }).realm);
      return { root, mode: shadow.value?.mode ?? '' };
    }
    return null;
  }

  /** Evaluates `fn` in the note frame (the extension page framed in the card), once it is there. */
  async inNoteFrame<R, Arg>(fn: (arg: Arg) => R | Promise<R>, arg?: Arg): Promise<R | null> {
    // BiDi reports an extension frame's address as about:blank: each child frame is asked its own.
    for (const frame of this.page.mainFrame().childFrames()) {
      const isNoteFrame = await frame.evaluate(() => location.pathname.includes('/note-frame/')).catch(() => false);
      if (isNoteFrame) return (await frame.evaluate(fn as (arg: unknown) => R, arg)) as R;
    }
    return null;
  }

  /** The addresses of the page's frames below the top one (extension frames show as about:blank). */
  frameUrls(): string[] {
    return this.page
      .mainFrame()
      .childFrames()
      .map((frame) => frame.url());
  }
}

/** One Firefox with the extension installed, its page server, and its tabs. */
export class FirefoxSession {
  readonly tabs: FirefoxTab[] = [];
  /** What the extension wrote to the tabs' consoles ("[Newsmark] …"), and the errors thrown there. */
  readonly extensionLog: string[] = [];
  readonly pageErrors: Error[] = [];
  readonly downloadsDir: string;
  private front: FirefoxTab | null = null;
  private initScripts: string[] = [];
  private manifest: {
    action: { default_popup: string };
    options_ui: { page: string };
    web_accessible_resources: { resources: string[] }[];
  };

  private constructor(
    readonly browser: Browser,
    readonly server: PageServer,
    downloadsDir: string,
  ) {
    this.downloadsDir = downloadsDir;
    this.manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  }

  static async launch(options: FirefoxOptions = {}): Promise<FirefoxSession> {
    const executablePath = findFirefox();
    if (!executablePath) throw new Error('No Firefox found: run `node scripts/ensure-firefox.mjs` first.');
    const server = await startPageServer();
    const downloadsDir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-ff-downloads-'));
    const prefs: Record<string, unknown> = {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // Everything but 127.0.0.1 goes to the page server's proxy side, which refuses it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // A tab behind another runs its timers as the one in front (Chromium's tests get the same).
      'dom.min_background_timeout_value': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
      // 0 dark, 1 light: the content's prefers-color-scheme.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      // Downloads (the exports) land in a folder of the test's, without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadsDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      ...options.prefs,
    };
    let browser: Browser;
    try {
      browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: prefs });
    } catch (error) {
      await server.close();
      throw error;
    }
    const session = new FirefoxSession(browser, server, downloadsDir);
    try {
      await browser.installExtension(FIREFOX_EXTENSION_DIR);
    } catch (error) {
      await session.close();
      throw error;
    }
    return session;
  }

  /** The address a test page is served at in this session. */
  urlOf(name: string): string {
    return this.server.urlOf(pageNamed(name).url);
  }

  extensionUrl(file: string): string {
    return `${FIREFOX_EXTENSION_ORIGIN}/${file.replace(/^\//, '')}`;
  }

  get popupUrl(): string {
    return this.extensionUrl(this.manifest.action.default_popup);
  }

  get optionsUrl(): string {
    return this.extensionUrl(this.manifest.options_ui.page);
  }

  /** Runs `fn` (with `arg`, as JSON) in every page opened from now on, before the page's own scripts. */
  addInitScript<Arg>(fn: (arg: Arg) => void, arg?: Arg): void {
    this.initScripts.push(`(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`);
  }

  async newTab(): Promise<FirefoxTab> {
    const page = await this.browser.newPage();
    const tab = new FirefoxTab(page, this);
    page.on('console', (message) => {
      if (message.text().startsWith('[Newsmark]')) this.extensionLog.push(message.text());
    });
    page.on('pageerror', (error) => this.pageErrors.push(error instanceof Error ? error : new Error(String(error))));
    for (const script of this.initScripts) await page.evaluateOnNewDocument(script);
    this.tabs.push(tab);
    this.front = tab;
    return tab;
  }

  async open(url: string): Promise<FirefoxTab> {
    const tab = await this.newTab();
    await tab.goto(url);
    return tab;
  }

  /** Opens one of the extension's pages (popup, options) in a new tab. */
  async openExtensionPage(url: string): Promise<FirefoxTab> {
    const stepping = this.manifest.web_accessible_resources[0]?.resources[0];
    if (!stepping) throw new Error('The build has no web-accessible page to reach the extension pages through');
    const tab = await this.open(`${this.server.origin}${BLANK_PATH}`);
    await tab.navigateByScript(this.extensionUrl(stepping));
    await tab.navigateByScript(url);
    return tab;
  }

  /** Input goes to the tab in front: puts `tab` there first when it is not. */
  async bringToFront(tab: FirefoxTab): Promise<void> {
    if (this.front === tab) return;
    await tab.page.bringToFront();
    this.front = tab;
  }

  /** Runs `action`, then waits for the file it downloads; returns its name and text. */
  async download(action: () => Promise<void>): Promise<{ filename: string; text: string }> {
    const before = new Set(readdirSync(this.downloadsDir));
    await action();
    const deadline = Date.now() + 15_000;
    for (;;) {
      // Firefox writes NAME.part and renames it when done.
      const done = readdirSync(this.downloadsDir).filter((name) => !before.has(name) && !name.endsWith('.part'));
      const parts = readdirSync(this.downloadsDir).filter((name) => name.endsWith('.part'));
      if (done.length > 0 && parts.length === 0) {
        const filename = done[0]!;
        return { filename, text: readFileSync(path.join(this.downloadsDir, filename), 'utf8') };
      }
      if (Date.now() > deadline) throw new Error('No download arrived within 15 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.close();
    rmSync(this.downloadsDir, { recursive: true, force: true });
  }
}
