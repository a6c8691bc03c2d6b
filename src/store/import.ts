// Reads an import file (our W3C JSON-LD, another tool's W3C annotations, or a Hypothesis export)
// into notes. Nothing is written here: the file is checked completely first, each note it makes
// with the one note schema, and the first problem is reported with where it is in the file. Entries
// that are valid but cannot be notes here (Hypothesis page notes and replies) are counted, by reason.
import * as v from 'valibot';
import {
  type Annotation,
  type AssessedClaim,
  noteIssue,
  type TextPositionSelector,
  type TextQuoteSelector,
  type Verdict,
} from '../lib/annotation';
import { canonicalUrl } from '../lib/url';
import { MAX_IMPORT_NOTES, MAX_IMPORT_SIZE, TOO_LARGE } from './import-limits';
import { type HypothesisRow, HypothesisRowSchema, W3CAnnotationSchema, W3CFileSchema, type W3CInput } from './import-schemas';
import { stableUuid } from './stable-id';

/** Places listed for each reason entries were skipped (the count says how many in all). */
const SKIPPED_EXAMPLES = 5;

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Why entries of a file were left out: a Hypothesis reply, or a page note (no passage quoted). */
export type SkipKind = 'reply' | 'pageNote';
const SKIP_REASONS: Record<SkipKind, string> = {
  reply: 'a reply to another annotation (Newsmark keeps no discussions)',
  pageNote: 'a page note, on no passage of the page (Newsmark notes are on a quoted passage)',
};

export interface Skipped {
  kind: SkipKind;
  /** The reason in English (the UI says it in the reader's language, by kind). */
  reason: string;
  count: number;
  /** The first few places in the file ("annotations[3]"). */
  where: string[];
}

export interface ParsedImport {
  format: 'w3c' | 'hypothesis';
  annotations: Annotation[];
  /** Entries of the file that are not notes here, by reason. */
  skipped: Skipped[];
  /** Entries in the file. */
  entries: number;
}

export type ParseProgress = (checked: number, entries: number) => void;

const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
/** Entries checked between two progress reports (and two turns of the event loop). */
const REPORT_EVERY = 2000;

export async function parseImportFile(text: string, onProgress?: ParseProgress): Promise<ParsedImport> {
  if (text.length > MAX_IMPORT_SIZE) throw new ImportError(TOO_LARGE);
  if (text.trim() === '') throw new ImportError('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`The file is not valid JSON: ${(error as Error).message}.`);
  }
  if (isHypothesis(data)) return parseHypothesis(data, onProgress);
  if (typeof data === 'object' && data !== null && 'type' in data) return parseW3C(data, onProgress);
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

function pathOf(issue: v.BaseIssue<unknown>): string {
  let where = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    where += typeof key === 'number' ? `[${key}]` : where ? `.${String(key)}` : String(key);
  }
  return where;
}

/** "first.items[3].target.selector[0].exact: the quoted text is empty" */
function describeIssue(prefix: string, issue: v.BaseIssue<unknown>): string {
  const path = pathOf(issue);
  const where = !path ? prefix : !prefix ? path : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
  // A missing key is reported by valibot as an invalid key; say it plainly.
  const message =
    issue.received === 'undefined' && /^Invalid (key|type)/.test(issue.message) ? 'this required field is missing' : issue.message;
  return `${where || 'file'}: ${message}`;
}

function check<T>(schema: v.GenericSchema<unknown, T>, value: unknown, where: string): T {
  const result = v.safeParse(schema, value, { abortPipeEarly: true });
  if (!result.success) throw new ImportError(describeIssue(where, result.issues[0]));
  return result.output;
}

/**
 * Checks a note made from an entry with the note schema; a problem is reported at the entry's
 * field it came from (`fields` maps a note field to the file's name for it).
 */
function checkMade(note: Annotation, where: string, fields: [notePath: string, filePath: string][]): Annotation {
  const issue = noteIssue(note);
  if (!issue) return note;
  const mapped = fields.find(([from]) => issue.path === from || issue.path.startsWith(`${from}.`) || issue.path.startsWith(`${from}[`));
  const path = mapped ? mapped[1] + issue.path.slice(mapped[0].length).replace(/^\[\d+\]/, '') : issue.path;
  throw new ImportError(`${where}${path ? `.${path}` : ''}: ${issue.message}`);
}

