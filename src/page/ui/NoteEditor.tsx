// A note's text box with Save and Cancel. Ctrl/Cmd+Enter saves.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface NoteEditorProps {
  initial?: string;
  onSave: (body: string) => Promise<void> | void;
  onCancel: () => void;
}

export function NoteEditor({ initial = '', onSave, onCancel }: NoteEditorProps) {
  const [body, setBody] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  const save = () => void onSave(body);
  return (
    <div>
      <textarea
        ref={ref}
        aria-label={t('pageNoteLabel')}
        value={body}
        onInput={(event) => setBody((event.target as HTMLTextAreaElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
        }}
      />
      <div class="actions">
        <button type="button" class="primary" onClick={save}>
          {t('pageSaveNote')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('pageCancel')}
        </button>
      </div>
    </div>
  );
}
