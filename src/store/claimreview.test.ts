// The ClaimReview export, checked against the schema.org vocabulary: each object's @type, every
// property it uses being one schema.org defines on that type (or a parent), each value of a type
// that property's range allows, and the fields fact-checking markup requires and recommends.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Annotation, Verdict } from '../lib/annotation';
import { exportClaimReviews, toClaimReview } from './claimreview';
import { exportAs } from './export';
import { importText } from './import-job';
import { exportJsonLd } from './jsonld';
import { NotesStore } from './notes-store';
import { makeNote } from './test-notes';

type Range = 'Text' | 'URL' | 'Date' | 'Number' | 'Person' | 'Organization' | 'Rating' | 'Claim' | 'CreativeWork';

/** The schema.org properties used here, by type (inherited ones included), with their ranges
 * (https://schema.org/ClaimReview, /Claim, /Rating, /Person, /Organization, /CreativeWork). */
const VOCABULARY: Record<string, Record<string, Range[]>> = {
  ClaimReview: {
    claimReviewed: ['Text'],
    reviewRating: ['Rating'],
    itemReviewed: ['Claim', 'CreativeWork'],
    url: ['URL'],
    datePublished: ['Date'],
    author: ['Person', 'Organization'],
    citation: ['CreativeWork', 'Text'],
  },
  Claim: { author: ['Person', 'Organization'], appearance: ['CreativeWork'], firstAppearance: ['CreativeWork'], inLanguage: ['Text'] },
  Rating: {
    ratingValue: ['Number', 'Text'],
    bestRating: ['Number', 'Text'],
    worstRating: ['Number', 'Text'],
    alternateName: ['Text'],
    ratingExplanation: ['Text'],
  },
  Person: { name: ['Text'], jobTitle: ['Text'] },
  Organization: { name: ['Text'] },
  CreativeWork: { url: ['URL'], headline: ['Text'] },
};
const REQUIRED: Record<string, string[]> = {
  ClaimReview: ['claimReviewed', 'reviewRating', 'url'],
  Rating: ['alternateName'],
  Person: ['name'],
  Organization: ['name'],
  Claim: ['appearance'],
};
const RECOMMENDED: Record<string, string[]> = { ClaimReview: ['author', 'datePublished', 'itemReviewed'], Claim: ['author'] };

function fits(value: unknown, range: Range): boolean {
  switch (range) {
    case 'Text':
      return typeof value === 'string' && value.length > 0;
    case 'URL':
      return typeof value === 'string' && /^https?:\/\//.test(value) && URL.canParse(value);
    case 'Date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    case 'Number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === 'object' && value !== null && (value as { '@type'?: unknown })['@type'] === range;
  }
}

/** Every problem of a schema.org object and the objects inside it ("Rating.ratingValue: …"). */
function problems(thing: Record<string, unknown>, expected = 'ClaimReview'): string[] {
  const type = thing['@type'];
  if (typeof type !== 'string' || !VOCABULARY[type]) return [`${expected}: unknown @type ${String(type)}`];
  const out: string[] = [];
  for (const field of [...(REQUIRED[type] ?? []), ...(RECOMMENDED[type] ?? [])])
    if (!(field in thing)) out.push(`${type}.${field}: missing`);
  for (const [key, value] of Object.entries(thing)) {
    if (key === '@type' || key === '@context') continue;
    const ranges = VOCABULARY[type]![key];
    if (!ranges) {
      out.push(`${type}.${key}: not a property of ${type}`);
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      if (!ranges.some((range) => fits(item, range))) out.push(`${type}.${key}: ${JSON.stringify(item)} is not ${ranges.join(' or ')}`);
      else if (typeof item === 'object') out.push(...problems(item as Record<string, unknown>, key));
    }
  }
  return out;
}

function verdictNote(verdict: Verdict, claim: NonNullable<Annotation['assessment']>['claim'], evidence: string[] = []): Annotation {
  return makeNote({
    motivation: 'assessing',
    quote: 'the attack compromised hundreds of thousands of emails',
    body: 'The ministry gave a lower figure the next day.',
    assessment: { verdict, evidence, ...(claim ? { claim } : {}) },
  });
}

const secretary = { source: 'Jane Doe', role: 'Secretary of State', official: true, kinds: ['attributed', 'statistic'] as const };

describe('ClaimReview export', () => {
  it('writes a ClaimReview with every required and recommended field, of the right schema.org types', () => {
    const note = verdictNote('false', { ...secretary, kinds: [...secretary.kinds] }, ['https://evidence.example/report']);
    const review = toClaimReview(note)!;
    expect(problems(review)).toEqual([]);
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'the attack compromised hundreds of thousands of emails',
      url: note.target.url,
      datePublished: note.modified.slice(0, 10),
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Jane Doe', jobTitle: 'Secretary of State' } },
      citation: [{ '@type': 'CreativeWork', url: 'https://evidence.example/report' }],
    });
  });

  it('names a source the engine found as no person an Organization, and rates each verdict', () => {
    const byOrganisation = toClaimReview(
      verdictNote('misleading', { source: 'Microsoft', role: null, official: false, kinds: ['attributed'] }),
    )!;
    expect(problems(byOrganisation)).toEqual([]);
    expect(byOrganisation.itemReviewed).toMatchObject({ author: { '@type': 'Organization', name: 'Microsoft' } });
    expect(byOrganisation.reviewRating).toMatchObject({ ratingValue: 2, alternateName: 'Misleading' });
    const unprovable = toClaimReview(verdictNote('unprovable', { ...secretary, kinds: ['attributed'] }))!;
    expect(problems(unprovable)).toEqual([]);
    expect(unprovable.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Unprovable',
      ratingExplanation: 'The ministry gave a lower figure the next day.',
    });
    expect(toClaimReview(verdictNote('true', { ...secretary, kinds: ['attributed'] }))!.reviewRating).toMatchObject({ ratingValue: 5 });
  });

  it('leaves out notes that are not rated verdicts, and writes one JSON-LD document', () => {
    const rated = verdictNote('true', { ...secretary, kinds: ['attributed'] });
    const notes = [makeNote({ body: 'a plain note' }), verdictNote('unverified', undefined), rated];
    const file = JSON.parse(exportAs('claimreview', notes).text);
    expect(file['@context']).toBe('https://schema.org');
    expect(file['@graph']).toHaveLength(1);
    expect(problems(file['@graph'][0])).toEqual([]);
    expect(JSON.parse(exportClaimReviews([]))['@graph']).toEqual([]);
  });

  it('the checker itself refuses wrong types and missing fields', () => {
    const review = toClaimReview(verdictNote('false', { ...secretary, kinds: ['attributed'] }))!;
    const broken = { ...review, url: 'not a url', reviewRating: { '@type': 'Rating', ratingValue: 'x'.repeat(0) } };
    delete (broken as Record<string, unknown>).claimReviewed;
    expect(problems(broken)).toEqual(
      expect.arrayContaining([
        'ClaimReview.claimReviewed: missing',
        'ClaimReview.url: "not a url" is not URL',
        'Rating.alternateName: missing',
        'Rating.ratingValue: "" is not Number or Text',
      ]),
    );
  });

  it('a verdict goes through the W3C export and import unchanged', async () => {
    const note = verdictNote('misleading', { ...secretary, kinds: ['attributed', 'statistic'] }, [
      'https://a.example/1',
      'https://b.example/2',
    ]);
    const store = new NotesStore({ name: `claimreview-${crypto.randomUUID()}` });
    await importText(store, exportJsonLd([note]));
    expect(await store.get(note.id)).toEqual(note);
    store.close();
  });
});
