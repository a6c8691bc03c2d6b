// The reader's settings, kept in storage.sync so they follow the reader across devices: the sites
// where Newsmark is off, which kinds of highlight are shown (and whether every claim or only those
// worth checking), the highlight colours and the default note colour. Every context reads them through
// here; bad stored values fall back to defaults.
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { NOTE_COLORS, type NoteColor } from './annotation';

/** A CSS hex colour (#rgb or #rrggbb): the only form accepted, so nothing else reaches a stylesheet. */
const HexColor = v.pipe(v.string(), v.regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i));

const DEFAULT_COLORS = {
  official: '#f2b705',
  person: '#8ecae6',
  claim: '#e76f51',
  quote: '#2a9d8f',
  hedged: '#e9a23b',
  statistic: '#7b61ff',
} as const;

export const SettingsSchema = v.object({
  /** Host names (lower case, without "www.") where Newsmark stays off. */
  disabledSites: v.fallback(v.array(v.pipe(v.string(), v.maxLength(253))), []),
  /** Which kinds of highlight are drawn. */
  show: v.fallback(
    v.object({
      officials: v.fallback(v.boolean(), true),
      people: v.fallback(v.boolean(), true),
      claims: v.fallback(v.boolean(), true),
    }),
    { officials: true, people: true, claims: true },
  ),
  /** Highlight colours; the page picks the tint and contrast from these for light and dark pages.
   * `claim` is the colour of attributed claims; quotes, hedged claims and figures have their own. */
  colors: v.fallback(
    v.object({
      official: v.fallback(HexColor, DEFAULT_COLORS.official),
      person: v.fallback(HexColor, DEFAULT_COLORS.person),
      claim: v.fallback(HexColor, DEFAULT_COLORS.claim),
      quote: v.fallback(HexColor, DEFAULT_COLORS.quote),
      hedged: v.fallback(HexColor, DEFAULT_COLORS.hedged),
      statistic: v.fallback(HexColor, DEFAULT_COLORS.statistic),
    }),
    { ...DEFAULT_COLORS },
  ),
  /** Every claim is drawn, not only those worth checking (src/analysis/worth-checking.ts). */
  allClaims: v.fallback(v.boolean(), false),
  /** The colour used when a highlight is made without choosing one (shortcut, context menu). */
  defaultNoteColor: v.fallback(v.picklist(NOTE_COLORS), 'yellow' as NoteColor),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type HighlightKind = keyof Settings['show'];

/** The key under which the settings live in storage.sync (one object, one write). */
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** Validates anything read from storage; never throws, missing or invalid fields take their default. */
export function parseSettings(raw: unknown): Settings {
  const result = v.safeParse(SettingsSchema, typeof raw === 'object' && raw !== null ? raw : {});
  return result.success ? result.output : DEFAULT_SETTINGS;
}

/** The key a site is switched off under: its host name, lower case, without a leading "www.". */
export function siteKey(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function isSiteEnabled(settings: Settings, url: string): boolean {
  const key = siteKey(url);
  return key === '' || !settings.disabledSites.includes(key);
}

/** Returns new settings with the site switched on or off (the input is left unchanged). */
export function withSiteEnabled(settings: Settings, url: string, enabled: boolean): Settings {
  const key = siteKey(url);
  if (!key) return settings;
  const others = settings.disabledSites.filter((site) => site !== key);
  return { ...settings, disabledSites: enabled ? others : [...others, key].sort() };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Writes the settings (validated first, so a bad value never reaches storage). */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Applies a change to the current settings and saves the result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
}

/** Calls back with the new settings whenever they change in any context. Returns an unsubscribe. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) callback(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
