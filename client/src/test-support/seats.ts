import type { ApolloClient } from '@apollo/client';
import { EventSeatStatesQuery } from '../live/live.operations.ts';
import type { SeatOnMapFragment, SeatStateFragment } from '../generated/graphql.ts';
import { SeatStateFragmentDoc as SeatStateDocument } from '../generated/graphql.ts';

export function placedSeat(overrides: Partial<SeatOnMapFragment> = {}): SeatOnMapFragment {
  return {
    __typename: 'Seat',
    id: '12',
    eventId: '1',
    version: 3,
    status: 'AVAILABLE',
    heldByMe: false,
    section: 'B',
    row: '4',
    number: 12,
    x: 11,
    y: 3,
    tier: { __typename: 'Tier', id: '7' },
    ...overrides,
  };
}

export function writeSeats(client: ApolloClient, eventId: string, seats: SeatStateFragment[]): void {
  client.cache.writeQuery({ query: EventSeatStatesQuery, variables: { id: eventId }, data: { event: { __typename: 'Event', id: eventId, seats } } });
}

export function readSeat(client: ApolloClient, id: string, optimistic = false): SeatStateFragment | null {
  return client.cache.readFragment({ id: `Seat:${id}`, fragment: SeatStateDocument }, optimistic);
}
