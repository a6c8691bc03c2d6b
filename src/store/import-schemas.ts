// Valibot schemas for the shape of the files we import: W3C Web Annotation (ours, and other tools')
// and Hypothesis's JSON export. They check structure and say what is expected where; what a note
// may hold (lengths, counts, dates) is the one note schema's job (src/lib/annotation.ts), applied to
// each note made from the file.
import * as v from 'valibot';
import { strictIsoTime } from '../lib/annotation';

/** A date written strictly in ISO 8601, turned into the stored form (UTC, milliseconds). */
export const importTime = (what: string) =>
  v.pipe(
    v.string(`${what} must be a date as text`),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const iso = strictIsoTime(dataset.value);
      if (iso) return iso;
      addIssue({ message: `${what} is not a date and time such as 2024-02-29T10:00:00Z` });
      return NEVER;
    }),
  );
const webUrl = (what: string) =>
  v.pipe(
    v.string(`${what} must be a web address`),
    v.check((s) => {
      try {
        return ['http:', 'https:'].includes(new URL(s).protocol);
      } catch {
        return false;
      }
    }, `${what} must be an http(s) address`),
  );

export const QuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string('the quoted text ("exact") must be text'), v.minLength(1, 'the quoted text ("exact") is empty')),
  prefix: v.optional(v.string('"prefix" must be text'), ''),
  suffix: v.optional(v.string('"suffix" must be text'), ''),
});

const offset = (what: string) =>
  v.pipe(v.number(`${what} must be a number`), v.integer(`${what} must be a whole number`), v.minValue(0, `${what} must not be negative`));

export const PositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset('"start"'), end: offset('"end"') }),
  v.check((p) => p.start <= p.end, 'the position selector ends before it starts'),
);
const TextPositionTermSchema = v.pipe(
  v.object({ start: offset('"start"'), end: offset('"end"') }),
  v.check((p) => p.start <= p.end, '"newsmark:textPosition" ends before it starts'),
);

/** Any selector: the two we use are checked, others (RangeSelector, XPath…) are let through and ignored. */
const SelectorSchema = v.pipe(
  v.looseObject({ type: v.string('each selector needs a "type"') }),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const value = dataset.value;
    const schema =
      value.type === 'TextQuoteSelector' ? QuoteSelectorSchema : value.type === 'TextPositionSelector' ? PositionSelectorSchema : null;
    if (!schema) return value;
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
    for (const issue of result.issues) addIssue({ message: issue.message, path: issue.path as never });
    return NEVER;
  }),
);

export const SelectorListSchema = v.pipe(
  v.array(SelectorSchema, 'the selector must be a list'),
  v.check(
    (list) => list.some((s) => s.type === 'TextQuoteSelector'),
    'has no TextQuoteSelector: there is no quoted text to find on the page',
  ),
);

const TextualBodySchema = v.object({
  type: v.literal('TextualBody', 'only TextualBody bodies can be imported'),
  value: v.string('the body\'s "value" must be text'),
  purpose: v.optional(v.picklist(['commenting', 'tagging', 'describing'], 'purpose must be "commenting" or "tagging"')),
  format: v.optional(v.string()),
  language: v.optional(v.string()),
});

export const W3CAnnotationSchema = v.looseObject({
  id: v.pipe(v.string('every annotation needs an "id"'), v.minLength(1, 'the "id" is empty')),
  type: v.literal('Annotation', 'the "type" must be "Annotation"'),
  motivation: v.optional(
    v.picklist(['highlighting', 'commenting', 'assessing'], 'motivation must be "highlighting", "commenting" or "assessing"'),
    'highlighting',
  ),
  created: importTime('"created"'),
  modified: v.optional(importTime('"modified"')),
  body: v.optional(v.union([TextualBodySchema, v.array(TextualBodySchema)], 'the body must be a TextualBody or a list of them')),
  target: v.pipe(
    v.unknown(),
    v.check(
      (t) => typeof t === 'object' && t !== null && !Array.isArray(t),
      'the "target" must be one object with a "source" and a "selector"',
    ),
    v.object({
      source: webUrl('the target\'s "source"'),
      scope: v.optional(webUrl('the target\'s "scope"')),
      language: v.optional(v.union([v.string(), v.array(v.string())], 'the target\'s "language" must be a language tag')),
      /** Absent: a note on the whole page. */
      selector: v.optional(SelectorListSchema),
    }),
  ),
  'newsmark:pageTitle': v.optional(v.string('"newsmark:pageTitle" must be text'), ''),
  'newsmark:color': v.optional(v.string('"newsmark:color" must be text')),
  'newsmark:textPosition': v.optional(TextPositionTermSchema),
  'newsmark:anchor': v.optional(v.unknown()),
  /** A verdict's parts; checked with the note schema once the note is made. */
  'newsmark:verdict': v.optional(v.unknown()),
  'newsmark:evidence': v.optional(v.unknown()),
  'newsmark:claim': v.optional(v.unknown()),
  /** A Person with a name is the note's author; Newsmark's own agent, or anything else, is not. */
  creator: v.optional(v.unknown()),
});
export type W3CInput = v.InferOutput<typeof W3CAnnotationSchema>;

export const W3CFileSchema = v.variant(
  'type',
  [
    v.looseObject({
      type: v.literal('AnnotationCollection'),
      first: v.looseObject(
        { items: v.array(v.unknown(), 'first.items must be a list of annotations') },
        'the collection has no embedded "first" page of items',
      ),
    }),
    v.looseObject({ type: v.literal('AnnotationPage'), items: v.array(v.unknown(), '"items" must be a list') }),
    v.looseObject({ type: v.literal('Annotation') }),
  ],
  'not a W3C Annotation, AnnotationPage or AnnotationCollection',
);

const hypothesisSelectorList = v.array(SelectorSchema, 'the selector must be a list');

export const HypothesisRowSchema = v.looseObject({
  id: v.pipe(v.string('every Hypothesis annotation needs an "id"'), v.minLength(1, 'the "id" is empty')),
  created: importTime('"created"'),
  updated: v.optional(importTime('"updated"')),
  uri: webUrl('"uri"'),
  text: v.optional(v.string('"text" must be text'), ''),
  tags: v.optional(v.array(v.string('each tag must be text'), '"tags" must be a list'), []),
  references: v.optional(v.array(v.string())),
  target: v.array(
    v.looseObject({ source: v.optional(v.string()), selector: v.optional(hypothesisSelectorList) }),
    '"target" must be a list',
  ),
  document: v.optional(v.looseObject({ title: v.optional(v.union([v.string(), v.array(v.string())])) })),
});
export type HypothesisRow = v.InferOutput<typeof HypothesisRowSchema>;
