// Which tab "this page" is. In the toolbar popup it is the active tab of the last focused window.
// When the popup is opened as a tab of its own (tests, benches, a pinned popup), `?tab=<id>` names
// the page; without it, the most recently used other tab is taken. Candidates are tried in order
// because only tabs with Newsmark's content script (http/https pages) can answer.
import browser from 'webextension-polyfill';

/** Tab ids to ask for the page, best first. */
export async function candidateTabs(search = location.search): Promise<number[]> {
  const named = new URLSearchParams(search).get('tab');
  if (named && /^\d+$/.test(named)) return [Number(named)];
  const own = await browser.tabs.getCurrent();
  if (!own) {
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id === undefined ? [] : [active.id];
  }
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  const tabs = await browser.tabs.query({});
  return tabs
    .filter((tab) => tab.id !== undefined && tab.id !== own.id && !(tab.url ?? '').startsWith(ownOrigin))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .slice(0, 4)
    .map((tab) => tab.id!);
}
