// Sync: the reader's own server (CouchDB, PouchDB Server), the user name and password, a test of
// the connection, "Sync now", and the status in plain words. The server's origin is asked for as
// an optional host permission when the reader saves, so Newsmark's default permissions stay small.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, uiLanguage } from '../lib/i18n';
import { send } from '../lib/messages';
import { originPattern, SYNC_STATUS_KEY, type SyncForm, type SyncView, syncFormProblem } from '../lib/sync-settings';
import { formProblemText, syncErrorText, testResultText } from './sync-text';

export function SyncSettings() {
  const [view, setView] = useState<SyncView | null>(null);
  const [form, setForm] = useState<SyncForm>({ server: '', database: 'notes', username: '', password: '' });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const load = (fill: boolean) =>
      send('sync.status', {}).then((next) => {
        setView(next);
        if (fill && next.configured) {
          setForm({ server: next.server ?? '', database: next.database ?? '', username: next.username ?? '', password: '' });
        }
      });
    void load(true).catch((error: Error) => setMessage({ text: error.message, error: true }));
    // The background keeps the status in storage.local: any change there is a sync's news.
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SYNC_STATUS_KEY in changes) void load(false).catch(() => undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  /** The form as sent: an empty password field keeps the stored one. */
  const payload = (): SyncForm => ({ ...form, password: form.password ? form.password : view?.hasPassword ? undefined : '' });

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    } finally {
      setBusy(false);
    }
  }

  /** Settings that cannot work, said in the reader's language before anything is sent. */
  function formProblem(): boolean {
    const problem = syncFormProblem({ ...form, password: '' });
    if (problem) setMessage({ text: formProblemText(t, problem), error: true });
    return problem !== null;
  }

  const test = () => {
    if (formProblem()) return;
    void run(async () => {
      const result = await send('sync.test', payload());
      setMessage({ text: testResultText(t, result, form.database.trim()), error: !result.ok });
    });
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (formProblem()) return;
    // Asked for in the click itself: Chrome grants permissions only in answer to a gesture.
    const origin = originPattern(form.server);
    const asking = origin ? browser.permissions.request({ origins: [origin] }) : Promise.resolve(false);
    void run(async () => {
      if (!(await asking)) {
        setMessage({ text: t('syncPermissionRefused'), error: true });
        return;
      }
      const next = await send('sync.save', payload());
      setView(next);
      setForm((f) => ({ ...f, password: '' }));
      setMessage({ text: t('syncSaved'), error: false });
    });
  };

  const syncNow = () => run(async () => setView(await send('sync.now', {})));
  const forget = () =>
    run(async () => {
      setView(await send('sync.forget', { confirm: true }));
      setForm({ server: '', database: 'notes', username: '', password: '' });
    });

  const field = (key: keyof SyncForm, label: string, type = 'text', extra: Record<string, string> = {}) => (
    <div class="sync-field">
      <label for={`sync-${key}`}>{label}</label>
      <input
        id={`sync-${key}`}
        type={type}
        value={form[key] ?? ''}
        onInput={(e) => setForm((f) => ({ ...f, [key]: e.currentTarget.value }))}
        {...extra}
      />
    </div>
  );

  return (
    <section class="card" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('syncTitle')}</h2>
      <p class="muted">{t('syncHelp')}</p>
      <form class="sync-form" onSubmit={save}>
        {field('server', t('syncServer'), 'url', { placeholder: 'https://couch.example.org', autocomplete: 'url', spellcheck: 'false' })}
        {field('database', t('syncDatabase'), 'text', { spellcheck: 'false', autocomplete: 'off' })}
        {field('username', t('syncUser'), 'text', { autocomplete: 'username', spellcheck: 'false' })}
        {field('password', t('syncPassword'), 'password', {
          autocomplete: 'current-password',
          placeholder: view?.hasPassword ? t('syncPasswordKept') : '',
        })}
        <div class="button-row">
          <button type="button" class="btn" disabled={busy} onClick={test}>
            {t('syncTest')}
          </button>
          <button type="submit" class="btn" disabled={busy}>
            {t('syncSave')}
          </button>
          {view?.configured && (
            <button type="button" class="btn" disabled={busy} onClick={() => void syncNow()}>
              {t('syncNow')}
            </button>
          )}
          {view?.configured && (
            <button type="button" class="btn btn-danger" disabled={busy} onClick={() => void forget()}>
              {t('syncForget')}
            </button>
          )}
        </div>
      </form>
      <p aria-live="polite" class={message?.error ? 'form-error' : 'status-line'} data-testid="sync-message">
        {message?.text ?? ''}
      </p>
      {view && <SyncStatusLines view={view} />}
    </section>
  );
}

function SyncStatusLines({ view }: { view: SyncView }) {
  if (!view.configured) return <p class="muted">{t('syncOff')}</p>;
  const when = view.lastSuccess
    ? new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'medium' }).format(view.lastSuccess)
    : t('syncNever');
  return (
    <dl class="sync-status" data-testid="sync-status" data-state={view.state}>
      <dt>{t('syncState')}</dt>
      <dd>{t(`syncState_${view.state}`)}</dd>
      <dt>{t('syncLast')}</dt>
      <dd>{when}</dd>
      <dt>{t('syncPending')}</dt>
      <dd data-testid="sync-pending">{view.pending}</dd>
      <dt>{t('syncConflicts')}</dt>
      <dd data-testid="sync-conflicts">{view.conflicts}</dd>
      {view.error && view.state !== 'idle' && (
        <>
          <dt>{t('syncProblem')}</dt>
          <dd data-testid="sync-error">{syncErrorText(t, view.error)}</dd>
        </>
      )}
    </dl>
  );
}
