import { useEffect, useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { mergeSeatState } from '../live/version-merge.ts';
import { graphql } from '../generated/index.ts';
import { EventSeatStatesQuery } from '../live/live.operations.ts';
import { seatUpdatesOf } from '../live/live-seat-log.ts';
import type { SeatOnMapFragment, SeatStateFragment } from '../generated/graphql.ts';
import { afterNextPaint } from '../ui/after-next-paint.ts';

/**
 * Every seat of the map with its place. Read without normalising (see use-event-seats.ts): the
 * places never change, and 20,000 normalised seats with all their fields cost seconds in the cache.
 */
export const EventSeatsQuery = graphql(`
  query EventSeats($id: ID!) {
    event(id: $id) {
      id
      seats {
        ...SeatOnMap
      }
    }
  }
`);

/**
 * The seats of an event: places read once, states live from the normalised cache. The places
 * (section, row, number, x, y, tier) come without normalisation; only `{ id version status
 * heldByMe }` goes into the cache, where subscriptions, mutations and optimistic layers change
 * it in place: normalising every field of 20,000 seats took seconds.
 */
export function useEventSeats(eventId: string) {
  const client = useApolloClient();
  const places = useQuery(EventSeatsQuery, { variables: { id: eventId }, fetchPolicy: 'no-cache' });
  const placed = places.data?.event?.seats ?? null;
  const [written, setWritten] = useState<string | null>(null);

  // The map is drawn from the response first; normalising 20,000 states and starting to watch
  // them takes the main thread for a while, so it waits until that first frame is on screen.
  useEffect(() => {
    if (!placed) return;
    let cancelled = false;
    void afterNextPaint().then(() => {
      if (cancelled) return;
      writeSeatStates(client.cache, eventId, placed);
      setWritten(eventId);
    });
    return () => {
      cancelled = true;
    };
  }, [client, eventId, placed]);

  const states = useQuery(EventSeatStatesQuery, { variables: { id: eventId }, fetchPolicy: 'cache-only', skip: written !== eventId });
  const stateList = written === eventId ? states.data?.event?.seats : undefined;

  const seats = useMemo(() => (placed && stateList ? withStates(placed, stateList) : placed), [placed, stateList]);
  const live = stateList !== undefined;
  useEffect(() => {
    if (live) performance.mark('seat-map:live');
  }, [live]);
  return { seats, live, loading: places.loading, error: places.error };
}

/** First write of the states, then the live updates that may have overtaken the read. */
export function writeSeatStates(cache: ApolloCache, eventId: string, seats: readonly SeatStateFragment[]): void {
  cache.batch({
    update: (batch) => {
      batch.writeQuery({
        query: EventSeatStatesQuery,
        variables: { id: eventId },
        data: {
          event: {
            __typename: 'Event',
            id: eventId,
            seats: seats.map(({ id, version, status, heldByMe }) => ({ __typename: 'Seat' as const, id, version, status, heldByMe })),
          },
        },
      });
      for (const update of seatUpdatesOf(eventId)) mergeSeatState(batch, update);
    },
  });
}

function withStates(places: readonly SeatOnMapFragment[], states: readonly SeatStateFragment[]): SeatOnMapFragment[] {
  // The states were written in the places' order, so the index finds them; the map is the fallback.
  let byId: Map<string, SeatStateFragment> | null = null;
  return places.map((place, index) => {
    let state = states[index];
    if (state?.id !== place.id) state = (byId ??= new Map(states.map((known) => [known.id, known]))).get(place.id);
    return state ? { ...place, version: state.version, status: state.status, heldByMe: state.heldByMe } : place;
  });
}
