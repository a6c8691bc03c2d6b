// W3C Web Annotation JSON-LD: our export format, and its import. Everything in a note has a place
// in the file (the W3C model where it has one, "newsmark:" terms otherwise), so a round trip is
// lossless, and the selectors are those other annotation tools anchor with: the TextPositionSelector
// counts the page's whole text as Hypothesis does (document.body.textContent), the offsets in
// Newsmark's article text go under newsmark:textPosition.
import type { Annotation, AssessedClaim, TextQuoteSelector, TextSpan, Verdict } from '../lib/annotation';

export const JSONLD_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { newsmark: 'urn:newsmark:terms:' }] as const;

/** Who made the file and its annotations: Newsmark, on the reader's device (the reader is not named). */
export const NEWSMARK_AGENT = { id: 'urn:newsmark:software', type: 'Software', name: 'Newsmark' } as const;

export interface W3CTextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format?: string;
}

export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Annotation['motivation'];
  created: string;
  modified: string;
  /** The note's author when it has one (a shared note), else Newsmark, for the reader unnamed. */
  creator: typeof NEWSMARK_AGENT | { type: 'Person'; name: string };
  generator: typeof NEWSMARK_AGENT;
  body?: W3CTextualBody[];
  target: {
    source: string;
    /** The address the reader saw (with its tracking parameters): the context the note was made in. */
    scope: string;
    /** The language of the page's text. */
    language?: string;
    /** Absent on a page note (on the whole page). */
    selector?: Array<TextQuoteSelector | { type: 'TextPositionSelector'; start: number; end: number }>;
  };
  'newsmark:pageTitle': string;
  'newsmark:color': Annotation['color'];
  'newsmark:textPosition'?: TextSpan;
  'newsmark:anchor'?: Annotation['anchor'];
  /** A verdict (motivation "assessing"): the rating, the evidence links, and the claim's source. */
  'newsmark:verdict'?: Verdict;
  'newsmark:evidence'?: string[];
  'newsmark:claim'?: AssessedClaim;
}

export function toW3C(a: Annotation): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  if (a.body) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.body, format: 'text/markdown' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const { documentPosition, language, selector } = a.target;
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.motivation,
    created: a.created,
    modified: a.modified,
    creator: a.creator ? { type: 'Person', name: a.creator } : NEWSMARK_AGENT,
    generator: NEWSMARK_AGENT,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: a.target.source,
      scope: a.target.url,
      ...(language ? { language } : {}),
      // A page note has no selector: the W3C model's annotation on the whole source.
      // Without the page's own offsets (notes made before they were recorded) the quote alone
      // anchors the note elsewhere: an offset in another text would point at the wrong passage.
      ...(selector
        ? {
            selector: documentPosition
              ? [selector[0], { type: 'TextPositionSelector' as const, start: documentPosition.start, end: documentPosition.end }]
              : [selector[0]],
          }
        : {}),
    },
    'newsmark:pageTitle': a.target.title,
    'newsmark:color': a.color,
    ...(selector ? { 'newsmark:textPosition': { start: selector[1].start, end: selector[1].end } } : {}),
    ...(a.anchor ? { 'newsmark:anchor': a.anchor } : {}),
    ...(a.assessment
      ? {
          'newsmark:verdict': a.assessment.verdict,
          'newsmark:evidence': a.assessment.evidence,
          ...(a.assessment.claim ? { 'newsmark:claim': a.assessment.claim } : {}),
        }
      : {}),
  };
}

/** The file in pieces (opening, items, closing), so 100,000 notes never make one string. The
 * count ("total") closes the collection: it is known once every note is written. */
export function jsonLdWriter(now = new Date()) {
  const head = JSON.stringify(
    {
      '@context': JSONLD_CONTEXT,
      type: 'AnnotationCollection',
      label: 'Newsmark notes',
      creator: NEWSMARK_AGENT,
      generator: NEWSMARK_AGENT,
      generated: now.toISOString(),
      first: { type: 'AnnotationPage', startIndex: 0, items: [] },
    },
    null,
    2,
  );
  // The items go where the empty list is: the head ends with '"items": []\n  }\n}'.
  const open = head.slice(0, head.lastIndexOf('[]') + 1);
  let written = 0;
  return {
    begin: () => `${open}\n`,
    add(notes: readonly Annotation[]): string {
      const parts = notes.map((note) => {
        const item = JSON.stringify(toW3C(note), null, 2).replace(/\n/g, '\n      ');
        return `${written++ === 0 ? '' : ',\n'}      ${item}`;
      });
      return parts.join('');
    },
    end: () => `${written === 0 ? '' : '\n'}    ]\n  },\n  "total": ${written}\n}\n`,
  };
}

/** All notes as one AnnotationCollection with its single page embedded. */
export function exportJsonLd(annotations: readonly Annotation[], now = new Date()): string {
  const writer = jsonLdWriter(now);
  return writer.begin() + writer.add(annotations) + writer.end();
}
