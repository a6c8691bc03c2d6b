// A note on the whole page (no passage): its text and tags, typed in the popup (an extension page,
// out of the web page's reach) and saved through the background like every note.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { parseTags } from '../../lib/tags';
import { FormFooter } from '../../ui/FormFooter';

let formCount = 0;

export function PageNoteForm(props: { onSave: (note: { body: string; tags: string[] }) => Promise<void>; onCancel: () => void }) {
  const [id] = useState(() => `page-note-${++formCount}`);
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | null>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  useEffect(() => text.current?.focus(), []);
  async function save(event: Event) {
    event.preventDefault();
    if (!body.trim()) return setError(t('popupPageNoteEmpty'));
    try {
      await props.onSave({ body, tags: parseTags(tags) });
    } catch (failure) {
      setError(t('popupSaveFailed', [(failure as Error).message]));
    }
  }
  return (
    <form class="page-note-form" onSubmit={(e) => void save(e)}>
      <label class="field-label" for={`${id}-body`}>
        {t('popupPageNoteText')}
      </label>
      <textarea id={`${id}-body`} ref={text} rows={3} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      <label class="field-label" for={`${id}-tags`}>
        {t('popupTags')}
      </label>
      <input id={`${id}-tags`} type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      <FormFooter error={error} onCancel={props.onCancel} />
    </form>
  );
}
