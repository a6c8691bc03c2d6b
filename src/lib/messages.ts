// The one message protocol shared by every context: request schemas (checked where received),
// response types, and the typed send helper. Add a message by adding a schema and a response type.
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { ImportProgress, ImportResult } from '../store/import-job';
import type { ListCursor } from '../store/search-cache';
import type { ConflictedNote } from '../store/sync-store';
import {
  type Annotation,
  AnnotationSchema,
  AssessmentSchema,
  BodySchema,
  ColorSchema,
  IsoTimeSchema,
  MotivationSchema,
  NOTE_COLORS,
  NOTE_LIMITS,
  TagListSchema,
  TagSchema,
  VerdictSchema,
  WebAddressSchema,
} from './annotation';
import { ArticleRecordSchema } from './article-record';
import { SyncFormSchema, type SyncView } from './sync-settings';

/** The note schema (src/lib/annotation.ts): every path that writes a note checks it with this. */
export { AnnotationSchema };

const uuid = v.pipe(v.string(), v.uuid());

/** What "All notes" asks for: words and filters, each optional. */
const NoteQuerySchema = v.object({
  text: v.optional(v.pipe(v.string(), v.maxLength(500))),
  color: v.optional(v.nullable(v.picklist(NOTE_COLORS))),
  tag: v.optional(v.nullable(TagSchema)),
  site: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(300)))),
  since: v.optional(v.nullable(IsoTimeSchema)),
  author: v.optional(v.nullable(v.object({ name: v.nullable(v.pipe(v.string(), v.maxLength(NOTE_LIMITS.author))), mine: v.boolean() }))),
});

/** Request payload schemas, by message type. */
export const requestSchemas = {
  ping: v.object({}),
  /**
   * A note made on a page. Besides the article-text selectors, the content script sends, when it
   * can (both optional; older notes have neither):
   * - target.documentPosition: the selected Range's [start, end) in document.body.textContent,
   *   counted as Hypothesis counts it (TextRange.fromRange(range).relativeTo(document.body)): the
   *   length of every text node under <body> before the boundary, plus the boundary's offset in its
   *   text node; script and style text counts (it is in textContent), comments do not, nor
   *   Newsmark's own UI (outside <body>, in a closed shadow root). Measured when the note is made;
   *   it differs from the article-text offsets in selector[1] (blocks joined, white space collapsed).
   * - target.language: the language of the page's text (BCP 47, e.g. "fr").
   * The JSON-LD export writes the first as the TextPositionSelector other tools re-anchor with.
   */
  'annotation.save': v.object({ annotation: AnnotationSchema }),
  /** The notes of a page, including those filed under its other forms (http/https, trailing slash). */
  'annotation.forPage': v.object({ source: v.pipe(v.string(), v.url()) }),
  // Notes (src/store): writes go through the background, the store's only writer.
  'annotation.update': v.object({
    id: uuid,
    patch: v.object({
      body: v.optional(BodySchema),
      tags: v.optional(TagListSchema),
      color: v.optional(ColorSchema),
      motivation: v.optional(MotivationSchema),
      /** A verdict's rating and evidence (motivation "assessing"). */
      assessment: v.optional(AssessmentSchema),
    }),
  }),
  'annotation.delete': v.object({ id: uuid }),
  /** Deletes every note (options page, after the reader confirmed). `confirm` guards against a stray call. */
  'annotation.deleteAll': v.object({ confirm: v.literal(true) }),
  'annotation.get': v.object({ id: uuid }),
  /** A page of "All notes" that matches words or filters, newest first, after the cursor. */
  'annotation.list': v.object({
    query: NoteQuerySchema,
    after: v.optional(v.nullable(v.object({ created: IsoTimeSchema, id: uuid }))),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2000))),
  }),
  /** Loads the background's search copy ahead of the first keystroke. */
  'annotation.prepareSearch': v.object({}),
  /** The tags and sites in use, for the filter menus. */
  'annotation.facets': v.object({}),
  // Sync (src/background/sync-service.ts). Extension pages only (not in the router's content-script
  // list): a page could otherwise point the notes at a server of its choosing.
  /** The settings without the password, and the status. */
  'sync.status': v.object({}),
  /** Tries the server with these settings (the stored password when none is given); saves nothing. */
  'sync.test': SyncFormSchema,
  /** Saves the settings (after the page obtained the host permission) and syncs. */
  'sync.save': SyncFormSchema,
  /** Stops syncing and forgets the settings and password (the notes stay). */
  'sync.forget': v.object({ confirm: v.literal(true) }),
  'sync.now': v.object({}),
  /** The notes edited on two devices, with their versions. */
  'sync.conflicts': v.object({}),
  /** Ends a conflict with this version of the note (one of them, or the reader's merge). */
  'sync.resolve': v.object({ annotation: AnnotationSchema }),
  /** What the engine found in an article that has notes (kept for the People view; ignored when
   * the page has none). */
  'article.remember': v.object({ article: ArticleRecordSchema }),
  /** The page reports how its notes re-anchored, so the popup can show orphans. */
  'annotation.setAnchorStatus': v.object({
    updates: v.pipe(
      v.array(
        v.object({
          id: uuid,
          status: v.picklist(['anchored', 'fuzzy', 'orphan']),
          score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
        }),
      ),
      v.maxLength(20_000),
    ),
  }),
};

