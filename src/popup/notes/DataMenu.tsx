// Export (JSON-LD, Markdown, CSV) of the notes shown, and import of a file, behind one button. The
// notes shown are read from the store page by page as the file is written, never all at once.
import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { NoteQuery } from '../../store/search-cache';
import { EXPORT_FORMATS, type ExportFormat, exportNotes } from '../../ui/data-transfer';
import { countOf, formatNumber } from '../../ui/format';
import { matchingNotes } from '../../ui/notes-gateway';
import { usePopover } from '../../ui/use-popover';

export function DataMenu(props: {
  query: NoteQuery;
  shown: number;
  shownIsAtLeast: boolean;
  onImport: (file: File) => void;
  onNotice: (text: string) => void;
}) {
  const { open, toggle, close, anchor, button } = usePopover();
  const fileInput = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);

  function onFile(file: File | undefined) {
    if (!file) return;
    props.onImport(file);
    if (fileInput.current) fileInput.current.value = '';
    close();
  }

  async function onExport(format: ExportFormat) {
    setExporting(true);
    try {
      await exportNotes(format, matchingNotes(props.query));
      close();
    } catch (error) {
      props.onNotice(t('optionsExportFailed', [(error as Error).message]));
    } finally {
      setExporting(false);
    }
  }

  return (
    <div class="popover-anchor" ref={anchor}>
      <button ref={button} type="button" class="btn" aria-expanded={open} aria-controls="note-data" onClick={toggle}>
        {t('popupData')}
      </button>
      {open && (
        <fieldset id="note-data" class="popover data-menu">
          <legend class="visually-hidden">{t('popupData')}</legend>
          <p class="muted">
            {exporting
              ? t('commonExporting')
              : props.shownIsAtLeast
                ? t('popupExportShownMore', formatNumber(props.shown))
                : countOf('popupExportShown', props.shown)}
          </p>
          {EXPORT_FORMATS.map((format) => (
            <button key={format} type="button" class="btn" disabled={props.shown === 0 || exporting} onClick={() => void onExport(format)}>
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
            onChange={(e) => onFile(e.currentTarget.files?.[0])}
          />
        </fieldset>
      )}
    </div>
  );
}
