// W3C Web Annotation JSON-LD: our export format, and its import. Everything in a note has a place
// in the file (the W3C model where it has one, "newsmark:" terms otherwise), so a round trip is lossless.
import type { Annotation } from '../lib/annotation';

export const JSONLD_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { newsmark: 'urn:newsmark:terms:' }] as const;

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
  body?: W3CTextualBody[];
  target: {
    source: string;
    /** The address the reader saw (with its tracking parameters): the context the note was made in. */
    scope: string;
    selector: Annotation['target']['selector'];
  };
  'newsmark:pageTitle': string;
  'newsmark:color': Annotation['color'];
  'newsmark:anchor'?: Annotation['anchor'];
}

export function toW3C(a: Annotation): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  if (a.body) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.body, format: 'text/markdown' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.motivation,
    created: a.created,
    modified: a.modified,
    ...(body.length > 0 ? { body } : {}),
    target: { source: a.target.source, scope: a.target.url, selector: a.target.selector },
    'newsmark:pageTitle': a.target.title,
    'newsmark:color': a.color,
    ...(a.anchor ? { 'newsmark:anchor': a.anchor } : {}),
  };
}

/** All notes as one AnnotationCollection with its single page embedded. */
export function exportJsonLd(annotations: readonly Annotation[], now = new Date()): string {
  const collection = {
    '@context': JSONLD_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Newsmark notes',
    generator: { type: 'Software', name: 'Newsmark' },
    generated: now.toISOString(),
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations.map(toW3C) },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
