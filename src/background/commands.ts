// The manifest's keyboard commands (highlight-selection, next-highlight, previous-highlight):
// each is passed to the content script of the tab it was pressed in, which does the work.
import browser from 'webextension-polyfill';
import { PAGE_COMMANDS, type PageCommand, sendToTab } from '../lib/messages';

function isPageCommand(name: string): name is PageCommand {
  return (PAGE_COMMANDS as readonly string[]).includes(name);
}

/** Runs a command in a tab (the active one when none is given). Resolves to whether the page acted. */
export async function runCommand(name: string, tab?: { id?: number }): Promise<boolean> {
  if (!isPageCommand(name)) return false;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return false;
  try {
    return (await sendToTab(tabId, 'page.command', { command: name })).done;
  } catch {
    // No content script in that tab (browser pages, the web store, a page still loading).
    return false;
  }
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((name, tab) => {
    void runCommand(name, tab);
  });
}
