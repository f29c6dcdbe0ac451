import { useSyncExternalStore } from 'react';
import type { SeatStateStore } from './seat-states.ts';

const never = () => () => undefined;
const zero = () => 0;

/**
 * Re-renders when the store's counts move (at most once per frame, however many seats
 * changed); read the counts from the store itself. Null store: nothing loaded yet.
 */
export function useSeatCounts(store: SeatStateStore | null): number {
  return useSyncExternalStore(store ? store.subscribeCounts : never, store ? store.countsVersion : zero);
}
