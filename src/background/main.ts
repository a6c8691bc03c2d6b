// Service worker entry: wires the message router to its handlers. It only wires; each job lives in its own module.
import browser from 'webextension-polyfill';
import { annotationHandlers, articleHandlers, importJobs } from './annotation-handlers';
import { registerCommands, runCommand } from './commands';
import { onMenuClick, registerContextMenu } from './context-menu';
import { registerImportPort } from './import-port';
import { relayNoteFrame } from './note-frame-relay';
import { createRouter, type Handlers } from './router';

const handlers: Handlers = {
  ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
  ...annotationHandlers,
  ...articleHandlers,
};

browser.runtime.onMessage.addListener(createRouter(handlers, browser.runtime.id, browser.runtime.getURL('')) as never);
registerImportPort(importJobs);
browser.runtime.onConnect.addListener(relayNoteFrame);
registerContextMenu();
registerCommands();
// What the menu item and the commands call, reachable from the worker's console and from tests
// (serviceWorker.evaluate). The worker's global is never visible to web pages.
Object.assign(globalThis, { newsmark: { runCommand, onMenuClick } });
