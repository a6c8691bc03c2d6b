// The reader's note as stored and exchanged between contexts (DESIGN.md, "The annotation record"),
// and the one schema every note is checked with wherever it enters: saved from a page, edited,
// imported from a file, or put back by Undo. A note the store holds can always be written again.
// No DOM and no Node here: the anchoring core reads these types.
import * as v from 'valibot';

export const NOTE_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

/** What a note may hold. Generous for reading, bounded so that no note can stall the page that
 * anchors it (a 100,000-character prefix cost 1.2 s there) or fill the store by itself. */
export const NOTE_LIMITS = {
  /** Characters of one tag, and tags on one note. */
  tagLength: 200,
  tags: 100,
  title: 2_000,
  /** The quoted passage. */
  quote: 100_000,
  /** Context stored before and after the quote (Newsmark and Hypothesis store 32). */
  context: 256,
  body: 1_000_000,
  url: 8_192,
  /** The author's name on a shared note. */
  author: 200,
  /** Evidence links on one verdict. */
  evidence: 50,
  /** The claim's source and its role, as the engine found them, kept on a verdict. */
  claimSource: 500,
} as const;

/** A reader's verdict on a claim, from not yet checked to its rating. */
export const VERDICTS = ['unverified', 'true', 'misleading', 'false', 'unprovable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What the engine said of the claim a verdict is on, kept with it so that the verdict exports
 * (ClaimReview) and lists (People view) without the page. */
export interface AssessedClaim {
  /** The claim's named source, as the engine resolved it, or null. */
  source: string | null;
  /** The source's role as the article gives it, when the source is a person the engine found. */
  role: string | null;
  /** The source is an official (a person with an office). */
  official: boolean;
  kinds: Array<'attributed' | 'quote' | 'hedged' | 'statistic'>;
}

/** A fact-check of a claim (a note with motivation "assessing"): the one-line rating note is the
 * note's body. */
export interface Assessment {
  verdict: Verdict;
  /** Web addresses of the evidence, in the reader's order. */
  evidence: string[];
  claim?: AssessedClaim;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type AnchorStatus = 'anchored' | 'fuzzy' | 'orphan';

/** A span of text as [start, end) UTF-16 offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface AnnotationTarget {
  /** Canonical URL: the page's key. */
  source: string;
  /** The URL as the reader saw it. */
  url: string;
  title: string;
  /** Quote with its context, and its place in the article text Newsmark reads (blocks joined by
   * blank lines, white space collapsed). Absent on a page note, which is on the whole page. */
  selector?: [TextQuoteSelector, TextPositionSelector];
  /** The quote's place in the whole page's text as other annotation tools count it (Hypothesis:
   * document.body.textContent), recorded when the note was made; exported as the
   * TextPositionSelector so that the file re-anchors in those tools. Absent for older notes. */
  documentPosition?: TextSpan;
  /** The language of the page's text (BCP 47, "fr", "en-GB"), when known. */
  language?: string;
}

export interface Annotation {
  id: string;
  created: string;
  modified: string;
  /** "assessing": a verdict on a claim (see `assessment`). */
  motivation: 'highlighting' | 'commenting' | 'assessing';
  color: NoteColor;
  tags: string[];
  body: string;
  target: AnnotationTarget;
  /** The last anchoring result, shown in the popup. */
  anchor?: { status: AnchorStatus; score: number };
  /** Who wrote the note, when notes are shared (sync); absent on the reader's own. */
  creator?: string;
  /** The verdict, on a note with motivation "assessing". */
  assessment?: Assessment;
}

/** A note on the whole page, on no passage of it. */
export function isPageNote(note: Pick<Annotation, 'target'>): boolean {
  return note.target.selector === undefined;
}

/** The passage a note is on ('' for a page note). */
export function quoteOf(note: Pick<Annotation, 'target'>): string {
  return note.target.selector?.[0].exact ?? '';
}

// ---- dates ----

const ISO_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/i;
const CANONICAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A date and time written strictly as ISO 8601 (date, "T", hours and minutes, optional seconds and
 * fraction, "Z" or an offset), in UTC as Date.toISOString writes it; null for anything else. Nothing
 * is guessed: "2024-02-30…" (no such day), "1" or "March 1" are null, where Date.parse would
 * answer 1 March, 2001 and a year of its choosing.
 */
export function strictIsoTime(text: string): string | null {
  const m = ISO_INPUT.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second = 0] = m.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part))) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysIn(year!, month!)) return null;
  if (hour! > 23 || minute! > 59 || second > 59) return null;
  const zone = m[8]!.toUpperCase();
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const offsetHours = Number(zone.slice(1, 3));
    const offsetRest = Number(zone.slice(4, 6));
    if (offsetHours > 23 || offsetRest > 59) return null;
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  const millis = Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000);
  const time = Date.UTC(year!, month! - 1, day!, hour!, minute!, second, millis) - offsetMinutes * 60_000;
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear puts the year back.
  const date = new Date(time);
  if (year! < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900);
  const iso = Number.isNaN(date.getTime()) ? '' : date.toISOString();
  // An offset can carry a time past 9999 or before 0000; such a year has no four-digit form.
  return CANONICAL_TIME.test(iso) ? iso : null;
}

