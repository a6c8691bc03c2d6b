// The context-menu item "Highlight with Newsmark", shown on a selection: the content script of
// that tab saves the selected article text as a highlight in the reader's default colour.
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { sendToTab } from '../lib/messages';

export const MENU_ID = 'newsmark-highlight-selection';

/** What the menu item does; also callable directly (tests, other entry points). */
export async function onMenuClick(info: { menuItemId: string | number }, tab?: { id?: number }): Promise<boolean> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return false;
  try {
    return (await sendToTab(tab.id, 'page.command', { command: 'save-selection' })).done;
  } catch {
    return false;
  }
}

function createMenu(): void {
  // removeAll first: onInstalled also fires on update, and ids must be unique.
  browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: MENU_ID, title: t('pageMenuHighlight'), contexts: ['selection'] }))
    .catch(() => undefined);
}

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onMenuClick(info, tab);
  });
}
