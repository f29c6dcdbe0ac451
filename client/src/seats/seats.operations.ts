import { graphql } from '../generated/index.ts';

export const SeatOnMapFragment = graphql(`
  fragment SeatOnMap on Seat {
    id
    eventId
    version
    status
    section
    row
    number
    x
    y
    heldByMe
    tier {
      id
    }
  }
`);

/** The part of a seat that changes: what subscriptions, mutations and CONFLICT errors carry. */
export const SeatStateFragment = graphql(`
  fragment SeatState on Seat {
    id
    version
    status
    heldByMe
  }
`);

export const SeatUpdatedSubscription = graphql(`
  subscription SeatUpdated($eventId: ID!) {
    seatUpdated(eventId: $eventId) {
      ...SeatState
    }
  }
`);

export const ReserveSeatMutation = graphql(`
  mutation ReserveSeat($id: ID!, $version: Int!) {
    reserveSeat(id: $id, version: $version) {
      ...SeatState
    }
  }
`);

export const ReleaseSeatMutation = graphql(`
  mutation ReleaseSeat($id: ID!) {
    releaseSeat(id: $id) {
      ...SeatState
    }
  }
`);

export const ReserveBestAvailableMutation = graphql(`
  mutation ReserveBestAvailable($eventId: ID!, $tierId: ID!, $quantity: Int!) {
    reserveBestAvailable(eventId: $eventId, tierId: $tierId, quantity: $quantity) {
      ...SeatState
      section
      row
      number
    }
  }
`);
