// The popup: two tabs, "This page" and "All notes". It reopens on the tab the reader used last.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { formatNumber } from '../ui/format';
import { TabPanel, Tabs } from '../ui/Tabs';
import { viewPainted } from './first-paint';
import { NotesPanel } from './notes/NotesPanel';
import { useNoteCount } from './notes/use-notes';
import { PagePanel } from './page/PagePanel';
import { usePageAnalysis } from './page/use-page-analysis';

type View = 'page' | 'notes';
const VIEW_KEY = 'newsmark.popup.view';

export function savedView(): View {
  try {
    return localStorage.getItem(VIEW_KEY) === 'notes' ? 'notes' : 'page';
  } catch {
    return 'page';
  }
}

export function Popup() {
  const [view, setView] = useState<View>(savedView);
  // Reopened on "All notes", the reader can type a search at once.
  const [openedOnNotes] = useState(() => view === 'notes');
  const page = usePageAnalysis(openedOnNotes);
  // Only the count: "This page" reads the page's own notes, and "All notes" reads its list once shown
  // (and the count after the list's first page).
  const [listReady, setListReady] = useState(false);
  const count = useNoteCount(view !== 'notes' || listReady);

  function select(next: View) {
    setView(next);
    try {
      localStorage.setItem(VIEW_KEY, next);
    } catch {
      // Private storage unavailable: the popup simply opens on the first tab next time.
    }
  }

  useEffect(() => {
    // Effects run after the paint: "This page" is showing (its analysis is on its way).
    if (!openedOnNotes) viewPainted();
  }, []);
  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="btn-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>
      </header>
      <main class="popup-main">
        <Tabs<View>
          idPrefix="popup"
          label={t('popupTabsLabel')}
          selected={view}
          onSelect={select}
          tabs={[
            { key: 'page', label: t('popupTabPage') },
            {
              key: 'notes',
              label: (
                <>
                  {t('popupTabNotes')} {count !== null && <span class="count">{formatNumber(count)}</span>}
                </>
              ),
            },
          ]}
        />
        <TabPanel idPrefix="popup" tabKey="page" hidden={view !== 'page'}>
          <PagePanel state={page.state} onChanged={page.refresh} />
        </TabPanel>
        <TabPanel idPrefix="popup" tabKey="notes" hidden={view !== 'notes'}>
          <NotesPanel active={view === 'notes'} autoFocus={openedOnNotes} count={count} onReady={() => setListReady(true)} />
        </TabPanel>
      </main>
    </div>
  );
}
