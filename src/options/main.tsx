// Options page entry (foundation version).
import { render } from 'preact';
import { t, uiLanguage } from '../lib/i18n';

function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
render(<Options />, document.getElementById('app')!);
