// Which of a page's claims are drawn and listed: by default those worth checking (the ranking in
// src/analysis/worth-checking.ts), every claim when the reader switched "all claims" on. The page
// and the popup both ask here, so they always show the same claims.
import type { Analysis } from '../analysis/index';
import { worthChecking } from '../analysis/worth-checking';
import type { Settings } from './settings';

const cache = new WeakMap<Analysis['claims'], ReadonlySet<number>>();

/** The indexes into analysis.claims to show; null when every claim is shown. */
export function shownClaims(
  analysis: Pick<Analysis, 'claims' | 'people'>,
  settings: Pick<Settings, 'allClaims'>,
): ReadonlySet<number> | null {
  if (settings.allClaims) return null;
  let shown = cache.get(analysis.claims);
  if (!shown) {
    shown = new Set(worthChecking(analysis));
    cache.set(analysis.claims, shown);
  }
  return shown;
}
