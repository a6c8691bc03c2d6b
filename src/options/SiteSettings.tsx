// The sites where Newsmark stays off: each can be switched back on, and a site can be added by
// address or host name.
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { type Settings, siteKey } from '../lib/settings';

/** The site key for what the reader typed: a full address or a bare host name. */
export function siteFromInput(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return siteKey(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
}

export function SiteSettings(props: { settings: Settings; change: (fn: (s: Settings) => Settings) => void }) {
  const { settings, change } = props;
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState(false);

  function add(event: Event) {
    event.preventDefault();
    const site = siteFromInput(input);
    if (!site?.includes('.')) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setInput('');
    change((s) => ({ ...s, disabledSites: [...new Set([...s.disabledSites, site])].sort() }));
  }

  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSites')}</h2>
      <p class="muted">{t('optionsSitesHelp')}</p>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">{t('optionsNoSitesOff')}</p>
      ) : (
        <ul class="site-list">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="btn"
                aria-label={t('optionsTurnOnFor', site)}
                onClick={() => change((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) }))}
              >
                {t('optionsTurnOn')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add}>
        <label for="site-input">{t('optionsAddSite')}</label>
        <input
          id="site-input"
          type="text"
          value={input}
          placeholder={t('optionsAddSitePlaceholder')}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'site-error' : undefined}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit" class="btn">
          {t('optionsTurnOff')}
        </button>
      </form>
      {invalid && (
        <p id="site-error" class="form-error" role="alert">
          {t('optionsBadSite')}
        </p>
      )}
    </section>
  );
}
