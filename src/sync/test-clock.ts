// Test helper: a clock moved by hand, whose timers run when time passes them.
import type { Clock } from './clock';

export class ManualClock implements Clock {
  private time = Date.UTC(2026, 0, 15, 9, 30);
  private timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;

  now(): number {
    return this.time;
  }
  schedule(run: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  }
  cancel(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  /** When the next timer is due, or undefined when none is planned. */
  nextDue(): number | undefined {
    const due = [...this.timers.values()].map((timer) => timer.at);
    return due.length ? Math.min(...due) - this.time : undefined;
  }
  /** Moves time on, running the timers that fall due, and lets the work they start settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const [id, timer] = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || !timer) break;
      this.timers.delete(id);
      this.time = timer.at;
      timer.run();
      await settle();
    }
    this.time = end;
    await settle();
  }
}

/** Lets pending promise callbacks (the replayed requests are all immediate) run to their end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
}
