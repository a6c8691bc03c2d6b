// How each kind of claim is drawn: its colour (the reader's choice, in the settings) and its
// underline style, so kinds differ by shape as well as colour. The page's highlight style sheet,
// the popup's legend and the options page all draw claims from here.
import type { ClaimKind } from '../analysis/types';
import type { Settings } from './settings';

export const CLAIM_UNDERLINE: Readonly<Record<ClaimKind, 'solid' | 'double' | 'wavy' | 'dotted'>> = {
  attributed: 'solid',
  quote: 'double',
  hedged: 'wavy',
  statistic: 'dotted',
};

/** The settings' colour key of each kind (attributed claims keep the historic "claim" key). */
export const CLAIM_COLOR_KEY: Readonly<Record<ClaimKind, keyof Settings['colors']>> = {
  attributed: 'claim',
  quote: 'quote',
  hedged: 'hedged',
  statistic: 'statistic',
};

export function claimColor(settings: Settings, kind: ClaimKind): string {
  return settings.colors[CLAIM_COLOR_KEY[kind]];
}

/** A #rgb or #rrggbb colour with an alpha. */
export function rgba(hex: string, alpha: number): string {
  const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  const n = Number.parseInt(full.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The CSS text-decoration of a kind ("underline wavy 2px rgba(…)"). */
export function claimDecoration(settings: Settings, kind: ClaimKind, alpha = 0.9): string {
  return `underline ${CLAIM_UNDERLINE[kind]} 2px ${rgba(claimColor(settings, kind), alpha)}`;
}
