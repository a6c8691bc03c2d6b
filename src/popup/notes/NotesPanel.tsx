// The "All notes" tab: search as you type, filters, and the virtualised list grouped by page, with
// in-place editing, delete with undo, and opening a note's page. The list is read a page at a time
// (use-notes.ts); searches and filters are answered by the background's search copy.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Annotation } from '../../lib/annotation';
import { t } from '../../lib/i18n';
import { countOf, formatNumber } from '../../ui/format';
import { deleteNote, type NoteChanges, prepareSearch, restoreNote, updateNote } from '../../ui/notes-gateway';
import { ImportProgressBar, useImport } from '../../ui/use-import';
import { VirtualList } from '../../ui/VirtualList';
import { viewPainted } from '../first-paint';
import { useLazyModule } from '../lazy-view';
import { openNote } from '../open-note';
import { ConflictList } from './ConflictList';
import { DataMenu } from './DataMenu';
import { FilterBar } from './FilterBar';
import { isFiltering, NO_FILTERS, type NoteFilters, noteQuery } from './filters';
import { NoteEditor } from './NoteEditor';
import { type NoteActions, NoteRow, PageRow } from './NoteRow';
import { groupRows, type Row } from './rows';
import { useSyncUser } from './sync-user';
import { useNotes } from './use-notes';

const loadPeopleView = () => import('./PeopleView');
const PAGE_ROW_HEIGHT = 34;
const NOTE_ROW_HEIGHT = 96;
const EDITOR_ROW_HEIGHT = 268;

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

