import { useEffect } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { useAppServices } from '../app-services.tsx';
import { mergeSeatState, mergeTier } from '../apollo/version-merge.ts';
import { MeQuery } from '../auth/auth.operations.ts';
import { SeatUpdatedSubscription } from '../seats/seats.operations.ts';
import { EventPageQuery, EventSeatStatesQuery, TierUpdatedSubscription } from './events.operations.ts';
import { recordSeatUpdate } from './live-seat-log.ts';

/**
 * Keeps an open event live: seat and tier changes go through the version guard (not Apollo's
 * automatic write, hence `no-cache`), and after every reconnect the event is read again, since
 * whatever was published while the socket was down is lost.
 */
export function useEventLive(eventId: string): void {
  const client = useApolloClient();
  const { connection } = useAppServices();

  useEffect(() => {
    const seats = client.subscribe({ query: SeatUpdatedSubscription, variables: { eventId }, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ data }) => {
        if (!data) return;
        recordSeatUpdate(eventId, data.seatUpdated);
        mergeSeatState(client.cache, data.seatUpdated);
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
