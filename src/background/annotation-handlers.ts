// Handlers for the reader's notes. The service worker is the store's only writer: every write is one
// IndexedDB transaction that has committed before the reply is sent, so a reply means "saved", and a
// sender whose worker died before replying can safely send again (writes are idempotent by note id;
// see src/store/client.ts). Chrome keeps the worker alive while it handles a message, so no
// keep-alive trick is needed for a write. Changes are broadcast once committed.
import { canonicalUrl } from '../lib/url';
import { ImportJobs } from '../store/import-job';
import { NotesStore } from '../store/notes-store';
import { broadcastChange } from './broadcast';
import type { Handlers } from './router';
import { SyncService } from './sync-service';

type AnnotationHandlers = Pick<Handlers, Extract<keyof Handlers, `annotation.${string}`>>;

export const store = new NotesStore({
  onFault: (error) => broadcastChange({ change: 'reset', ids: [], sources: [], message: error.message }),
});

/** Imports run here, staged by the extension's pages (see import-port.ts). */
export const importJobs = new ImportJobs(store, () => {
  broadcastChange({ change: 'imported', ids: [], sources: [] });
  sync.changed();
});

/** Sync with the reader's server (when set up): told of every write. */
export const sync = new SyncService(store, () => broadcastChange({ change: 'imported', ids: [], sources: [] }));

/** Teams: a teammate's note (another author) is theirs to change or delete, not this reader's. */
async function checkAuthor(note: { creator?: string } | undefined): Promise<void> {
  const me = await sync.author();
  if (note?.creator && me && note.creator !== me) {
    throw new Error(`This note is ${note.creator}'s: only its author can change or delete it.`);
  }
}

export const annotationHandlers: AnnotationHandlers = {
  async 'annotation.save'({ annotation }) {
    // The canonical key is re-derived here so that no sender can file a note under another site.
    const source = canonicalUrl(annotation.target.url, annotation.target.source);
    const existing = await store.get(annotation.id);
    await checkAuthor(existing);
    // Once sync is set up, the reader's notes carry their author (the sync user name).
    const creator = existing?.creator ?? annotation.creator ?? (await sync.author()) ?? undefined;
    const saved = await store.save({ ...annotation, ...(creator ? { creator } : {}), target: { ...annotation.target, source } });
    broadcastChange({ change: 'saved', ids: [saved.id], sources: [source] });
    sync.changed();
    return { annotation: saved };
  },
  async 'annotation.update'({ id, patch }) {
    await checkAuthor(await store.get(id));
    const annotation = await store.update(id, patch);
    broadcastChange({ change: 'updated', ids: [id], sources: [annotation.target.source] });
    sync.changed();
    return { annotation };
  },
  async 'annotation.delete'({ id }) {
    const before = await store.get(id);
    await checkAuthor(before);
    const deleted = await store.delete(id);
    if (deleted) broadcastChange({ change: 'deleted', ids: [id], sources: before ? [before.target.source] : [] });
    if (deleted) sync.changed();
    return { deleted };
  },
  async 'annotation.deleteAll'() {
    const ids = await store.clear();
    if (ids.length > 0) broadcastChange({ change: 'deleted', ids, sources: [] });
    if (ids.length > 0) sync.changed();
    return { deleted: ids.length };
  },
  async 'annotation.setAnchorStatus'({ updates }) {
    const changed = await store.setAnchorStatus(updates);
    if (changed > 0) broadcastChange({ change: 'anchor', ids: updates.map((u) => u.id), sources: [] });
    return { changed };
  },
  async 'annotation.forPage'({ source }) {
    return { annotations: await store.forPage(source) };
  },
  async 'annotation.get'({ id }) {
    return { annotation: (await store.get(id)) ?? null };
  },
  async 'annotation.list'({ query, after, limit }) {
    return store.list(query, { after, limit });
  },
  async 'annotation.prepareSearch'() {
    return { notes: await store.prepareSearch() };
  },
  async 'annotation.facets'() {
    return store.facets();
  },
};

export const articleHandlers: Pick<Handlers, 'article.remember'> = {
  /** Kept only for a page with notes: an article merely read leaves nothing behind. */
  async 'article.remember'({ article }) {
    const source = canonicalUrl(article.url, article.source);
    if ((await store.countForPage(source)) === 0) return { kept: false };
    await store.rememberArticle({ ...article, source });
    return { kept: true };
  },
};
