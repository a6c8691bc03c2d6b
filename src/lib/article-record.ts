// What Newsmark keeps of an article the reader annotated, for the People view of "All notes": the
// officials the engine found in it (name and role) and the claims each was the source of. Only
// articles with notes or verdicts are kept; the page's text is not. Checked with this schema
// wherever it enters (from the content script, by the background).
import * as v from 'valibot';
import { IsoTimeSchema, NOTE_LIMITS, TitleSchema, WebAddressSchema } from './annotation';

export const ARTICLE_LIMITS = { officials: 200, claims: 500, name: 300, claimText: 2000 } as const;

const Name = v.pipe(v.string(), v.minLength(1), v.maxLength(ARTICLE_LIMITS.name));

export const ArticleRecordSchema = v.object({
  /** Canonical URL, as the notes are filed. */
  source: WebAddressSchema,
  url: WebAddressSchema,
  title: TitleSchema,
  lang: v.pipe(v.string(), v.maxLength(35)),
  /** When the article was last read with notes on it. */
  seen: IsoTimeSchema,
  officials: v.pipe(
    v.array(v.object({ name: Name, role: v.nullable(v.pipe(v.string(), v.maxLength(NOTE_LIMITS.claimSource))) })),
    v.maxLength(ARTICLE_LIMITS.officials),
  ),
  /** Claims whose source is one of the officials above (by the engine's name). */
  claims: v.pipe(
    v.array(
      v.object({
        source: Name,
        text: v.pipe(v.string(), v.minLength(1), v.maxLength(ARTICLE_LIMITS.claimText)),
        kinds: v.pipe(v.array(v.picklist(['attributed', 'quote', 'hedged', 'statistic'])), v.maxLength(4)),
      }),
    ),
    v.maxLength(ARTICLE_LIMITS.claims),
  ),
});

export type ArticleRecord = v.InferOutput<typeof ArticleRecordSchema>;
