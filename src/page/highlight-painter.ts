// Draws the engine's findings (officials, other people, claims by kind) with the CSS Custom
// Highlight API under the names of DESIGN.md contract 2, styled by one constructed style sheet:
// the page's text nodes are never split or wrapped. These come from the page's own text, so the
// page may see them; the reader's own highlights are drawn elsewhere (note-painter.ts). Marks
// newsmark:ready at the first drawing that shows something (contract 3).
import type { Analysis, ClaimKind } from '../analysis/types';
import type { Settings } from '../lib/settings';
import { shownClaims } from '../lib/shown-claims';
import type { Stage } from './article-reader';
import { drawnKeys, missingFrom } from './first-look';
import { CLAIM_KINDS, claimKindHighlight, clearHighlights, HIGHLIGHT_NAMES, setHighlight } from './highlights';
import { highlightCss, installHighlightCss, isDarkPage, removeHighlightCss } from './styles';
import type { TextModel } from './text-model';

let readyMeasured = false;

/** A measure from the content script's start (contract 3), once per document. */
export function measureFromStart(name: 'newsmark:ready' | 'newsmark:anchored', detail?: Record<string, number>): void {
  try {
    performance.measure(name, { start: 'newsmark:start', detail });
  } catch {
    performance.measure(name);
  }
}

/** The kind a claim is drawn as when it has several: the most specific. */
function drawnKind(kinds: readonly ClaimKind[]): ClaimKind {
  for (const kind of ['quote', 'statistic', 'hedged'] as const) if (kinds.includes(kind)) return kind;
  return 'attributed';
}

export class HighlightPainter {
  private cssFor: Settings | null = null;
  /** What the first look drew, until the whole-article pass is drawn and compared with it. */
  private firstLookKeys: Map<string, Range> | null = null;
  /** First-look highlights the whole-article pass did not draw the same (for tests; 0 is right). */
  firstLookDropped = 0;

  /**
   * Registers the analysis as highlights, for the kinds the reader shows. Names are drawn only
   * once the whole article is known (`people`); until then, claims alone (see first-look.ts).
   */
  draw(model: TextModel, analysis: Analysis, settings: Settings, stage: Stage, people: boolean): void {
    const { show } = settings;
    if (this.cssFor !== settings) {
      installHighlightCss(highlightCss(settings, isDarkPage(model.root)));
      this.cssFor = settings;
    }
    const officials: Range[] = [];
    const others: Range[] = [];
    for (const person of people ? analysis.people : []) {
      if (!(person.official ? show.officials : show.people)) continue;
      for (const mention of person.mentions) {
        const range = model.rangeFor(mention.start, mention.end);
        if (range) (person.official ? officials : others).push(range);
      }
    }
    const claims: Range[] = [];
    const byKind = new Map<ClaimKind, Range[]>(CLAIM_KINDS.map((kind) => [kind, []]));
    // Claims worth checking are ranked against the whole article (its people, its count of
    // claims): until it is known they wait, as names do, so none shows and then vanishes.
    if (show.claims && (people || settings.allClaims)) {
      const shown = shownClaims(analysis, settings);
      for (const [index, claim] of analysis.claims.entries()) {
        if (shown && !shown.has(index)) continue;
        const range = model.rangeFor(claim.start, claim.end);
        if (!range) continue;
        claims.push(range);
        byKind.get(drawnKind(claim.kinds))!.push(range);
      }
    }
    setHighlight(HIGHLIGHT_NAMES.official, officials);
    setHighlight(HIGHLIGHT_NAMES.person, others);
    setHighlight(HIGHLIGHT_NAMES.claim, claims);
    for (const [kind, ranges] of byKind) setHighlight(claimKindHighlight(kind), ranges);
    if (stage === 'first-look' || (stage === 'final' && this.firstLookKeys)) {
      const keys = drawnKeys({
        [HIGHLIGHT_NAMES.official]: officials,
        [HIGHLIGHT_NAMES.person]: others,
        [HIGHLIGHT_NAMES.claim]: claims,
        ...Object.fromEntries([...byKind].map(([kind, ranges]) => [claimKindHighlight(kind), ranges])),
      });
      if (stage === 'first-look') this.firstLookKeys = keys;
      else {
        this.firstLookDropped = missingFrom(this.firstLookKeys!, keys).length;
        this.firstLookKeys = null;
      }
    }
    if (!readyMeasured && (stage === 'final' || officials.length + others.length + claims.length > 0)) {
      readyMeasured = true;
      // What the first highlights hold, for the bench.
      measureFromStart('newsmark:ready', { names: officials.length + others.length, claims: claims.length });
    }
  }

  /** The settings changed: the style sheet is made again at the next drawing. */
  restyle(): void {
    this.cssFor = null;
  }

  destroy(): void {
    clearHighlights();
    removeHighlightCss();
    this.cssFor = null;
  }
}
