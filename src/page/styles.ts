// The ::highlight() styles of the engine's findings, from the reader's colours, tuned for the
// page's own background: a tint that dark text stays readable on for light pages, a stronger one
// under light text for dark pages. Installed as a constructed stylesheet, so no element is added
// to the page for it. It holds nothing of the reader's own highlights: page scripts can read it.
import { CLAIM_KINDS } from '../analysis/types';
import type { NoteColor } from '../lib/annotation';
import { claimDecoration, rgba } from '../lib/claim-style';
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

export { rgba };

/** True when the article's text is light, i.e. the page is dark whatever the system theme. */
export function isDarkPage(root: Element): boolean {
  const color = getComputedStyle(root).color;
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 150;
}

export function highlightCss(settings: Settings, dark: boolean): string {
  const tint = dark ? 0.42 : 0.32;
  const light = dark ? 0.26 : 0.16;
  const { official, person } = settings.colors;
  const rules = [
    `::highlight(${HIGHLIGHT_NAMES.official}) { background-color: ${rgba(official, tint)}; }`,
    `::highlight(${HIGHLIGHT_NAMES.person}) { background-color: ${rgba(person, light)}; }`,
    `::highlight(${HIGHLIGHT_NAMES.claim}) { text-decoration: ${claimDecoration(settings, 'attributed')}; }`,
  ];
  // Each kind in the reader's colour for it, with its own underline (src/lib/claim-style.ts).
  for (const kind of CLAIM_KINDS)
    rules.push(`::highlight(${claimKindHighlight(kind)}) { text-decoration: ${claimDecoration(settings, kind)}; }`);
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
