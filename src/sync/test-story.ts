// Test helper: a "story" of devices editing notes and syncing, run against a live server to record
// the exchanges (scripts/record-sync-fixtures.ts) and replayed from them in the unit tests.
import type { Clock } from './clock';
import type { HttpClient } from './couch-client';
import { MemoryStore } from './memory-store';
import type { SyncReport } from './sync';
import { syncOnce } from './sync';
import type { JsonObject, Revision } from './types';

/** One request and the server's answer, the request relative to the database URL. */
export interface Exchange {
  request: string;
  body?: unknown;
  status: number;
  response: string;
  /** Not the server's answer: made up to exercise a case the server never produces. */
  synthetic?: string;
}

export interface StoryStep {
  device: string;
  put?: { id: string; body: JsonObject };
  remove?: string;
  /** A sync: the exchanges it had with the server, and its report. */
  sync?: Exchange[];
  report?: SyncReport;
  batchSize?: number;
}

export interface Story {
  about: string;
  server: string;
  db: string;
  steps: StoryStep[];
}

/** Session ids that are the same at every run, so requests replay byte for byte. */
export function countingSessions(): () => string {
  let n = 0;
  return () => `session-${++n}`;
}

/** A clock frozen at one instant (checkpoint times are recorded); timers still run on `schedule`. */
export function frozenClock(at: number, schedule: Clock['schedule'], cancel: Clock['cancel']): Clock {
  return { now: () => at, schedule, cancel };
}

export interface StoryRun {
  devices: Map<string, MemoryStore>;
  /** Each device's session id maker, to go on where the story stopped. */
  sessions: Map<string, () => string>;
  reports: SyncReport[];
}

export async function runStory(
  steps: readonly StoryStep[],
  options: {
    db: string;
    clock: Clock;
    /** The HTTP client for the sync at `steps[index]`. */
    httpFor: (step: StoryStep, index: number) => HttpClient;
    accept?: (revision: Revision) => string | null;
    /** Stop before this step (to break it in a test). */
    until?: number;
  },
): Promise<StoryRun> {
  const devices = new Map<string, MemoryStore>();
  const sessions = new Map<string, () => string>();
  const device = (name: string) => {
    let store = devices.get(name);
    if (!store) {
      store = new MemoryStore(`device-${name}`);
      devices.set(name, store);
      sessions.set(name, countingSessions());
    }
    return store;
  };
  for (const step of steps) device(step.device);
  const reports: SyncReport[] = [];
  for (const [index, step] of steps.entries()) {
    if (index === options.until) break;
    const store = device(step.device);
    if (step.put) store.put(step.put.id, step.put.body);
    if (step.remove) store.remove(step.remove);
    if (step.sync) {
      reports.push(
        await syncOnce({
          store,
          http: options.httpFor(step, index),
          remote: { url: options.db },
          clock: options.clock,
          batchSize: step.batchSize,
          accept: options.accept,
          newSessionId: sessions.get(step.device)!,
        }),
      );
    }
  }
  return { devices, sessions, reports };
}