// ---- the schema ----

const TIME_MESSAGE = 'must be a date and time written as 2024-02-29T10:00:00.000Z';

/** A stored time: strict ISO 8601 in UTC with milliseconds, as Date.toISOString writes it. */
export const IsoTimeSchema = v.pipe(
  v.string(TIME_MESSAGE),
  v.check((s) => CANONICAL_TIME.test(s) && strictIsoTime(s) === s, TIME_MESSAGE),
);

const WEB_ADDRESS = /^https?:\/\//i;
const webAddress = (what: string) =>
  v.pipe(
    v.string(`${what} must be a web address`),
    v.maxLength(NOTE_LIMITS.url, `${what} is longer than ${NOTE_LIMITS.url.toLocaleString('en')} characters`),
    v.url(`${what} must be a web address`),
    v.regex(WEB_ADDRESS, `${what} must be an http(s) address`),
  );
export const WebAddressSchema = webAddress('the address');

export const TagSchema = v.pipe(
  v.string('a tag must be text'),
  v.check((tag) => tag.trim() !== '', 'a tag is empty'),
  v.check((tag) => tag === tag.trim(), 'a tag starts or ends with white space'),
  v.maxLength(NOTE_LIMITS.tagLength, `a tag is longer than ${NOTE_LIMITS.tagLength} characters`),
);
export const TagListSchema = v.pipe(
  v.array(TagSchema, 'the tags must be a list'),
  v.maxLength(NOTE_LIMITS.tags, `more than ${NOTE_LIMITS.tags} tags`),
  v.check((tags) => new Set(tags).size === tags.length, 'a tag appears twice'),
);
export const BodySchema = v.pipe(
  v.string('the note must be text'),
  v.maxLength(NOTE_LIMITS.body, `the note is longer than ${NOTE_LIMITS.body.toLocaleString('en')} characters`),
);
export const TitleSchema = v.pipe(
  v.string('the page title must be text'),
  v.maxLength(NOTE_LIMITS.title, `the page title is longer than ${NOTE_LIMITS.title.toLocaleString('en')} characters`),
);
export const ColorSchema = v.picklist(NOTE_COLORS, `the colour must be one of ${NOTE_COLORS.join(', ')}`);
export const MotivationSchema = v.picklist(
  ['highlighting', 'commenting', 'assessing'],
  'motivation must be "highlighting", "commenting" or "assessing"',
);
export const VerdictSchema = v.picklist(VERDICTS, `the verdict must be one of ${VERDICTS.join(', ')}`);

const context = (what: 'prefix' | 'suffix') =>
  v.pipe(
    v.string(`"${what}" must be text`),
    v.maxLength(NOTE_LIMITS.context, `"${what}" is longer than ${NOTE_LIMITS.context} characters`),
  );

export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(
    v.string('the quoted text ("exact") must be text'),
    v.minLength(1, 'the quoted text ("exact") is empty'),
    v.maxLength(NOTE_LIMITS.quote, `the quoted text ("exact") is longer than ${NOTE_LIMITS.quote.toLocaleString('en')} characters`),
  ),
  prefix: context('prefix'),
  suffix: context('suffix'),
});

