// Export (JSON-LD, Markdown, CSV) of the notes shown, and import of a file, behind one button.
import { useRef } from 'preact/hooks';
import type { Annotation } from '../../lib/annotation';
import { t } from '../../lib/i18n';
import { EXPORT_FORMATS, exportNotes, importNotesFile } from '../../ui/data-transfer';
import { countOf } from '../../ui/format';
import { usePopover } from '../../ui/use-popover';

export function DataMenu(props: { notes: Annotation[]; allCount: number; onNotice: (text: string) => void }) {
  const { open, toggle, close, anchor, button } = usePopover();
  const fileInput = useRef<HTMLInputElement>(null);

  async function onFile(file: File | undefined) {
    if (!file) return;
    try {
      const result = await importNotesFile(file);
      props.onNotice(t('commonImported', [String(result.added), String(result.updated), String(result.unchanged)]));
    } catch (error) {
      props.onNotice(t('commonImportFailed', [(error as Error).message]));
    }
    close();
  }

  return (
    <div class="popover-anchor" ref={anchor}>
      <button ref={button} type="button" class="btn" aria-expanded={open} aria-controls="note-data" onClick={toggle}>
        {t('popupData')}
      </button>
      {open && (
        <fieldset id="note-data" class="popover data-menu">
          <legend class="visually-hidden">{t('popupData')}</legend>
          <p class="muted">{countOf('popupExportShown', props.notes.length)}</p>
          {EXPORT_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              class="btn"
              disabled={props.notes.length === 0}
              onClick={() => {
                exportNotes(format, props.notes);
                close();
              }}
            >
              {t(`commonExport_${format}`)}
            </button>
          ))}
          <hr />
          <button type="button" class="btn" onClick={() => fileInput.current?.click()}>
            {t('commonImport')}
          </button>
          <input
            ref={fileInput}
            class="visually-hidden"
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          />
        </fieldset>
      )}
    </div>
  );
}
