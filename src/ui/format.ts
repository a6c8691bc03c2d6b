// Numbers, dates and plurals in the browser's UI language (Intl), with words from _locales.
import { t, uiLanguage } from '../lib/i18n';

let cached: {
  locale: string;
  number: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
  plural: Intl.PluralRules;
} | null = null;

function formatters() {
  const locale = uiLanguage();
  if (cached?.locale !== locale) {
    cached = {
      locale,
      number: new Intl.NumberFormat(locale),
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
      plural: new Intl.PluralRules(locale),
    };
  }
  return cached;
}

export function formatNumber(value: number): string {
  return formatters().number.format(value);
}

export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : formatters().date.format(time);
}

export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : formatters().dateTime.format(time);
}

/**
 * A counted phrase: `<key>_one` or `<key>_other` from _locales, with the formatted number as $1
 * (and `more` as $2…).
 * Only two forms are kept: English and French need no more for what is counted here.
 */
export function countOf(key: string, count: number, ...more: string[]): string {
  const form = formatters().plural.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, [formatNumber(count), ...more]);
}
