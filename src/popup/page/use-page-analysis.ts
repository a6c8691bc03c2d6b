// Asks the current page's content script for its analysis. A page still loading has no content
// script yet, so the request is retried for a short while before the page is called unreadable.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type PageResponseMap, sendToTab } from '../../lib/messages';
import { candidateTabs } from '../current-tab';
import { afterFirstPaint } from '../first-paint';

export type PageAnalysis = PageResponseMap['page.getAnalysis'];

export type PageState = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; tabId: number; analysis: PageAnalysis };

const RETRY_MS = 150;
const GIVE_UP_MS = 2500;

async function askTabs(tabIds: number[]): Promise<{ tabId: number; analysis: PageAnalysis } | null> {
  for (const tabId of tabIds) {
    try {
      return { tabId, analysis: await sendToTab(tabId, 'page.getAnalysis', {}) };
    } catch {
      // No content script in that tab (yet): try the next one.
    }
  }
  return null;
}

/** `waitForFirstPaint`: the popup opened on another tab, whose first paint comes first. */
export function usePageAnalysis(waitForFirstPaint: boolean): { state: PageState; refresh: () => void } {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      if (waitForFirstPaint) await afterFirstPaint();
      const started = performance.now();
      const tabIds = await candidateTabs();
      while (!cancelled) {
        const found = tabIds.length > 0 ? await askTabs(tabIds) : null;
        if (cancelled) return;
        if (found) return setState({ status: 'ready', ...found });
        if (tabIds.length === 0 || performance.now() - started > GIVE_UP_MS) return setState({ status: 'unavailable' });
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    })().catch(() => !cancelled && setState({ status: 'unavailable' }));
    return () => {
      cancelled = true;
    };
  }, [generation]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, refresh };
}