function limitCount(items: unknown[], where: string): void {
  if (items.length > MAX_IMPORT_NOTES) {
    throw new ImportError(
      `${where}: ${items.length.toLocaleString('en')} entries, more than the ${MAX_IMPORT_NOTES.toLocaleString('en')} one import can take: split the file and import the parts.`,
    );
  }
}

class SkipList {
  private readonly byReason = new Map<SkipKind, Skipped>();
  add(kind: SkipKind, where: string): void {
    const entry = this.byReason.get(kind) ?? { kind, reason: SKIP_REASONS[kind], count: 0, where: [] };
    entry.count++;
    if (entry.where.length < SKIPPED_EXAMPLES) entry.where.push(where);
    this.byReason.set(kind, entry);
  }
  list(): Skipped[] {
    return [...this.byReason.values()];
  }
}

async function parseW3C(data: object, onProgress?: ParseProgress): Promise<ParsedImport> {
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
    if ((i + 1) % REPORT_EVERY === 0) await report(onProgress, i + 1, items.length);
  }
  return { format: 'w3c', annotations, skipped: [], entries: items.length };
}

/** Tells the caller how far the check is, and lets other work run (progress messages, a keystroke). */
async function report(onProgress: ParseProgress | undefined, checked: number, entries: number): Promise<void> {
  onProgress?.(checked, entries);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()))];
}

function selectorsOf(
  list: { type: string }[],
  articlePosition: { start: number; end: number } | undefined,
): { selector: Annotation['target']['selector']; documentPosition?: { start: number; end: number } } {
  const quote = list.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector;
  const position = list.find((s) => s.type === 'TextPositionSelector') as TextPositionSelector | undefined;
  // Without an offset in Newsmark's article text the quote alone anchors the note; a page-text
  // offset still serves as the hint of where to look first, and 0 only makes the first check miss.
  const hint = articlePosition ?? position ?? { start: 0, end: quote.exact.length };
  return {
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
      { type: 'TextPositionSelector', start: hint.start, end: hint.end },
    ],
    ...(position ? { documentPosition: { start: position.start, end: position.end } } : {}),
  };
}

async function fromW3C(item: W3CInput, where: string): Promise<Annotation> {
  const uuid = UUID_URN.exec(item.id)?.[1]?.toLowerCase() ?? (await stableUuid(`w3c:${item.id}`));
  const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body];
  const comments = bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value);
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  if (tags.some((t) => t.trim() === '')) throw new ImportError(`${where}.body: a tag is empty.`);
  const selectors = item.target.selector ?? [];
  const quoteAt = selectors.findIndex((s) => s.type === 'TextQuoteSelector');
  const positionAt = selectors.findIndex((s) => s.type === 'TextPositionSelector');
  // Files written by Newsmark before newsmark:textPosition kept the article offsets in the
  // TextPositionSelector: those are not the page's offsets other tools count.
  const ownOlderFile = item['newsmark:color'] !== undefined && item['newsmark:textPosition'] === undefined;
  // No selector: a page note, on the whole page.
  const { selector, documentPosition } = item.target.selector
    ? selectorsOf(
        ownOlderFile ? selectors.filter((s) => s.type !== 'TextPositionSelector') : selectors,
        item['newsmark:textPosition'] ?? (ownOlderFile && positionAt >= 0 ? (selectors[positionAt] as TextPositionSelector) : undefined),
      )
    : { selector: undefined, documentPosition: undefined };
  const language = Array.isArray(item.target.language) ? item.target.language[0] : item.target.language;
  const annotation: Annotation = {
    id: uuid,
    created: item.created,
    modified: item.modified ?? item.created,
    motivation: item.motivation,
    color: (item['newsmark:color'] ?? 'yellow') as Annotation['color'],
    tags: cleanTags(tags),
    body: comments.join('\n\n'),
    target: {
      source: item.target.source,
      url: item.target.scope ?? item.target.source,
      title: item['newsmark:pageTitle'],
      ...(selector ? { selector } : {}),
      ...(documentPosition ? { documentPosition } : {}),
      ...(language ? { language } : {}),
    },
  };
  if (item['newsmark:anchor'] !== undefined) annotation.anchor = item['newsmark:anchor'] as Annotation['anchor'];
  const author = personName(item.creator);
  if (author !== undefined) annotation.creator = author;
  if (item['newsmark:verdict'] !== undefined || item.motivation === 'assessing') {
    annotation.assessment = {
      verdict: (item['newsmark:verdict'] ?? 'unverified') as Verdict,
      evidence: (item['newsmark:evidence'] ?? []) as string[],
      ...(item['newsmark:claim'] !== undefined ? { claim: item['newsmark:claim'] as AssessedClaim } : {}),
    };
  }
  const position = positionAt >= 0 && !ownOlderFile ? `target.selector[${positionAt}]` : 'newsmark:textPosition';
  return checkMade(annotation, where, [
    ['color', 'newsmark:color'],
    ['tags', 'body'],
    ['target.title', 'newsmark:pageTitle'],
    ['target.url', 'target.scope'],
    ['target.selector[0]', `target.selector[${quoteAt}]`],
    ['target.selector[1]', item['newsmark:textPosition'] ? 'newsmark:textPosition' : position],
    ['target.documentPosition', `target.selector[${positionAt}]`],
    ['anchor', 'newsmark:anchor'],
    ['creator', 'creator.name'],
    ['assessment.verdict', 'newsmark:verdict'],
    ['assessment.evidence', 'newsmark:evidence'],
    ['assessment.claim', 'newsmark:claim'],
  ]);
}

