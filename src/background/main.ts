// Service worker entry: wires the message router to its handlers. It only wires; each job lives in its own module.
import browser from 'webextension-polyfill';
import { annotationHandlers, articleHandlers, importJobs, sync } from './annotation-handlers';
import { broadcastChange } from './broadcast';
import { registerCommands, runCommand } from './commands';
import { onMenuClick, registerContextMenu } from './context-menu';
import { registerImportPort } from './import-port';
import { relayNoteFrame } from './note-frame-relay';
import { createRouter, type Handlers } from './router';
import { SYNC_ALARM } from './sync-service';

const handlers: Handlers = {
  ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
  ...annotationHandlers,
  'sync.status': () => sync.view(),
  'sync.test': (form) => sync.test(form),
  'sync.save': (form) => sync.save(form),
  'sync.forget': () => sync.forget(),
  'sync.now': () => sync.syncNow(),
  'sync.conflicts': async () => ({ conflicts: await sync.conflicts() }),
  'sync.resolve': async ({ annotation }) => {
    const kept = await sync.resolve(annotation);
    broadcastChange({ change: 'updated', ids: [kept.id], sources: [kept.target.source] });
    return { annotation: kept };
  },
  ...articleHandlers,
};

browser.runtime.onMessage.addListener(createRouter(handlers, browser.runtime.id, browser.runtime.getURL('')) as never);
registerImportPort(importJobs);
browser.runtime.onConnect.addListener(relayNoteFrame);
registerContextMenu();
registerCommands();
// Sync: resumes a sync the last worker left unfinished; the alarm and the browser's start sync too.
void sync.start();
browser.alarms.onAlarm.addListener((alarm) => void sync.onAlarm(alarm.name));
browser.runtime.onStartup.addListener(() => void sync.syncNow());
// What the menu item and the commands call, reachable from the worker's console and from tests
// (serviceWorker.evaluate). The worker's global is never visible to web pages.
Object.assign(globalThis, { newsmark: { runCommand, onMenuClick, syncAlarm: () => sync.onAlarm(SYNC_ALARM) } });
