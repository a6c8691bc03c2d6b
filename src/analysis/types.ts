// The analysis contract (DESIGN.md, contract 1): what analyze() returns, in UTF-16 offsets into the input text.

export type ClaimKind = 'attributed' | 'quote' | 'hedged' | 'statistic';
export const CLAIM_KINDS: readonly ClaimKind[] = ['attributed', 'quote', 'hedged', 'statistic'];

/** A half-open range [start, end) of UTF-16 code units in the analysed text. */
export interface Span {
  start: number;
  end: number;
}

export interface Person {
  /** The fullest form the text uses, without honorific or title. */
  name: string;
  /** The office or function as the text states it, or null. */
  role: string | null;
  /** True when the role is an office (see ../shared/eval/GUIDELINES.md). */
  official: boolean;
  /** Every mention, name only, in text order. */
  mentions: Span[];
}

export interface Claim extends Span {
  kinds: ClaimKind[];
  /** The named source, resolved where the text allows it. */
  source: string | null;
  /** The word or phrase that made this a claim ("aurait", "said", "according to"), or null. */
  cue: string | null;
}

export interface Analysis {
  /** The text's language, decided from the text: an ISO 639-1 code ("en", "de"), or "und" when nothing tells. */
  lang: string;
  people: Person[];
  claims: Claim[];
}

export interface AnalyzeOptions {
  /** The page's language when known (BCP 47, only the primary subtag is used). */
  lang?: string;
  /**
   * Claims only, without looking for people (no person then names a claim's source): a first look
   * that skips the people half's cold start. Claim spans and kinds do not depend on people.
   */
  claimsOnly?: boolean;
  /** Let a failing stage throw rather than return empty results (for tests; the page keeps the safety net). */
  strict?: boolean;
}
