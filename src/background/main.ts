// Service worker entry: wires the message router to its handlers. It only wires; each job lives in its own module.
import browser from 'webextension-polyfill';
import { createRouter, type Handlers } from './router';
import { annotationHandlers } from './annotation-handlers';

const handlers: Handlers = {
  ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
  ...annotationHandlers,
};

browser.runtime.onMessage.addListener(createRouter(handlers, browser.runtime.id) as never);
