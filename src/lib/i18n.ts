// UI strings from _locales through browser.i18n, so every context follows the browser's language.
import browser from 'webextension-polyfill';

/** The localised string for a key; the key itself when it is missing, so a gap is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language, for Intl formatters and the lang attribute. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}