const offset = (what: string) =>
  v.pipe(v.number(`${what} must be a number`), v.integer(`${what} must be a whole number`), v.minValue(0, `${what} must not be negative`));
const ENDS_BEFORE = 'the position ends before it starts';

export const TextPositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset('"start"'), end: offset('"end"') }),
  v.check((p) => p.start <= p.end, ENDS_BEFORE),
);
export const TextSpanSchema = v.pipe(
  v.object({ start: offset('"start"'), end: offset('"end"') }),
  v.check((p) => p.start <= p.end, ENDS_BEFORE),
);
export const LanguageSchema = v.pipe(
  v.string('the language must be text'),
  v.regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i, 'the language must be a language tag such as "fr" or "en-GB"'),
  v.maxLength(35, 'the language tag is too long'),
);
export const AnchorSchema = v.object({
  status: v.picklist(['anchored', 'fuzzy', 'orphan'], 'anchor status must be anchored, fuzzy or orphan'),
  score: v.pipe(
    v.number('anchor score must be a number'),
    v.minValue(0, 'anchor score must be ≥ 0'),
    v.maxValue(1, 'anchor score must be ≤ 1'),
  ),
});

export const AssessmentSchema = v.object({
  verdict: VerdictSchema,
  evidence: v.pipe(
    v.array(webAddress('an evidence link'), 'the evidence must be a list of web addresses'),
    v.maxLength(NOTE_LIMITS.evidence, `more than ${NOTE_LIMITS.evidence} evidence links`),
  ),
  claim: v.optional(
    v.object({
      source: v.nullable(v.pipe(v.string("the claim's source must be text"), v.maxLength(NOTE_LIMITS.claimSource))),
      role: v.nullable(v.pipe(v.string("the source's role must be text"), v.maxLength(NOTE_LIMITS.claimSource))),
      official: v.boolean('"official" must be true or false'),
      kinds: v.pipe(v.array(v.picklist(['attributed', 'quote', 'hedged', 'statistic'], 'unknown kind of claim')), v.maxLength(4)),
    }),
  ),
});

/** The one schema of a note. Its output is exactly an Annotation (checked by the type below). */
export const AnnotationSchema = v.object({
  id: v.pipe(v.string('the id must be text'), v.uuid('the id must be a UUID')),
  created: IsoTimeSchema,
  modified: IsoTimeSchema,
  motivation: MotivationSchema,
  color: ColorSchema,
  tags: TagListSchema,
  body: BodySchema,
  target: v.object({
    source: webAddress('the page address'),
    url: webAddress('the address seen'),
    title: TitleSchema,
    selector: v.optional(v.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema])),
    documentPosition: v.optional(TextSpanSchema),
    language: v.optional(LanguageSchema),
  }),
  anchor: v.optional(AnchorSchema),
  creator: v.optional(
    v.pipe(
      v.string('the author must be text'),
      v.minLength(1, 'the author is empty'),
      v.maxLength(NOTE_LIMITS.author, `the author is longer than ${NOTE_LIMITS.author} characters`),
    ),
  ),
  assessment: v.optional(AssessmentSchema),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile if the schema and the Annotation interface ever disagree. */
export const SCHEMA_MATCHES_TYPE: Same<v.InferOutput<typeof AnnotationSchema>, Annotation> = true;

/** Where a note breaks the schema ("tags", "target.selector[0].prefix") and the rule it breaks. */
export function noteIssue(value: unknown): { path: string; message: string } | null {
  const result = v.safeParse(AnnotationSchema, value, { abortPipeEarly: true });
  if (result.success) return null;
  const issue = result.issues[0];
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  const message =
    issue.received === 'undefined' && /^Invalid (key|type)/.test(issue.message) ? 'this required field is missing' : issue.message;
  return { path, message };
}

/** Checks a note; the reason ("tags: more than 100 tags") when it is not one the store may hold. */
export function checkNote(value: unknown): { ok: true; note: Annotation } | { ok: false; reason: string } {
  const result = v.safeParse(AnnotationSchema, value, { abortPipeEarly: true });
  if (result.success) return { ok: true, note: result.output };
  const issue = noteIssue(value)!;
  return { ok: false, reason: issue.path ? `${issue.path}: ${issue.message}` : issue.message };
}
