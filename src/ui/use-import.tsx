// Importing a file from the popup or the options page: the progress the background reports, shown
// as a progress bar with what it is doing, then what was imported and what was left out, and why.
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { ImportProgress } from '../lib/messages';
import { ImportFailed } from '../store/import-client';
import { importSummary } from './data-transfer';
import { formatNumber } from './format';
import { importNotes } from './notes-gateway';

export function useImport(onMessage: (text: string) => void): { progress: ImportProgress | null; start: (file: File) => Promise<void> } {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  async function start(file: File) {
    setProgress({ phase: 'reading', done: 0, total: file.size });
    try {
      const result = await importNotes(file, { onProgress: setProgress });
      onMessage(importSummary(result));
    } catch (error) {
      const written = error instanceof ImportFailed ? error.written : 0;
      onMessage(t(written === 0 ? 'commonImportFailed' : 'commonImportStopped', [(error as Error).message]));
    } finally {
      setProgress(null);
    }
  }
  return { progress, start };
}

export function ImportProgressBar(props: { progress: ImportProgress }) {
  const { phase, done, total } = props.progress;
  const label =
    phase === 'reading' ? t('commonImportPhase_reading') : t(`commonImportPhase_${phase}`, [formatNumber(done), formatNumber(total)]);
  return (
    <div class="import-progress">
      {/* Reading has no measure of its own: the bar runs without a value until checking starts. */}
      <progress
        aria-label={t('commonImportProgress')}
        max={phase === 'reading' ? undefined : Math.max(1, total)}
        value={phase === 'reading' ? undefined : done}
      />
      <span class="muted">{label}</span>
    </div>
  );
}
