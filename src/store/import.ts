// Reads an import file (our W3C JSON-LD, another tool's W3C annotations, or a Hypothesis export)
// into notes. Nothing is written here: the file is checked completely first, and the first problem
// is reported with where it is, so the store is never left with half a file.
import * as v from 'valibot';
import type { Annotation, TextPositionSelector, TextQuoteSelector } from '../lib/annotation';
import { canonicalUrl } from '../lib/url';
import { type HypothesisRow, HypothesisRowSchema, W3CAnnotationSchema, W3CFileSchema, type W3CInput } from './import-schemas';
import { stableUuid } from './stable-id';

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
export const MAX_IMPORT_NOTES = 200_000;

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface ParsedImport {
  format: 'w3c' | 'hypothesis';
  annotations: Annotation[];
  /** Entries that are valid but cannot be notes here (Hypothesis page notes and replies). */
  skipped: { where: string; reason: string }[];
}

const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export async function parseImportFile(text: string): Promise<ParsedImport> {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError('The file is larger than 100 MB: split it and import the parts.');
  if (text.trim() === '') throw new ImportError('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`The file is not valid JSON: ${(error as Error).message}.`);
  }
  if (isHypothesis(data)) return parseHypothesis(data);
  if (typeof data === 'object' && data !== null && 'type' in data) return parseW3C(data);
  if (Array.isArray(data)) {
    throw new ImportError('The file is a bare list: expected a W3C AnnotationCollection or a Hypothesis export.');
  }
  throw new ImportError('Not an annotation file: expected a W3C AnnotationCollection (as Newsmark exports) or a Hypothesis JSON export.');
}

function isHypothesis(data: unknown): data is { annotations?: unknown; rows?: unknown } {
  return (
    typeof data === 'object' && data !== null && !Array.isArray(data) && ('annotations' in data || 'rows' in data) && !('type' in data)
  );
}

/** "first.items[3].target.selector[0].exact: the quoted text is empty" */
function describeIssue(prefix: string, issue: v.BaseIssue<unknown>): string {
  let where = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    where += typeof key === 'number' ? `[${key}]` : where ? `.${String(key)}` : String(key);
  }
  // A missing key is reported by valibot as an invalid key; say it plainly.
  const message =
    issue.received === 'undefined' && issue.message.startsWith('Invalid key') ? 'this required field is missing' : issue.message;
  return `${where || 'file'}: ${message}`;
}

function check<T>(schema: v.GenericSchema<unknown, T>, value: unknown, where: string): T {
  const result = v.safeParse(schema, value, { abortPipeEarly: true });
  if (!result.success) throw new ImportError(describeIssue(where, result.issues[0]));
  return result.output;
}

function limitCount(items: unknown[], where: string): void {
  if (items.length > MAX_IMPORT_NOTES) {
    throw new ImportError(`${where}: ${items.length} annotations is more than the ${MAX_IMPORT_NOTES} one import can take.`);
  }
}

async function parseW3C(data: object): Promise<ParsedImport> {
  const file = check(W3CFileSchema, data, '');
  let items: unknown[];
  let where: string;
  if (file.type === 'AnnotationCollection') {
    items = (file as { first: { items: unknown[] } }).first.items;
    where = 'first.items';
  } else if (file.type === 'AnnotationPage') {
    items = (file as { items: unknown[] }).items;
    where = 'items';
  } else {
    items = [file];
    where = 'annotation';
  }
  limitCount(items, where);
  const annotations: Annotation[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const at = items.length === 1 && where === 'annotation' ? where : `${where}[${i}]`;
    const item = check(W3CAnnotationSchema, items[i], at);
    const annotation = await fromW3C(item, at);
    const first = seen.get(annotation.id);
    if (first !== undefined) throw new ImportError(`${at}.id: the same id as ${where}[${first}]; each note must appear once.`);
    seen.set(annotation.id, i);
    annotations.push(annotation);
  }
  return { format: 'w3c', annotations, skipped: [] };
}

function selectorsOf(list: { type: string }[], where: string): Annotation['target']['selector'] {
  const quote = list.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector | undefined;
  if (!quote) throw new ImportError(`${where}: has no TextQuoteSelector: there is no quoted text to find on the page`);
  const position = list.find((s) => s.type === 'TextPositionSelector') as TextPositionSelector | undefined;
  return [
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    // Without a stored position the quote alone anchors the note; 0 only makes the first check miss.
    { type: 'TextPositionSelector', start: position?.start ?? 0, end: position?.end ?? quote.exact.length },
  ];
}

function toIso(date: string): string {
  return new Date(date).toISOString();
}

async function fromW3C(item: W3CInput, where: string): Promise<Annotation> {
  const uuid = UUID_URN.exec(item.id)?.[1]?.toLowerCase() ?? (await stableUuid(`w3c:${item.id}`));
  const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body];
  const comments = bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value);
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  if (tags.some((t) => t.trim() === '')) throw new ImportError(`${where}.body: a tag is empty.`);
  const created = toIso(item.created);
  const annotation: Annotation = {
    id: uuid,
    created,
    modified: item.modified ? toIso(item.modified) : created,
    motivation: item.motivation,
    color: item['newsmark:color'],
    tags,
    body: comments.join('\n\n'),
    target: {
      source: item.target.source,
      url: item.target.scope ?? item.target.source,
      title: item['newsmark:pageTitle'],
      selector: selectorsOf(item.target.selector, `${where}.target.selector`),
    },
  };
  if (item['newsmark:anchor']) annotation.anchor = item['newsmark:anchor'];
  return annotation;
}

async function parseHypothesis(data: { annotations?: unknown; rows?: unknown }): Promise<ParsedImport> {
  const key = 'annotations' in data ? 'annotations' : 'rows';
  const rows = data[key];
  if (!Array.isArray(rows)) throw new ImportError(`${key}: must be a list of Hypothesis annotations.`);
  limitCount(rows, key);
  const annotations: Annotation[] = [];
  const skipped: ParsedImport['skipped'] = [];
  for (let i = 0; i < rows.length; i++) {
    const where = `${key}[${i}]`;
    const row = check(HypothesisRowSchema, rows[i], where);
    if (row.references && row.references.length > 0) {
      skipped.push({ where, reason: 'a reply to another annotation' });
      continue;
    }
    const selectors = row.target[0]?.selector;
    if (!selectors?.some((s) => s.type === 'TextQuoteSelector')) {
      skipped.push({ where, reason: 'a page note, with no quoted text' });
      continue;
    }
    annotations.push(await fromHypothesis(row, selectors, where));
  }
  return { format: 'hypothesis', annotations, skipped };
}

async function fromHypothesis(row: HypothesisRow, selectors: { type: string }[], where: string): Promise<Annotation> {
  const title = row.document?.title;
  const created = toIso(row.created);
  return {
    id: await stableUuid(`hypothesis:${row.id}`),
    created,
    modified: row.updated ? toIso(row.updated) : created,
    motivation: row.text ? 'commenting' : 'highlighting',
    color: 'yellow',
    tags: [...new Set(row.tags.map((t) => t.trim()).filter(Boolean))],
    body: row.text,
    target: {
      source: canonicalUrl(row.uri),
      url: row.uri,
      title: (Array.isArray(title) ? title[0] : title) ?? '',
      selector: selectorsOf(selectors, `${where}.target[0].selector`),
    },
  };
}
