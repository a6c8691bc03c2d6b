// The driver layer of the specs that run in every browser: what a spec may do with a tab. It is a
// subset of Playwright's Page, so in Chromium a Playwright Page is a Tab as it is; in Firefox,
// FirefoxTab (firefox.ts) implements it over puppeteer and WebDriver BiDi.
export interface TabMouse {
  move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
  click(x: number, y: number): Promise<void>;
}

export interface TabKeyboard {
  /** A key or a chord in Playwright's notation: 'Enter', 'Alt+Shift+J', 'Control+Enter'. */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
}

export interface Tab {
  url(): string;
  /** Runs `fn` in the page's main world (never in the extension's content script). */
  evaluate<R, Arg>(fn: (arg: Arg) => R | Promise<R>, arg: Arg): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  /** An expression evaluated through the browser's protocol (the page's CSP does not apply). */
  evaluate(expression: string): Promise<unknown>;
  waitForFunction<Arg>(fn: (arg: Arg) => unknown, arg?: Arg, options?: { timeout?: number }): Promise<unknown>;
  reload(): Promise<unknown>;
  close(): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  mouse: TabMouse;
  keyboard: TabKeyboard;
}

/** The browsers the suite drives (Playwright's browserName of each project in playwright.config.ts). */
export type BrowserName = 'chromium' | 'firefox';
