import { useCallback, useEffect, useRef } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { SeatStateStore } from './seat-states.ts';
import { SeatStateFragmentDocument } from './version-merge.ts';

/**
 * The seats the buyer acts on (clicked, in their hold) are read from Apollo's cache, optimistic
 * layer included, into the store's overlay: Apollo's `optimisticResponse` paints the click and
 * its rollback on CONFLICT (with the repair from `extensions.seat`) paints it back, while the
 * other 20,000 seats never enter the normalised cache. A seat once watched stays watched while
 * the map is open (there are a handful). `seatIds` are watched as they appear; `watch` adds one
 * at once (a click, before React renders anything).
 */
export function useApolloOverlay(store: SeatStateStore | null, seatIds: readonly string[]): (seatId: string) => void {
  const client = useApolloClient();
  const watched = useRef(new Map<string, { unsubscribe(): void }>());

  const watch = useCallback(
    (id: string) => {
      const index = store?.layout.indexOf.get(id);
      if (!store || index === undefined || watched.current.has(id)) return;
      const subscription = client.watchFragment({ fragment: SeatStateFragmentDocument, from: { __typename: 'Seat', id } }).subscribe({
        next: (result) => store.setOverlay(index, result.dataState === 'complete' ? result.data : null),
      });
      watched.current.set(id, subscription);
    },
    [client, store],
  );

  useEffect(() => {
    for (const id of seatIds) watch(id);
  }, [watch, seatIds]);

  useEffect(() => {
    const subscriptions = watched.current;
    return () => {
      for (const subscription of subscriptions.values()) subscription.unsubscribe();
      subscriptions.clear();
    };
  }, [store]);

  return watch;
}
