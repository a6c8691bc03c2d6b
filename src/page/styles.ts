// The ::highlight() styles of the engine's findings, from the reader's colours, tuned for the
// page's own background: a tint that dark text stays readable on for light pages, a stronger one
// under light text for dark pages. Installed as a constructed stylesheet, so no element is added
// to the page for it. It holds nothing of the reader's own highlights: page scripts can read it.
import type { ClaimKind } from '../analysis/types';
import type { NoteColor } from '../lib/annotation';
import type { Settings } from '../lib/settings';
import { claimKindHighlight, HIGHLIGHT_NAMES } from './highlights';

/** The reader's note colours (drawn by note-painter.ts, shown as the toolbar's swatches). */
export const NOTE_SWATCHES: Record<NoteColor, string> = {
  yellow: '#ffd43b',
  green: '#69db7c',
  blue: '#4dabf7',
  pink: '#f783ac',
  purple: '#b197fc',
};

const CLAIM_KIND_HEX: Record<ClaimKind, string | null> = {
  attributed: null, // the reader's claim colour
  quote: '#2a9d8f',
  hedged: '#e9a23b',
  statistic: '#7b61ff',
};

/** A #rgb or #rrggbb colour with an alpha. */
export function rgba(hex: string, alpha: number): string {
  const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  const n = Number.parseInt(full.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** True when the article's text is light, i.e. the page is dark whatever the system theme. */
export function isDarkPage(root: Element): boolean {
  const color = getComputedStyle(root).color;
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 150;
}

export function highlightCss(settings: Settings, dark: boolean): string {
  const tint = dark ? 0.42 : 0.32;
  const light = dark ? 0.26 : 0.16;
  const { official, person, claim } = settings.colors;
  const rules = [
    `::highlight(${HIGHLIGHT_NAMES.official}) { background-color: ${rgba(official, tint)}; }`,
    `::highlight(${HIGHLIGHT_NAMES.person}) { background-color: ${rgba(person, light)}; }`,
    `::highlight(${HIGHLIGHT_NAMES.claim}) { text-decoration: underline 2px ${rgba(claim, 0.9)}; }`,
  ];
  for (const [kind, hex] of Object.entries(CLAIM_KIND_HEX) as [ClaimKind, string | null][]) {
    if (hex) rules.push(`::highlight(${claimKindHighlight(kind)}) { text-decoration: underline 2px ${rgba(hex, 0.9)}; }`);
  }
  return rules.join('\n');
}

let sheet: CSSStyleSheet | null = null;

/** Installs or updates the highlight styles on the document, without adding an element. */
export function installHighlightCss(css: string): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } else if (!document.adoptedStyleSheets.includes(sheet)) {
    // The page replaced the list: put ours back.
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(css);
}

export function removeHighlightCss(): void {
  if (!sheet) return;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  sheet = null;
}
