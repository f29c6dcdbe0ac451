import type { ApolloClient } from '@apollo/client';
import { SeatStateFragmentDoc, type SeatStateFragment } from '../generated/graphql.ts';
import type { ToggledSeat } from '../seats/use-toggle-seat.ts';

/** A seat as a click hands it to the seat hooks. */
export function placedSeat(overrides: Partial<ToggledSeat> = {}): ToggledSeat {
  return { id: '12', eventId: '1', version: 3, status: 'AVAILABLE', heldByMe: false, section: 'B', row: '4', number: 12, ...overrides };
}

/** Seats as the server last said, in Apollo's cache (what the buyer's own mutations repair). */
export function writeSeats(client: ApolloClient, _eventId: string, seats: SeatStateFragment[]): void {
  for (const seat of seats) client.cache.writeFragment({ id: `Seat:${seat.id}`, fragment: SeatStateFragmentDoc, data: seat });
}

export function readSeat(client: ApolloClient, id: string, optimistic = false): SeatStateFragment | null {
  return client.cache.readFragment({ id: `Seat:${id}`, fragment: SeatStateFragmentDoc }, optimistic);
}
