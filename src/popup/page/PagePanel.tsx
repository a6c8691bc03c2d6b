// The "This page" tab: the page's officials (name, role, mentions), the other people folded away,
// the claims grouped by source with a kind filter, the page's notes (orphans marked), and the
// switch for this site. Clicking an item scrolls the page to it and flashes it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CLAIM_KINDS, type ClaimKind } from '../../analysis/types';
import { rankClaims } from '../../analysis/worth-checking';
import type { Annotation } from '../../lib/annotation';
import { claimDecoration } from '../../lib/claim-style';
import { t, uiLanguage } from '../../lib/i18n';
import type { PagePerson } from '../../lib/messages';
import { sendToTab } from '../../lib/messages';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  onSettingsChanged,
  type Settings,
  siteKey,
  updateSettings,
  withSiteEnabled,
} from '../../lib/settings';
import { shownClaims } from '../../lib/shown-claims';
import { countOf, formatNumber } from '../../ui/format';
import { notesStore, onNotesChanged, savePageNote } from '../../ui/notes-gateway';
import { isTeammateNote, useSyncUser } from '../notes/sync-user';
import { groupClaims, kindCounts } from './claims';
import { PageNoteForm } from './PageNoteForm';
import type { PageAnalysis, PageState } from './use-page-analysis';
import { type VerdictChoice, VerdictForm } from './VerdictForm';

type Reveal = { kind: 'person' | 'claim'; index: number } | { kind: 'note'; id: string };

export function PagePanel(props: { state: PageState; onChanged: () => void }) {
  const { state } = props;
  if (state.status === 'loading') return <p class="empty muted">{t('loading')}</p>;
  if (state.status === 'unavailable') return <p class="empty muted">{t('popupNoPage')}</p>;
  return <PageDetails tabId={state.tabId} analysis={state.analysis} onChanged={props.onChanged} />;
}

/** Why nothing is highlighted on a page in a language Newsmark does not read, naming the language in the UI's. */
function unsupportedLanguage(lang: string): string {
  let name: string | undefined;
  try {
    name = lang ? new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(lang) : undefined;
  } catch {}
  return name && name !== lang ? t('popupUnsupportedLanguage', name) : t('popupUnknownLanguage');
}

