// The selection observer in a real browser: one report per settled change, whatever made it, and
// whether the reader made it (trusted input shortly before) or a page script did.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SelectionObserver, type SelectionReport, selectedRange } from './selection-observer';

const OPTIONS = { afterMouseMs: 5, settleMs: 30, inputWindowMs: 500 };

let paragraph: HTMLParagraphElement;
let observer: SelectionObserver | null = null;

beforeEach(() => {
  paragraph = document.createElement('p');
  paragraph.textContent = 'The minister said the talks would resume.';
  document.body.append(paragraph);
  getSelection()!.removeAllRanges();
});

afterEach(() => {
  observer?.disconnect();
  observer = null;
  document.body.replaceChildren();
});

/** Starts an observer; next() gives its reports in order, each once (those already made first). */
function observe(): { reports: SelectionReport[]; next: () => Promise<SelectionReport> } {
  const reports: SelectionReport[] = [];
  const unread: SelectionReport[] = [];
  const waiting: ((report: SelectionReport) => void)[] = [];
  observer = new SelectionObserver(
    (report) => {
      reports.push(report);
      const take = waiting.shift();
      if (take) take(report);
      else unread.push(report);
    },
    document,
    OPTIONS,
  );
  const next = () => {
    const report = unread.shift();
    return report ? Promise.resolve(report) : new Promise<SelectionReport>((resolve) => waiting.push(resolve));
  };
  return { reports, next };
}

function select(from: number, to: number): void {
  const text = paragraph.firstChild!;
  getSelection()!.setBaseAndExtent(text, from, text, to);
}

describe('SelectionObserver', () => {
  it('reports a selection a script made once it settles, as not the reader’s', async () => {
    const { next } = observe();
    select(4, 12);
    const report = await next();
    expect(report.range?.toString()).toBe('minister');
    expect(report.byReader).toBe(false);
  });

  it('reports a quick run of changes once, with the last selection', async () => {
    const { reports, next } = observe();
    select(0, 3);
    select(0, 12);
    select(4, 17);
    const report = await next();
    expect(report.range?.toString()).toBe('minister said');
    // A later change is reported again: the first report was the only one for the run.
    select(0, 3);
    await next();
    expect(reports.map((r) => r.range?.toString())).toEqual(['minister said', 'The']);
  });

  it('reports a selection the reader made with the mouse as theirs', async () => {
    const { next } = observe();
    await userEvent.tripleClick(paragraph);
    let report = await next();
    // The click itself may be reported before the selection is whole: wait for the paragraph.
    while (!report.range?.toString().includes('resume')) report = await next();
    expect(report.byReader).toBe(true);
  });

  it('reports an emptied selection as null, and nothing after disconnect', async () => {
    const { reports, next } = observe();
    select(4, 12);
    await next();
    getSelection()!.removeAllRanges();
    expect((await next()).range).toBeNull();
    observer!.disconnect();
    // Another observer's report comes after the settle time: by then the first would have reported.
    await new Promise<void>((resolve) => {
      const probe = new SelectionObserver(
        () => {
          probe.disconnect();
          resolve();
        },
        document,
        OPTIONS,
      );
      select(0, 5);
    });
    expect(reports.length).toBe(2);
  });
});

describe('selectedRange', () => {
  it('is null for no selection or a collapsed one', () => {
    expect(selectedRange(document)).toBeNull();
    select(3, 3);
    expect(selectedRange(document)).toBeNull();
    select(0, 3);
    expect(selectedRange(document)?.toString()).toBe('The');
  });
});
