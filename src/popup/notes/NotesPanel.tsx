// The "All notes" tab: search as you type, filters, and the virtualised list grouped by page, with
// in-place editing, delete with undo, and opening a note's page.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Annotation } from '../../lib/annotation';
import { t } from '../../lib/i18n';
import { countOf } from '../../ui/format';
import { deleteNote, type NoteChanges, restoreNote, updateNote } from '../../ui/notes-gateway';
import { VirtualList } from '../../ui/VirtualList';
import { openNote } from '../open-note';
import { DataMenu } from './DataMenu';
import { FilterBar } from './FilterBar';
import { applyFilters, isFiltering, NO_FILTERS, type NoteFilters } from './filters';
import { NoteEditor } from './NoteEditor';
import { type NoteActions, NoteRow, PageRow } from './NoteRow';
import { groupRows, type Row } from './rows';
import { search } from './search-index';
import type { NotesState } from './use-notes';

const PAGE_ROW_HEIGHT = 34;
const NOTE_ROW_HEIGHT = 96;
const EDITOR_ROW_HEIGHT = 268;

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

export function NotesPanel(props: { state: NotesState; autoFocus: boolean }) {
  const { state } = props;
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<NoteFilters>(NO_FILTERS);
  const [activeIndex, setActiveIndex] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [editError, setEditError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ index: number; seq: number } | null>(null);
  const searchField = useRef<HTMLInputElement>(null);
  const inputStarted = useRef<number | null>(null);
  const firstListPaint = useRef(false);

  const shown = useMemo(() => applyFilters(search(state.index, query), filters), [state.index, query, filters]);
  const rows = useMemo(() => groupRows(shown), [shown]);
  const focusRow = useCallback((index: number) => setFocusRequest((r) => ({ index, seq: (r?.seq ?? 0) + 1 })), []);

  useEffect(() => {
    if (props.autoFocus) searchField.current?.focus();
  }, []);

  useEffect(() => {
    if (activeIndex >= rows.length && rows.length > 0) setActiveIndex(rows.length - 1);
  }, [rows.length, activeIndex]);

  // Timings for `npm run bench:popup`: the first paint of the list, and a keystroke to new results.
  useLayoutEffect(() => {
    if (!firstListPaint.current && rows.length > 0) {
      firstListPaint.current = true;
      requestAnimationFrame(() => performance.measure('newsmark:popup-list', { start: 0, end: performance.now() }));
    }
    const started = inputStarted.current;
    if (started !== null) {
      inputStarted.current = null;
      requestAnimationFrame(() => performance.measure('newsmark:search', { start: started, end: performance.now() }));
    }
  }, [rows]);

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
      const updated = await updateNote(note.id, changes);
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

  const total = state.notes.length;
  const filtering = query.trim() !== '' || isFiltering(filters);
  const status = !state.complete && !filtering ? '' : filtering ? countOf('popupMatches', shown.length) : countOf('popupNotesCount', total);

  return (
    <div class="notes-panel">
      <div class="notes-tools">
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
          <FilterBar notes={state.notes} filters={filters} onChange={setFilters} />
          <DataMenu notes={shown} allCount={total} onNotice={setNotice} />
        </div>
        <p class="notes-status muted" role="status" aria-live="polite">
          {status}
        </p>
      </div>
      {state.error && (
        <p class="form-error" role="alert">
          {t('popupLoadFailed', [state.error])}
        </p>
      )}
      {rows.length === 0 ? (
        state.complete && <p class="empty muted">{total === 0 ? t('popupNoNotesYet') : t('popupNoMatch')}</p>
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
