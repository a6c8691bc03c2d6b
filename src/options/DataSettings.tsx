// The reader's data: how many notes there are, export of everything, import of a file, and
// deletion of everything, only after a confirmation that names the count.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { EXPORT_FORMATS, exportNotes } from '../ui/data-transfer';
import { countOf } from '../ui/format';
import { deleteAllNotes, notesStore, onNotesChanged } from '../ui/notes-gateway';
import { ImportProgressBar, useImport } from '../ui/use-import';

export function DataSettings() {
  const [count, setCount] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const importing = useImport(setMessage);

  useEffect(() => {
    const load = () =>
      notesStore()
        .count()
        .then(setCount, () => setCount(null));
    void load();
    return onNotesChanged(() => void load());
  }, []);

  useEffect(() => {
    if (confirming) dialog.current?.showModal();
    else if (dialog.current?.open) dialog.current.close();
  }, [confirming]);

  async function exportAll(format: (typeof EXPORT_FORMATS)[number]) {
    try {
      await exportNotes(format, notesStore().batches());
    } catch (error) {
      setMessage(t('optionsExportFailed', [(error as Error).message]));
    }
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    setMessage('');
    await importing.start(file);
    if (fileInput.current) fileInput.current.value = '';
  }

  async function deleteAll() {
    setConfirming(false);
    try {
      const { deleted } = await deleteAllNotes();
      setMessage(countOf('optionsDeletedAll', deleted));
    } catch (error) {
      setMessage(t('optionsDeleteFailed', [(error as Error).message]));
    }
  }

  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('optionsData')}</h2>
      <p>{count === null ? t('loading') : countOf('optionsNoteCount', count)}</p>
      <fieldset class="button-row">
        <legend class="row-label">{t('optionsExportAll')}</legend>
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" class="btn" disabled={!count} onClick={() => void exportAll(format)}>
            {t(`commonExport_${format}`)}
          </button>
        ))}
      </fieldset>
      <div class="button-row">
        <label class="btn" for="import-file">
          {t('commonImport')}
        </label>
        <input
          id="import-file"
          ref={fileInput}
          class="visually-hidden"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={importing.progress !== null}
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
        <button type="button" class="btn btn-danger" disabled={!count} onClick={() => setConfirming(true)}>
          {t('optionsDeleteAll')}
        </button>
      </div>
      {importing.progress && <ImportProgressBar progress={importing.progress} />}
      <p role="status" aria-live="polite" class="status-line">
        {message}
      </p>
      <dialog ref={dialog} class="confirm" aria-labelledby="confirm-heading" onClose={() => setConfirming(false)}>
        <h2 id="confirm-heading">{t('optionsConfirmTitle')}</h2>
        <p>{countOf('optionsConfirmText', count ?? 0)}</p>
        <div class="button-row">
          <button type="button" class="btn" onClick={() => setConfirming(false)}>
            {t('optionsKeep')}
          </button>
          <button type="button" class="btn btn-danger-solid" onClick={() => void deleteAll()}>
            {t('optionsConfirmDelete')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