export function NotesPanel(props: { active: boolean; autoFocus: boolean; count: number | null; onReady: () => void }) {
  const [view, setView] = useState<'notes' | 'people'>('notes');
  const people = useLazyModule(loadPeopleView, view === 'people');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<NoteFilters>(NO_FILTERS);
  // Who "mine" is in the author filter (the sync user name; null with sync off).
  const me = useSyncUser();
  const storeQuery = useMemo(() => noteQuery(query, filters, new Date(), me), [query, filters, me]);
  const state = useNotes(storeQuery, props.active);
  const [activeIndex, setActiveIndex] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [editError, setEditError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ index: number; seq: number } | null>(null);
  const searchField = useRef<HTMLInputElement>(null);
  const inputStarted = useRef<number | null>(null);
  const firstListPaint = useRef(false);

  const rows = useMemo(() => groupRows(state.notes), [state.notes]);
  const importing = useImport(setNotice);
  const focusRow = useCallback((index: number) => setFocusRequest((r) => ({ index, seq: (r?.seq ?? 0) + 1 })), []);

  useEffect(() => {
    if (props.autoFocus) searchField.current?.focus();
  }, []);

  // The reader is about to search: have the background load its search copy, once the first page
  // is shown (reading the copy meanwhile would hold IndexedDB while that page is read).
  useEffect(() => {
    if (!props.active || !state.ready) return;
    props.onReady();
    // For `npm run bench:popup`: when the background's search copy is ready.
    void prepareSearch().then(() => performance.mark('newsmark:search-ready'));
  }, [props.active, state.ready]);

  useEffect(() => {
    if (activeIndex >= rows.length && rows.length > 0) setActiveIndex(rows.length - 1);
  }, [rows.length, activeIndex]);

  // Timings for `npm run bench:popup`: the first paint of the list, and a keystroke to new results.
  useLayoutEffect(() => {
    if (!firstListPaint.current && state.ready) {
      firstListPaint.current = true;
      requestAnimationFrame(() => {
        performance.measure('newsmark:popup-list', { start: 0, end: performance.now() });
        viewPainted();
      });
    }
    const started = inputStarted.current;
    if (started !== null) {
      inputStarted.current = null;
      requestAnimationFrame(() => performance.measure('newsmark:search', { start: started, end: performance.now() }));
    }
  }, [rows]);

  useEffect(() => {
    if (state.error) viewPainted();
  }, [state.error]);

  const itemHeight = useCallback(
    (row: Row) => (row.kind === 'page' ? PAGE_ROW_HEIGHT : row.note.id === editing ? EDITOR_ROW_HEIGHT : NOTE_ROW_HEIGHT),
    [editing],
  );

  const indexOfNote = (id: string) => rows.findIndex((row) => row.kind === 'note' && row.note.id === id);

  const actions: NoteActions = {
    edit(note) {
      setEditError(null);
      setEditing(note.id);
    },
    async remove(note) {
      const index = indexOfNote(note.id);
      state.remove(note.id);
      setDeleted(note);
      setNotice(null);
      if (index >= 0) focusRow(Math.min(index, rows.length - 2));
      try {
        await deleteNote(note.id);
      } catch (error) {
        state.insert(note);
        setDeleted(null);
        setNotice(t('popupDeleteFailed', [(error as Error).message]));
      }
    },
    open(note) {
      openNote(note).catch((error: Error) => setNotice(t('popupOpenFailed', [error.message])));
    },
  };

  async function saveEdit(note: Annotation, changes: NoteChanges) {
    try {
      const updated = await updateNote(note.id, changes, note);
      state.replace(updated);
      setEditing(null);
      focusRow(indexOfNote(note.id));
    } catch (error) {
      setEditError(t('popupSaveFailed', [(error as Error).message]));
    }
  }

  function cancelEdit(note: Annotation) {
    setEditing(null);
    focusRow(indexOfNote(note.id));
  }

  const undo = useCallback(async () => {
    if (!deleted) return;
    const note = deleted;
    setDeleted(null);
    try {
      await restoreNote(note);
      state.insert(note);
      setNotice(t('popupRestored'));
    } catch (error) {
      setNotice(t('popupUndoFailed', [(error as Error).message]));
    }
  }, [deleted, state]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey) && !event.shiftKey && !isTextField(event.target) && deleted) {
        event.preventDefault();
        void undo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [deleted, undo]);

  function onRowKeyDown(row: Row, _index: number, event: KeyboardEvent) {
    if (row.kind !== 'note') return;
    if (event.key === 'Enter') {
      event.preventDefault();
      actions.edit(row.note);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      void actions.remove(row.note);
    }
  }

  const renderRow = (row: Row, _index: number, active: boolean) => {
    if (row.kind === 'page') return <PageRow title={row.title} source={row.source} count={row.count} active={active} />;
    if (row.note.id === editing) {
      return (
        <NoteEditor
          note={row.note}
          error={editError}
          onSave={(changes) => void saveEdit(row.note, changes)}
          onCancel={() => cancelEdit(row.note)}
        />
      );
    }
    return <NoteRow note={row.note} active={active} actions={actions} />;
  };

  const filtering = query.trim() !== '' || isFiltering(filters);
  const total = filtering ? state.total : props.count;
  const more = filtering && state.totalIsAtLeast;
  const status =
    total === null
      ? ''
      : more
        ? t('popupMatchesMore', formatNumber(total))
        : countOf(filtering ? 'popupMatches' : 'popupNotesCount', total);

  const viewSwitch = (
    <fieldset class="view-switch">
      <legend class="visually-hidden">{t('popupNotesView')}</legend>
      <button type="button" class="chip" aria-pressed={view === 'notes'} onClick={() => setView('notes')}>
        {t('popupViewNotes')}
      </button>
      <button type="button" class="chip" aria-pressed={view === 'people'} onClick={() => setView('people')}>
        {t('popupViewPeople')}
      </button>
    </fieldset>
  );
  if (view === 'people') {
    return (
      <div class="notes-panel people-panel">
        <div class="notes-tools">{viewSwitch}</div>
        {people.module ? (
          <people.module.PeopleView />
        ) : people.error ? (
          <p class="form-error" role="alert">
            {t('popupLoadFailed', [people.error.message])}
          </p>
        ) : (
          <p class="empty muted">{t('loading')}</p>
        )}
      </div>
    );
  }

  return (
    <div class="notes-panel" data-complete={state.complete}>
      <ConflictList />
      <div class="notes-tools">
        {viewSwitch}
        <div class="search-row">
          <label class="visually-hidden" for="note-search">
            {t('popupSearchLabel')}
          </label>
          <input
            id="note-search"
            ref={searchField}
            type="search"
            value={query}
            placeholder={t('popupSearchPlaceholder')}
            aria-controls="notes-list"
            onInput={(event) => {
              inputStarted.current = event.timeStamp;
              setQuery(event.currentTarget.value);
              setActiveIndex(0);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' && rows.length > 0) {
                event.preventDefault();
                focusRow(rows[0]?.kind === 'page' && rows.length > 1 ? 1 : 0);
              }
            }}
          />
          <FilterBar filters={filters} me={me} onChange={setFilters} />
          <DataMenu
            query={storeQuery}
            shown={total ?? state.notes.length}
            shownIsAtLeast={more}
            onImport={(file) => void importing.start(file)}
            onNotice={setNotice}
          />
        </div>
        <p class="notes-status muted" role="status" aria-live="polite">
          {status}
        </p>
        {importing.progress && <ImportProgressBar progress={importing.progress} />}
      </div>
      {state.error && (
        <p class="form-error" role="alert">
          {t('popupLoadFailed', [state.error])}
        </p>
      )}
      {rows.length === 0 ? (
        state.ready && <p class="empty muted">{filtering ? t('popupNoMatch') : t('popupNoNotesYet')}</p>
      ) : (
        <VirtualList
          id="notes-list"
          items={rows}
          itemKey={(row) => row.key}
          itemHeight={itemHeight}
          renderItem={renderRow}
          activeIndex={Math.min(activeIndex, rows.length - 1)}
          onActiveIndexChange={setActiveIndex}
          onRowKeyDown={onRowKeyDown}
          focusRequest={focusRequest}
          label={t('popupNotesListLabel')}
          onNearEnd={state.loadMore}
        />
      )}
      {(deleted || notice) && (
        <div class="toast" role="status">
          <span>{deleted ? t('popupDeleted') : notice}</span>
          {deleted && (
            <button type="button" class="btn-link" onClick={() => void undo()} aria-keyshortcuts="Control+Z">
              {t('popupUndo')}
            </button>
          )}
          <button
            type="button"
            class="btn-link toast-close"
            aria-label={t('popupDismiss')}
            onClick={() => {
              setDeleted(null);
              setNotice(null);
            }}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
