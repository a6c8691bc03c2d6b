// Edits a note in place: its text, tags (comma separated) and colour. Ctrl/⌘+Enter saves, Escape
// cancels; focus starts in the text and returns to the row afterwards (handled by the list).
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Annotation, NOTE_COLORS, type NoteColor } from '../../lib/annotation';
import { t } from '../../lib/i18n';
import { parseTags } from '../../lib/tags';
import { FormFooter } from '../../ui/FormFooter';
import type { NoteChanges } from '../../ui/notes-gateway';

export { parseTags };

export function NoteEditor(props: {
  note: Annotation;
  onSave: (changes: NoteChanges) => void;
  onCancel: () => void;
  error: string | null;
}) {
  const { note } = props;
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [color, setColor] = useState<NoteColor>(note.color);
  const text = useRef<HTMLTextAreaElement>(null);
  const idBase = `edit-${note.id}`;

  useEffect(() => {
    text.current?.focus();
  }, []);

  function save() {
    props.onSave({ body, tags: parseTags(tags), color });
  }

  return (
    <form
      class="note-editor"
      aria-label={t('popupEditNote')}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          props.onCancel();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          save();
        }
      }}
    >
      {note.target.selector && <blockquote class="note-quote">{note.target.selector[0].exact}</blockquote>}
      <label class="field-label" for={`${idBase}-body`}>
        {t('popupNoteText')}
      </label>
      <textarea id={`${idBase}-body`} ref={text} rows={3} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      <label class="field-label" for={`${idBase}-tags`}>
        {t('popupTags')}
      </label>
      <input
        id={`${idBase}-tags`}
        type="text"
        value={tags}
        placeholder={t('popupTagsPlaceholder')}
        onInput={(e) => setTags(e.currentTarget.value)}
      />
      <fieldset class="color-choice">
        <legend class="field-label">{t('popupColor')}</legend>
        {NOTE_COLORS.map((c) => (
          <label key={c} class="color-option" title={t(`commonColor_${c}`)}>
            <input type="radio" name={`${idBase}-color`} value={c} checked={color === c} onChange={() => setColor(c)} />
            <span class={`swatch swatch-${c}`} />
            <span class="visually-hidden">{t(`commonColor_${c}`)}</span>
          </label>
        ))}
      </fieldset>
      <FormFooter error={props.error} onCancel={props.onCancel} />
    </form>
  );
}
