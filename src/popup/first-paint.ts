// Work the opening view does not need (sync status, conflicts, the other tab's data) waits until
// that view has painted, so the popup's first render never queues behind it: each message wakes the
// background, which then reads the same IndexedDB the list is being read from.
let markPainted: () => void = () => undefined;
const painted = new Promise<void>((resolve) => {
  markPainted = resolve;
});

/** Called once the view the popup opened on shows its content (or its error). */
export function viewPainted(): void {
  markPainted();
}

/** Resolves once the opening view has painted. */
export function afterFirstPaint(): Promise<void> {
  return painted;
}