/** The name of a W3C creator that is a Person ({"type": "Person", "name": …}). Software (Newsmark
 * itself, for the reader's own notes), an address alone, a list or a blank name name no author. */
function personName(creator: unknown): string | undefined {
  if (typeof creator !== 'object' || creator === null) return undefined;
  const { type, name } = creator as { type?: unknown; name?: unknown };
  return type === 'Person' && typeof name === 'string' && name.trim() !== '' ? name : undefined;
}

async function parseHypothesis(data: { annotations?: unknown; rows?: unknown }, onProgress?: ParseProgress): Promise<ParsedImport> {
  const key = 'annotations' in data ? 'annotations' : 'rows';
  const rows = data[key];
  if (!Array.isArray(rows)) throw new ImportError(`${key}: must be a list of Hypothesis annotations.`);
  limitCount(rows, key);
  const annotations: Annotation[] = [];
  const skipped = new SkipList();
  for (let i = 0; i < rows.length; i++) {
    const where = `${key}[${i}]`;
    const row = check(HypothesisRowSchema, rows[i], where);
    if (row.references && row.references.length > 0) {
      skipped.add('reply', where);
    } else {
      // No quoted passage: a page note (Hypothesis's note on the whole page), kept as one.
      const selectors = row.target[0]?.selector;
      annotations.push(await fromHypothesis(row, selectors?.some((s) => s.type === 'TextQuoteSelector') ? selectors : null, where));
    }
    if ((i + 1) % REPORT_EVERY === 0) await report(onProgress, i + 1, rows.length);
  }
  return { format: 'hypothesis', annotations, skipped: skipped.list(), entries: rows.length };
}

async function fromHypothesis(row: HypothesisRow, selectors: { type: string }[] | null, where: string): Promise<Annotation> {
  const title = row.document?.title;
  const { selector, documentPosition } = selectors
    ? selectorsOf(selectors, undefined)
    : { selector: undefined, documentPosition: undefined };
  const note: Annotation = {
    id: await stableUuid(`hypothesis:${row.id}`),
    created: row.created,
    modified: row.updated ?? row.created,
    motivation: row.text ? 'commenting' : 'highlighting',
    color: 'yellow',
    tags: cleanTags(row.tags).filter(Boolean),
    body: row.text,
    target: {
      source: canonicalUrl(row.uri),
      url: row.uri,
      title: (Array.isArray(title) ? title[0] : title) ?? '',
      ...(selector ? { selector } : {}),
      ...(documentPosition ? { documentPosition } : {}),
    },
  };
  const quoteAt = selectors?.findIndex((s) => s.type === 'TextQuoteSelector') ?? -1;
  const positionAt = selectors?.findIndex((s) => s.type === 'TextPositionSelector') ?? -1;
  return checkMade(note, where, [
    ['modified', 'updated'],
    ['tags', 'tags'],
    ['body', 'text'],
    ['target.title', 'document.title'],
    ['target.source', 'uri'],
    ['target.url', 'uri'],
    ['target.selector[0]', `target[0].selector[${quoteAt}]`],
    ['target.selector[1]', `target[0].selector[${positionAt}]`],
    ['target.documentPosition', `target[0].selector[${positionAt}]`],
  ]);
}