/** Response payloads, by message type. */
export interface ResponseMap {
  ping: { pong: true; version: string };
  'annotation.save': { annotation: Annotation };
  'annotation.forPage': { annotations: Annotation[] };
  'annotation.update': { annotation: Annotation };
  'annotation.delete': { deleted: boolean };
  'annotation.deleteAll': { deleted: number };
  'annotation.get': { annotation: Annotation | null };
  /** `total`: the matches (first page only, else null), a floor when `totalIsAtLeast`; `next`:
   * where the next page starts. */
  'annotation.list': { annotations: Annotation[]; next: ListCursor | null; total: number | null; totalIsAtLeast?: boolean };
  'annotation.prepareSearch': { notes: number };
  'annotation.facets': { tags: string[]; sites: string[]; authors: string[] };
  'annotation.setAnchorStatus': { changed: number };
  'sync.status': SyncView;
  /** `ok` false: `message` says why, in plain words. */
  'sync.test': { ok: boolean; message: string; kind?: string };
  'sync.save': SyncView;
  'sync.forget': SyncView;
  'sync.now': SyncView;
  'sync.conflicts': { conflicts: ConflictedNote[] };
  'sync.resolve': { annotation: Annotation };
  'article.remember': { kept: boolean };
}

// ---------------------------------------------------------------------------------------------
// Import, over a port (runtime.connect with IMPORT_PORT), from the extension's own pages only. The
// page first stages the file in the database (NotesStore.stageImport, under a fresh import id), so
// the file never travels as a message; it then asks the background to run that import, and hears
// its progress and its result. If the port closes first (the worker stopped), the page connects
// again and asks for the same id: the background resumes or repeats the answer.

export const IMPORT_PORT = 'newsmark.import';

export const ImportRunSchema = v.object({ type: v.literal('import.run'), importId: uuid });
export type ImportRun = v.InferOutput<typeof ImportRunSchema>;

export type ImportEvent =
  | ({ type: 'import.progress'; importId: string } & ImportProgress)
  | { type: 'import.done'; importId: string; result: ImportResult }
  /** `written`: notes of the file saved before it stopped (0 when nothing was written). */
  | { type: 'import.failed'; importId: string; error: string; written: number };

export type { ImportProgress, ImportResult };

/**
 * Broadcast by the background to extension pages (runtime.sendMessage) and tabs (tabs.sendMessage)
 * after every change to the notes, so open popups and pages stay current. Not a request: no reply.
 * 'reset' means the database was deleted outside Newsmark (message says so).
 */
export const AnnotationsChangedSchema = v.object({
  type: v.literal('annotations.changed'),
  change: v.picklist(['saved', 'updated', 'deleted', 'imported', 'anchor', 'reset']),
  ids: v.array(v.string()),
  /** Canonical URLs of the pages concerned; empty when many pages changed (import, reset). */
  sources: v.array(v.string()),
  message: v.optional(v.string()),
});
export type AnnotationsChangedEvent = v.InferOutput<typeof AnnotationsChangedSchema>;

/** Checks a received broadcast (from this extension only: the caller checks sender.id). */
export function parseAnnotationsChanged(raw: unknown): AnnotationsChangedEvent | null {
  const result = v.safeParse(AnnotationsChangedSchema, raw);
  return result.success ? result.output : null;
}

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;
export type Message = { [K in MessageType]: { type: K; payload: RequestOf<K> } }[MessageType];

/** What travels back: errors are values, so a failed save reaches the UI as a message it can show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Checks an untrusted message. Returns null for anything that is not a well-formed request. */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) return null;
  const schema = requestSchemas[type as MessageType];
  const result = v.safeParse(schema, payload);
  return result.success ? ({ type, payload: result.output } as Message) : null;
}

