import { useEffect } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import type { ConnectionStatusStore } from '../apollo/connection-status.ts';
import type { SeatStateFragment } from '../generated/graphql.ts';
import { EventSeatStatesQuery, SeatUpdatedSubscription, TierUpdatedSubscription } from './live.operations.ts';
import { recordSeatUpdate } from './live-seat-log.ts';
import { mergeSeatState, mergeTier } from './version-merge.ts';

/**
 * Keeps an open event live: seat and tier changes go through the version guard (not Apollo's
 * automatic write, hence `no-cache`), and after every reconnect the event is read again, since
 * whatever was published while the socket was down is lost.
 */
export function useEventLive(eventId: string, connection: ConnectionStatusStore): void {
  const client = useApolloClient();

  useEffect(() => {
    // Updates that arrive within one frame are applied together: one cache broadcast and one
    // repaint for a burst, instead of one per message (each costs a read of the whole map).
    // On a huge map a batch can take longer than a frame; the next one then waits twice as long
    // as the last took, so a busy sale never keeps the main thread more than about half busy.
    let queued: SeatStateFragment[] = [];
    let lastCostMs = 0;
    const flush = () => {
      const batch = queued;
      queued = [];
      const started = performance.now();
      client.cache.batch({ update: (cache) => batch.forEach((seat) => mergeSeatState(cache, seat)) });
      lastCostMs = performance.now() - started;
    };
    const schedule = () => (lastCostMs > 16 ? setTimeout(() => nextFrame(flush), 2 * lastCostMs) : nextFrame(flush));
    const seats = client.subscribe({ query: SeatUpdatedSubscription, variables: { eventId }, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ data }) => {
        if (!data) return;
        recordSeatUpdate(eventId, data.seatUpdated);
        if (queued.push(data.seatUpdated) === 1) schedule();
      },
    });
    const tiers = client.subscribe({ query: TierUpdatedSubscription, variables: { eventId }, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ data }) => data && mergeTier(client.cache, data.tierUpdated),
    });
    const stopListening = connection.onReconnected(() => void resynchroniseEvent(client, eventId));
    return () => {
      seats.unsubscribe();
      tiers.unsubscribe();
      stopListening();
    };
  }, [client, connection, eventId]);
}

function nextFrame(callback: () => void): void {
  // Hidden tabs get no animation frames; their updates still land, on a timer.
  if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') requestAnimationFrame(callback);
  else setTimeout(callback, 0);
}

/**
 * Server state wins, seat by seat: a seat is rewritten when the server's version is newer than
 * ours, so a live update that overtook this read is not undone by it. Every other query on
 * screen (the event's tiers, the buyer's holds, which may have expired or been checked out from
 * another tab meanwhile) is read again too.
 */
export async function resynchroniseEvent(client: ApolloClient, eventId: string): Promise<void> {
  const seats = await client.query({ query: EventSeatStatesQuery, variables: { id: eventId }, fetchPolicy: 'no-cache' });
  client.cache.batch({ update: (cache) => (seats.data?.event?.seats ?? []).forEach((seat) => mergeSeatState(cache, seat)) });
  await client.refetchQueries({ include: 'active' });
}
