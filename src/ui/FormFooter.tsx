// The end of every editing form in the popup: the error, announced as an alert, then Save and Cancel.
import { t } from '../lib/i18n';

export function FormFooter(props: { error: string | null | undefined; saveLabel?: string; onCancel: () => void }) {
  return (
    <>
      {props.error && (
        <p class="form-error" role="alert">
          {props.error}
        </p>
      )}
      <div class="editor-buttons">
        <button type="submit" class="btn btn-primary">
          {props.saveLabel ?? t('popupSave')}
        </button>
        <button type="button" class="btn" onClick={props.onCancel}>
          {t('popupCancel')}
        </button>
      </div>
    </>
  );
}
