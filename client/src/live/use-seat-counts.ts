import { startTransition, useEffect, useState } from 'react';
import type { SeatStateStore } from './seat-states.ts';

/** Counts on screen (legend, best available, the finder, sold out) follow at most this often. */
export const COUNTS_EVERY_MS = 250;

/**
 * Re-renders when the store's counts moved, at most every `everyMs` and as a transition (React
 * renders it in slices, behind input), however many seats change: in a busy on-sale the map
 * repaints each seat at once, while the numbers beside it need not re-render for every one.
 * Read the counts from the store itself. Null store: nothing loaded yet.
 */
export function useSeatCounts(store: SeatStateStore | null, everyMs = COUNTS_EVERY_MS): number {
  const [version, setVersion] = useState(() => store?.countsVersion() ?? 0);
  useEffect(() => {
    if (!store) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const publish = () => {
      timer = null;
      startTransition(() => setVersion(store.countsVersion()));
    };
    if (store.countsVersion() !== version) publish();
    const stop = store.subscribeCounts(() => {
      timer ??= setTimeout(publish, everyMs);
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [store, everyMs]); // `version` is only where it starts
  return version;
}
