// Tells open extension pages (popup, options) and tabs (content scripts) that notes changed, so
// they re-read. Fire and forget: nobody listening is normal, and a failed broadcast never fails a write.
import browser from 'webextension-polyfill';
import type { AnnotationsChangedEvent } from '../lib/messages';

export function broadcastChange(event: Omit<AnnotationsChangedEvent, 'type'>): void {
  const message: AnnotationsChangedEvent = { type: 'annotations.changed', ...event };
  // Rejects with "Receiving end does not exist" when no extension page is open.
  browser.runtime.sendMessage(message).catch(() => undefined);
  browser.tabs
    .query({})
    .then((tabs) => {
      for (const tab of tabs) {
        if (tab.id !== undefined && tab.id >= 0) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
      }
    })
    .catch(() => undefined);
}