/** Sends a request to the background and unwraps its reply. Throws an Error with the reason on failure. */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseMap[K]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<ResponseMap[K]> | undefined;
  if (!reply) throw new Error(`No reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

// ---------------------------------------------------------------------------------------------
// Messages to a tab's content script (popup or background → page), through browser.tabs.sendMessage.
// A second map because the receiver is the page, not the background. The content script checks
// them with these schemas and only accepts them from this extension.

export const PAGE_COMMANDS = ['highlight-selection', 'next-highlight', 'previous-highlight'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

export const pageRequestSchemas = {
  /** This page's article analysis and the state of its notes, for the popup. */
  'page.getAnalysis': v.object({}),
  /** Scrolls the tab to a highlight and flashes it: people[index] / claims[index], or a note by id. */
  'page.reveal': v.object({
    kind: v.picklist(['person', 'claim', 'note']),
    index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    id: v.optional(v.pipe(v.string(), v.maxLength(100))),
  }),
  /** The reader's verdict on claims[index], given in the popup: made, or updated if it has one. */
  'page.assess': v.object({
    index: v.pipe(v.number(), v.integer(), v.minValue(0)),
    verdict: VerdictSchema,
    body: v.pipe(v.string(), v.maxLength(500)),
    evidence: v.pipe(v.array(WebAddressSchema), v.maxLength(50)),
  }),
  /** A keyboard command (manifest `commands`), or 'save-selection' from the context-menu item. */
  'page.command': v.object({ command: v.picklist([...PAGE_COMMANDS, 'save-selection']) }),
};

/** One entry of page.getAnalysis: a person with every mention, offsets into the article text. */
export type PagePerson = import('../analysis/types').Person;
export type PageClaim = import('../analysis/types').Claim & {
  text: string;
  /** The id of the reader's verdict note on this claim, when there is one. */
  verdictId?: string;
};

/** What the content script counts and draws, for tests (reached only through the extension's messages). */
export interface PageDiagnostics {
  wholePasses: number;
  blocksAnalysedAlone: number;
  blocksReused: number;
  firstLookDropped?: number;
  /** Readings of the article with computed styles done. */
  rechecks?: number;
  /** Events and selections ignored because a page script made them (isTrusted false). */
  untrustedIgnored?: number;
  /** The settings are known and say Newsmark is off on this site. */
  off?: boolean;
  /** The reader's highlights, focus and flash as drawn in Newsmark's closed layer. */
  marks?: { key: string; kind: 'note' | 'focus' | 'flash'; color?: string; verdict?: string; text: string; boxes: number }[];
}

export interface PageResponseMap {
  'page.getAnalysis': {
    /** The URL as seen, and its canonical form (the notes' key). */
    url: string;
    source: string;
    title: string;
    lang: string;
    /** False when the page's language is one Newsmark does not read (nothing is looked for there). */
    supported: boolean;
    people: PagePerson[];
    claims: PageClaim[];
    notes: Array<{ id: string; status: 'anchored' | 'fuzzy' | 'orphan' }>;
    /** False when Newsmark is off on this site, or the page is not a news article in a language it reads. */
    enabled: boolean;
    /** The content script's counters (for tests; never shown, never sent to page scripts). */
    diagnostics?: PageDiagnostics;
  };
  /** found: false when there is no such highlight on the page (orphan note, out-of-range index). */
  'page.reveal': { found: boolean };
  'page.command': { done: boolean };
  'page.assess': { id: string };
}

export type PageMessageType = keyof typeof pageRequestSchemas;
export type PageRequestOf<K extends PageMessageType> = v.InferOutput<(typeof pageRequestSchemas)[K]>;
export type PageMessage = { [K in PageMessageType]: { type: K; payload: PageRequestOf<K> } }[PageMessageType];

/** Checks an untrusted message meant for the content script. Null for anything else. */
export function parsePageMessage(raw: unknown): PageMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(pageRequestSchemas, type)) return null;
  const result = v.safeParse(pageRequestSchemas[type as PageMessageType], payload);
  return result.success ? ({ type, payload: result.output } as PageMessage) : null;
}

/**
 * Sends a request to the content script of a tab and unwraps its reply. Throws when the tab has no
 * Newsmark content script (browser pages, the store) or the page answered with an error.
 */
export async function sendToTab<K extends PageMessageType>(tabId: number, type: K, payload: PageRequestOf<K>): Promise<PageResponseMap[K]> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, payload })) as Reply<PageResponseMap[K]> | undefined;
  if (!reply) throw new Error(`No reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
