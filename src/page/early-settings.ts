// The reader's settings, asked for as early as possible. A tiny content script (prefetch.iife.ts) runs
// at document_start and starts the storage read; the main script, which runs once the page is
// parsed, usually finds the answer already there and can draw without waiting on storage. Both
// scripts share the extension's isolated world, where page scripts cannot see this global.
import { loadSettings, type Settings } from '../lib/settings';

const KEY = '__newsmarkEarlySettings';

export interface EarlySettings {
  /** The settings once storage has answered; null before. */
  value: Settings | null;
  promise: Promise<Settings>;
}

type Holder = { [KEY]?: EarlySettings };

/** Starts reading the settings (once per document). */
export function prefetchSettings(): EarlySettings {
  const holder = globalThis as Holder;
  const existing = holder[KEY];
  if (existing) return existing;
  // Marks for the bench's breakdown: when storage was asked, and when it answered.
  performance.mark('newsmark:settings-asked');
  const early: EarlySettings = { value: null, promise: loadSettings() };
  early.promise.then(
    (settings) => {
      performance.mark('newsmark:settings-answered');
      early.value = settings;
    },
    () => undefined,
  );
  holder[KEY] = early;
  return early;
}

/** The early read if the prefetch script made one, else a read started now. */
export const earlySettings = prefetchSettings;
