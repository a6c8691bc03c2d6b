// One note in the "All notes" list: its colour, the quoted passage, the reader's note, when and
// with which tags, and its actions. Buttons are in the Tab order only on the active row, so the
// list is one Tab stop however long it is.
import { type Annotation, quoteOf } from '../../lib/annotation';
import { t } from '../../lib/i18n';
import { formatDate } from '../../ui/format';

export interface NoteActions {
  edit: (note: Annotation) => void;
  remove: (note: Annotation) => void;
  open: (note: Annotation) => void;
}

export function NoteRow(props: { note: Annotation; active: boolean; actions: NoteActions }) {
  const { note, active, actions } = props;
  const quote = quoteOf(note);
  const tabIndex = active ? 0 : -1;
  const orphan = note.anchor?.status === 'orphan';
  return (
    <article class="note-row" aria-label={t('popupNoteLabel', [quote.slice(0, 80)])}>
      <span class={`note-color swatch-${note.color}`} title={t(`commonColor_${note.color}`)} />
      <div class="note-main">
        <blockquote class="note-quote">{quote}</blockquote>
        {note.body ? <p class="note-body">{note.body}</p> : <p class="note-body muted">{t('popupNoNoteText')}</p>}
        <div class="note-meta">
          <time dateTime={note.created}>{formatDate(note.created)}</time>
          {note.tags.map((tag) => (
            <span class="badge" key={tag}>
              #{tag}
            </span>
          ))}
          {note.assessment && (
            <span class={`badge verdict verdict-${note.assessment.verdict}`}>{t(`commonVerdict_${note.assessment.verdict}`)}</span>
          )}
          {!note.target.selector && <span class="badge">{t('popupWholePage')}</span>}
          {orphan && <span class="badge badge-warn">{t('popupOrphan')}</span>}
          <span class="note-actions">
            <button type="button" class="btn-link" tabIndex={tabIndex} onClick={() => actions.edit(note)}>
              {t('popupEdit')}
            </button>
            <button type="button" class="btn-link" tabIndex={tabIndex} onClick={() => actions.open(note)}>
              {t('popupOpen')}
            </button>
            <button type="button" class="btn-link btn-danger" tabIndex={tabIndex} onClick={() => actions.remove(note)}>
              {t('popupDelete')}
            </button>
          </span>
        </div>
      </div>
    </article>
  );
}

export function PageRow(props: { title: string; source: string; count: number; active: boolean }) {
  return (
    <div class="page-row">
      <h2 class="page-row-title" title={props.source}>
        {props.title || props.source}
      </h2>
      <span class="muted page-row-count">{props.count}</span>
    </div>
  );
}
