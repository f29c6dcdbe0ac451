import { useEffect } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useAppServices } from '../app-services.tsx';
import { SeatUpdatedSubscription, TierUpdatedSubscription } from '../live/live.operations.ts';
import { graphql } from '../generated/index.ts';

/** Re-reads one event's counts when its seats or tiers move (the list shows availability live). */
export const EventAvailabilityQuery = graphql(`
  query EventAvailability($id: ID!) {
    event(id: $id) {
      id
      capacity
      available
    }
  }
`);

/** At most one availability read per event per this long, however fast its seats sell. */
const REFRESH_EVERY_MS = 1000;

/**
 * The list's availability bars move as seats sell: any seat or tier change of a listed event
 * schedules a small re-read of that event's counts (throttled), rather than shipping every seat.
 */
export function useEventsListLive(eventIds: readonly string[]): void {
  const client = useApolloClient();
  const { connection } = useAppServices();
  const key = eventIds.join(',');

  useEffect(() => {
    const ids = key ? key.split(',') : [];
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const refresh = (id: string) => {
      if (timers.has(id)) return;
      timers.set(
        id,
        setTimeout(() => {
          timers.delete(id);
          void client.query({ query: EventAvailabilityQuery, variables: { id }, fetchPolicy: 'network-only' }).catch(() => undefined);
        }, REFRESH_EVERY_MS),
      );
    };
    const subscriptions = ids.flatMap((eventId) => [
      client.subscribe({ query: SeatUpdatedSubscription, variables: { eventId }, fetchPolicy: 'no-cache' }).subscribe({ next: () => refresh(eventId) }),
      client.subscribe({ query: TierUpdatedSubscription, variables: { eventId }, fetchPolicy: 'no-cache' }).subscribe({ next: () => refresh(eventId) }),
    ]);
    const stopListening = connection.onReconnected(() => void client.refetchQueries({ include: ['EventsList'] }));
    return () => {
      for (const subscription of subscriptions) subscription.unsubscribe();
      for (const timer of timers.values()) clearTimeout(timer);
      stopListening();
    };
  }, [client, connection, key]);
}
