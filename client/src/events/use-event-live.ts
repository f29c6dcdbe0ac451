import { useEffect } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { useAppServices } from '../app-services.tsx';
import { mergeSeatState, mergeTier } from '../apollo/version-merge.ts';
import { MeQuery } from '../auth/auth.operations.ts';
import { SeatUpdatedSubscription } from '../seats/seats.operations.ts';
import { EventPageQuery, EventSeatStatesQuery, TierUpdatedSubscription } from './events.operations.ts';
import { recordSeatUpdate } from './live-seat-log.ts';
import type { SeatStateFragment } from '../generated/graphql.ts';

/**
 * Keeps an open event live: seat and tier changes go through the version guard (not Apollo's
 * automatic write, hence `no-cache`), and after every reconnect the event is read again, since
 * whatever was published while the socket was down is lost.
 */
export function useEventLive(eventId: string): void {
  const client = useApolloClient();
  const { connection } = useAppServices();

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
 * ours, so a live update that overtook this read is not undone by it.
 */
export async function resynchroniseEvent(client: ApolloClient, eventId: string): Promise<void> {
  const [page, seats] = await Promise.all([
    client.query({ query: EventPageQuery, variables: { id: eventId }, fetchPolicy: 'no-cache' }),
    client.query({ query: EventSeatStatesQuery, variables: { id: eventId }, fetchPolicy: 'no-cache' }),
  ]);
  client.cache.batch({
    update: (cache) => {
      for (const seat of seats.data?.event?.seats ?? []) mergeSeatState(cache, seat);
      for (const tier of page.data?.event?.tiers ?? []) mergeTier(cache, tier);
    },
  });
  // Holds may have expired or been checked out from another tab meanwhile.
  await client.refetchQueries({ include: [MeQuery] });
}