function PageDetails(props: { tabId: number; analysis: PageAnalysis; onChanged: () => void }) {
  const { tabId, analysis } = props;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notes, setNotes] = useState<Annotation[]>([]);
  const [kinds, setKinds] = useState<Set<ClaimKind>>(new Set());
  const [message, setMessage] = useState('');

  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings(null));
    return onSettingsChanged(setSettings);
  }, []);

  useEffect(() => {
    const load = () =>
      notesStore()
        .forPage(analysis.source)
        .then(setNotes, () => setNotes([]));
    void load();
    return onNotesChanged(() => void load());
  }, [analysis.source]);

  const officials = analysis.people.map((person, index) => ({ person, index })).filter(({ person }) => person.official);
  const others = analysis.people.map((person, index) => ({ person, index })).filter(({ person }) => !person.official);
  const allClaims = settings?.allClaims ?? false;
  const shown = useMemo(() => shownClaims(analysis, { allClaims }), [analysis, allClaims]);
  const worth = useMemo(() => new Map(rankClaims(analysis).map((w) => [w.index, w])), [analysis]);
  const groups = useMemo(() => groupClaims(analysis.claims, kinds, shown), [analysis.claims, kinds, shown]);
  const notesById = useMemo(() => new Map(notes.map((note) => [note.id, note])), [notes]);
  const [assessing, setAssessing] = useState<number | null>(null);
  const [addingPageNote, setAddingPageNote] = useState(false);
  // Teams: a teammate's verdict is shown with its author, and only its author edits it.
  const me = useSyncUser();
  const counts = useMemo(() => kindCounts(analysis.claims), [analysis.claims]);
  const statusById = new Map(analysis.notes.map((note) => [note.id, note.status]));
  // Notes filed under another form of the address (http://, a trailing slash: Hypothesis imports).
  const otherForms = notes.filter((note) => note.target.source !== analysis.source);
  const site = siteKey(analysis.url);
  const siteOn = settings ? isSiteEnabled(settings, analysis.url) : true;

  async function reveal(target: Reveal) {
    try {
      const { found } = await sendToTab(tabId, 'page.reveal', target);
      setMessage(found ? '' : t('popupNotOnPage'));
    } catch {
      setMessage(t('popupPageGone'));
    }
  }

  async function toggleSite(enabled: boolean) {
    setSettings(await updateSettings((current) => withSiteEnabled(current, analysis.url, enabled)));
    // The page redraws (or clears) its highlights on the settings change; ask again for what it shows.
    setTimeout(props.onChanged, 300);
  }

  async function toggleAllClaims(on: boolean) {
    setSettings(await updateSettings((current) => ({ ...current, allClaims: on })));
  }

  async function assess(index: number, verdict: VerdictChoice) {
    try {
      await sendToTab(tabId, 'page.assess', { index, ...verdict });
      setAssessing(null);
      setMessage(t('popupVerdictSaved'));
      props.onChanged();
    } catch (error) {
      setMessage(t('popupSaveFailed', [(error as Error).message]));
    }
  }

  function toggleKind(kind: ClaimKind) {
    const next = new Set(kinds);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setKinds(next);
  }

  return (
    <div class="page-panel">
      <div class="page-head">
        <p class="page-title" title={analysis.url}>
          {analysis.title || analysis.url}
        </p>
        {site && (
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              aria-checked={siteOn}
              checked={siteOn}
              onChange={(e) => void toggleSite(e.currentTarget.checked)}
            />
            <span>{t('popupSiteSwitch', site)}</span>
          </label>
        )}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      {message && <p class="notice">{message}</p>}
      {!siteOn ? (
        <p class="empty muted">{t('popupSiteOff')}</p>
      ) : (
        <>
          {!analysis.enabled && <p class="empty muted">{analysis.supported ? t('popupNotArticle') : unsupportedLanguage(analysis.lang)}</p>}
          <section class="page-section" aria-labelledby="officials-heading">
            <h2 id="officials-heading">
              {t('popupOfficials')} <span class="count">{formatNumber(officials.length)}</span>
            </h2>
            {officials.length === 0 ? (
              <p class="muted">{t('popupNoOfficials')}</p>
            ) : (
              <PeopleList people={officials} onReveal={(index) => void reveal({ kind: 'person', index })} />
            )}
          </section>
          {others.length > 0 && (
            <details class="page-section">
              <summary class="section-summary">
                {t('popupOtherPeople')} <span class="count">{formatNumber(others.length)}</span>
              </summary>
              <PeopleList people={others} onReveal={(index) => void reveal({ kind: 'person', index })} />
            </details>
          )}
          <section class="page-section" aria-labelledby="claims-heading">
            <h2 id="claims-heading">
              {t(allClaims ? 'popupClaims' : 'popupClaimsWorthChecking')}{' '}
              <span class="count">{formatNumber(shown ? shown.size : analysis.claims.length)}</span>
            </h2>
            {analysis.claims.length > 0 && (
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  aria-checked={allClaims}
                  checked={allClaims}
                  onChange={(e) => void toggleAllClaims(e.currentTarget.checked)}
                />
                <span>{t('popupAllClaims', formatNumber(analysis.claims.length))}</span>
              </label>
            )}
            {analysis.claims.length > 0 && !allClaims && <p class="muted small">{t('popupWorthCheckingHelp')}</p>}
            {analysis.claims.length > 0 && (
              <fieldset class="kind-filter">
                <legend class="small muted">{t('popupLegend')}</legend>
                {CLAIM_KINDS.map((kind) => (
                  <button
                    key={kind}
                    type="button"
                    class={`chip kind-${kind}`}
                    aria-pressed={kinds.has(kind)}
                    disabled={counts[kind] === 0}
                    onClick={() => toggleKind(kind)}
                  >
                    <span class="legend-sample" style={{ textDecoration: claimDecoration(settings ?? DEFAULT_SETTINGS, kind, 1) }}>
                      {t(`commonKind_${kind}`)}
                    </span>{' '}
                    <span class="count">{formatNumber(counts[kind])}</span>
                  </button>
                ))}
              </fieldset>
            )}
            {groups.map((group) => (
              <div class="claim-group" key={group.source ?? ''}>
                <h3>{group.source ?? t('popupNoSource')}</h3>
                <ul class="item-list">
                  {group.items.map(({ claim, index }) => {
                    const verdictNote = claim.verdictId ? notesById.get(claim.verdictId) : undefined;
                    const reasons = worth.get(index)?.reasons ?? [];
                    return (
                      <li key={index} class="claim-item">
                        <button type="button" class="item claim" onClick={() => void reveal({ kind: 'claim', index })}>
                          <span class="claim-text">{claim.text}</span>
                          <span class="claim-kinds">
                            {claim.kinds.map((kind) => (
                              <span key={kind} class={`badge kind-${kind}`}>
                                {t(`commonKind_${kind}`)}
                              </span>
                            ))}
                            {verdictNote?.assessment && (
                              <span class={`badge verdict verdict-${verdictNote.assessment.verdict}`}>
                                {t(`commonVerdict_${verdictNote.assessment.verdict}`)}
                              </span>
                            )}
                          </span>
                          {reasons.length > 0 && (
                            <span class="claim-reasons muted">{reasons.map((reason) => t(`popupReason_${reason}`)).join(' · ')}</span>
                          )}
                          {verdictNote?.body && <span class="page-note-body">{verdictNote.body}</span>}
                        </button>
                        {verdictNote && isTeammateNote(verdictNote, me) ? (
                          <span class="badge badge-author claim-assess" title={t('popupTeammateNote', verdictNote.creator)}>
                            {t('popupByAuthor', verdictNote.creator)}
                          </span>
                        ) : assessing === index ? (
                          <VerdictForm
                            initial={verdictNote}
                            onSave={(verdict) => void assess(index, verdict)}
                            onCancel={() => setAssessing(null)}
                          />
                        ) : (
                          <button
                            type="button"
                            class="btn-link claim-assess"
                            aria-label={`${t(verdictNote ? 'popupEditVerdict' : 'popupAssess')}: “${claim.text.slice(0, 60)}”`}
                            onClick={() => setAssessing(index)}
                          >
                            {t(verdictNote ? 'popupEditVerdict' : 'popupAssess')}
                          </button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </section>
        </>
      )}
      <section class="page-section" aria-labelledby="page-notes-heading">
        <h2 id="page-notes-heading">
          {t('popupPageNotes')} <span class="count">{formatNumber(notes.length)}</span>
        </h2>
        {otherForms.length > 0 && (
          <p class="muted other-forms">
            {countOf('popupOtherForms', otherForms.length, [...new Set(otherForms.map((note) => note.target.source))].join(', '))}
          </p>
        )}
        {addingPageNote ? (
          <PageNoteForm
            onSave={async (note) => {
              await savePageNote(analysis, note);
              setAddingPageNote(false);
              setMessage(t('popupPageNoteSaved'));
            }}
            onCancel={() => setAddingPageNote(false)}
          />
        ) : (
          <button type="button" class="btn-link" onClick={() => setAddingPageNote(true)}>
            {t('popupAddPageNote')}
          </button>
        )}
        {notes.length === 0 ? (
          <p class="muted">{t('popupNoPageNotes')}</p>
        ) : (
          <ul class="item-list">
            {notes.map((note) => {
              const status = statusById.get(note.id) ?? note.anchor?.status;
              return (
                <li key={note.id}>
                  <button
                    type="button"
                    class="item page-note"
                    disabled={!note.target.selector}
                    onClick={() => void reveal({ kind: 'note', id: note.id })}
                  >
                    <span class={`swatch swatch-${note.color}`} aria-hidden="true" />
                    <span class="claim-text">
                      {note.target.selector ? <q>{note.target.selector[0].exact}</q> : <span class="muted">{t('popupWholePage')}</span>}
                      {note.body && <span class="page-note-body">{note.body}</span>}
                    </span>
                    {status === 'orphan' && <span class="badge badge-warn">{t('popupOrphan')}</span>}
                    {status === 'fuzzy' && <span class="badge">{t('popupFuzzy')}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

/** People as buttons that scroll the page to them; `index` is the person's place in the page's list. */
function PeopleList({ people, onReveal }: { people: Array<{ person: PagePerson; index: number }>; onReveal: (index: number) => void }) {
  return (
    <ul class="item-list">
      {people.map(({ person, index }) => (
        <li key={index}>
          <button type="button" class="item" onClick={() => onReveal(index)}>
            <span class="item-main">
              <span class="item-name">{person.name}</span>
              {person.role && <span class="item-role">{person.role}</span>}
            </span>
            <span class="badge">{countOf('popupMentions', person.mentions.length)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
