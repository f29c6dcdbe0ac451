import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { print } from 'graphql';
import type { Client as WsClient } from 'graphql-ws';
import type { ConnectionStatusStore } from '../apollo/connection-status.ts';
import type { SeatUpdatedSubscription as SeatUpdatedData } from '../generated/graphql.ts';
import type { SeatStateFragment } from '../generated/graphql.ts';
import { SeatUpdatedSubscription, TierUpdatedSubscription } from './live.operations.ts';
import { decodeLayout, type SeatMapLayout } from './seat-map-layout.ts';
import { fetchSeatLayout, fetchSeatStates, SeatMapLoadError } from './seat-map-source.ts';
import { createSeatStateStore, type SeatStateStore } from './seat-states.ts';
import { mergeSeatState, mergeTier } from './version-merge.ts';

/** graphql-ws does not acknowledge a subscribe: a change committed before it reached the server is caught by one resync this long after. */
const SETTLE_RESYNC_MS = 2000;

export interface SeatMapSources {
  fetch: typeof fetch;
  token: string | null;
  connection: ConnectionStatusStore;
  /** The graphql-ws socket: seat updates are read from it directly (null: through Apollo, as in tests). */
  socket: WsClient | null;
}

const SEAT_UPDATED = print(SeatUpdatedSubscription);

/**
 * Seat updates straight from the socket when there is one: a map of 20,000 seats gets bursts of
 * them, and Apollo's subscription machinery (observables, result processing) cost more per
 * message than the update itself; nothing of it goes to Apollo's cache anyway.
 */
function subscribeSeatUpdates(client: ApolloClient, socket: WsClient | null, eventId: string, onUpdate: (seat: SeatStateFragment) => void): () => void {
  if (socket) {
    return socket.subscribe<SeatUpdatedData>({ query: SEAT_UPDATED, variables: { eventId } }, { next: ({ data }) => data && onUpdate(data.seatUpdated), error: () => undefined, complete: () => undefined });
  }
  const subscription = client.subscribe({ query: SeatUpdatedSubscription, variables: { eventId }, fetchPolicy: 'no-cache' }).subscribe({ next: ({ data }) => data && onUpdate(data.seatUpdated) });
  return () => subscription.unsubscribe();
}

export type SeatMapState =
  | { phase: 'loading' }
  | { phase: 'ready'; layout: SeatMapLayout; store: SeatStateStore }
  | { phase: 'failed'; error: SeatMapLoadError };

/**
 * One event's seat map, live: `seatUpdated` is opened first and buffered, then the layout
 * (browser-cached) and the states are read, the store is built and the buffer applied through
 * the version guard (schema/seat-map.graphql says what the documents hold). After that every update is one array write; a
 * seat the buyer acted on (it has an overlay from Apollo) is also merged into Apollo's cache,
 * so the hold panel and the next click see its version. Resync (states read again, merged by
 * version; the other queries on screen read again) after a reconnect, when the tab comes back,
 * and once shortly after subscribing.
 */
export function useSeatMap(eventId: string, { fetch, token, connection, socket }: SeatMapSources): SeatMapState {
  const client = useApolloClient();
  const [state, setState] = useState<SeatMapState>({ phase: 'loading' });

  useEffect(() => {
    let stopped = false;
    let store: SeatStateStore | null = null;
    let buffered: SeatStateFragment[] = [];
    const source = { fetch, token };
    setState({ phase: 'loading' });

    const apply = (update: SeatStateFragment) => {
      if (!store) return void buffered.push(update);
      if (!store.applyUpdate(update)) return;
      const index = store.layout.indexOf.get(update.id);
      if (index !== undefined && store.hasOverlay(index)) mergeSeatState(client.cache, update);
    };
    const stopSeats = subscribeSeatUpdates(client, socket, eventId, apply);
    const tiers = client.subscribe({ query: TierUpdatedSubscription, variables: { eventId }, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ data }) => data && mergeTier(client.cache, data.tierUpdated),
    });

    const resync = async () => {
      if (!store || stopped) return;
      try {
        const states = await fetchSeatStates(source, eventId);
        if (!stopped && store) store.applySnapshot(states);
      } catch {
        // The stale cue already says HTTP is down; the next trigger tries again.
      }
    };
    const load = async () => {
      try {
        const [layoutJson, states] = await Promise.all([fetchSeatLayout(source, eventId), fetchSeatStates(source, eventId)]);
        if (stopped) return;
        const layout = decodeLayout(layoutJson);
        store = createSeatStateStore(layout);
        store.applySnapshot(states);
        for (const update of buffered) apply(update);
        buffered = [];
        store.flush();
        setState({ phase: 'ready', layout, store });
      } catch (error) {
        if (!stopped) setState({ phase: 'failed', error: error instanceof SeatMapLoadError ? error : new SeatMapLoadError(String(error), 'INTERNAL') });
      }
    };
    void load();

    const settle = setTimeout(() => void resync(), SETTLE_RESYNC_MS);
    const onVisible = () => document.visibilityState === 'visible' && void resync();
    document.addEventListener('visibilitychange', onVisible);
    const stopListening = connection.onReconnected(() => {
      void resync();
      void client.refetchQueries({ include: 'active' });
    });
    return () => {
      stopped = true;
      stopSeats();
      tiers.unsubscribe();
      clearTimeout(settle);
      document.removeEventListener('visibilitychange', onVisible);
      stopListening();
    };
  }, [client, connection, socket, eventId, fetch, token]);

  return state;
}
