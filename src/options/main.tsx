// Options page: what is highlighted and how, the sites where Newsmark is off, and the reader's data.
import { render } from 'preact';
import { t, uiLanguage } from '../lib/i18n';
import '../ui/theme.css';
import { DataSettings } from './DataSettings';
import { HighlightSettings } from './HighlightSettings';
import './options.css';
import { SiteSettings } from './SiteSettings';
import { SyncSettings } from './SyncSettings';
import { useSettings } from './use-settings';

function Options() {
  const { settings, change, error } = useSettings();
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {error && (
        <p class="form-error" role="alert">
          {t('optionsSaveFailed', [error])}
        </p>
      )}
      {settings ? (
        <>
          <HighlightSettings settings={settings} change={change} />
          <SiteSettings settings={settings} change={change} />
        </>
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
      <DataSettings />
      <SyncSettings />
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
