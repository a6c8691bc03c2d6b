// The reader's verdicts as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the
// markup fact-checking sites publish and search engines read: one ClaimReview per claim the reader
// rated. A claim still "unverified" has no rating yet and is left out. Written in batches, like
// the other exports, so a large export never makes one string.
import type { Annotation, Verdict } from '../lib/annotation';

/** How each verdict is rated: a 1-5 scale where 5 is true (Google's ClaimReview guidance), and
 * the verdict's name, which every reader of the markup shows. "Unprovable" is on no truth scale,
 * so it has a name and no value. */
export const VERDICT_RATINGS: Readonly<Record<Exclude<Verdict, 'unverified'>, { value: number | null; name: string }>> = {
  true: { value: 5, name: 'True' },
  misleading: { value: 2, name: 'Misleading' },
  false: { value: 1, name: 'False' },
  unprovable: { value: null, name: 'Unprovable' },
};

export interface SchemaThing {
  '@type': string;
  [key: string]: unknown;
}

/** Rated verdicts only: the notes a ClaimReview export writes. */
export function isRatedVerdict(note: Annotation): note is Annotation & { assessment: NonNullable<Annotation['assessment']> } {
  return note.motivation === 'assessing' && !!note.assessment && note.assessment.verdict !== 'unverified' && !!note.target.selector;
}

/** Who made the claim: a Person when the engine found a person of that name, an Organization otherwise. */
function claimAuthor(claim: NonNullable<Annotation['assessment']>['claim']): SchemaThing | undefined {
  if (!claim?.source) return undefined;
  if (claim.role !== null || claim.official) {
    return { '@type': 'Person', name: claim.source, ...(claim.role ? { jobTitle: claim.role } : {}) };
  }
  // A name the engine did not find as a person (a newspaper, a company, a ministry).
  return { '@type': 'Organization', name: claim.source };
}

/** One rated verdict as a ClaimReview (without @context: the file carries it once). */
export function toClaimReview(note: Annotation): SchemaThing | null {
  if (!isRatedVerdict(note)) return null;
  const { assessment, target } = note;
  const rating = VERDICT_RATINGS[assessment.verdict as Exclude<Verdict, 'unverified'>];
  const author = claimAuthor(assessment.claim);
  const article = { '@type': 'CreativeWork', url: target.url, ...(target.title ? { headline: target.title } : {}) };
  return {
    '@type': 'ClaimReview',
    url: target.url,
    claimReviewed: target.selector![0].exact,
    datePublished: note.modified.slice(0, 10),
    author: { '@type': 'Person', name: note.creator ?? 'Newsmark reader' },
    reviewRating: {
      '@type': 'Rating',
      alternateName: rating.name,
      ...(rating.value !== null ? { ratingValue: rating.value, bestRating: 5, worstRating: 1 } : {}),
      ...(note.body.trim() ? { ratingExplanation: note.body.trim() } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      appearance: article,
      ...(note.target.language ? { inLanguage: note.target.language } : {}),
    },
    ...(assessment.evidence.length > 0 ? { citation: assessment.evidence.map((url) => ({ '@type': 'CreativeWork', url })) } : {}),
  };
}

/** The file in pieces: a JSON-LD document whose @graph lists the reviews. */
export function claimReviewWriter() {
  let written = 0;
  return {
    begin: () => '{\n  "@context": "https://schema.org",\n  "@graph": [\n',
    add(notes: readonly Annotation[]): string {
      const parts: string[] = [];
      for (const note of notes) {
        const review = toClaimReview(note);
        if (!review) continue;
        parts.push(`${written++ === 0 ? '' : ',\n'}    ${JSON.stringify(review, null, 2).replace(/\n/g, '\n    ')}`);
      }
      return parts.join('');
    },
    end: () => `${written === 0 ? '' : '\n'}  ]\n}\n`,
  };
}

export function exportClaimReviews(notes: readonly Annotation[]): string {
  const writer = claimReviewWriter();
  return writer.begin() + writer.add(notes) + writer.end();
}
