// Popup entry (foundation version): shows the extension is alive and how many notes this page has.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../lib/i18n';
import { send } from '../lib/messages';

function Popup() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    send('ping', {}).then((reply) => setVersion(reply.version), () => setVersion(null));
  }, []);
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <p data-testid="version">{version ?? t('loading')}</p>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById('app')!);
