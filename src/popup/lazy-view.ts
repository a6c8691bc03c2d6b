// A view's code loaded on demand, for views the popup never opens on (People): their chunk is
// fetched when the reader asks for them. (The two tabs' panels stay in the entry: measured, a
// panel in a chunk of its own delayed the first render by the extra fetch more than it saved.)
import { useEffect, useState } from 'preact/hooks';

type Loading<M> = { status: 'loading'; done: Promise<void> } | { status: 'ready'; module: M } | { status: 'failed'; error: Error };

const loads = new Map<() => Promise<unknown>, Loading<unknown>>();

/** Starts loading (once per loader) and tells how far it is. */
function start<M>(load: () => Promise<M>): Loading<M> {
  let entry = loads.get(load) as Loading<M> | undefined;
  if (!entry) {
    const done = load().then(
      (module) => void loads.set(load, { status: 'ready', module }),
      (error: Error) => void loads.set(load, { status: 'failed', error }),
    );
    entry = { status: 'loading', done };
    loads.set(load, entry);
  }
  return entry;
}

/** The module once loaded (null before); nothing is fetched until `wanted`. `error`: the chunk could
 * not be loaded (the extension was updated under an open popup). */
export function useLazyModule<M>(load: () => Promise<M>, wanted: boolean): { module: M | null; error: Error | null } {
  const [, setArrived] = useState(0);
  const entry = wanted ? start(load) : (loads.get(load) as Loading<M> | undefined);
  useEffect(() => {
    if (entry?.status !== 'loading') return;
    let current = true;
    void entry.done.then(() => current && setArrived((n) => n + 1));
    return () => {
      current = false;
    };
  }, [entry]);
  return { module: entry?.status === 'ready' ? entry.module : null, error: entry?.status === 'failed' ? entry.error : null };
}
