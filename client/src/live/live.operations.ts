import { graphql } from '../generated/index.ts';

/**
 * What the live link carries. `SeatState` is the part of a seat that changes: subscriptions,
 * mutations and CONFLICT errors carry it, and every domain spreads it where a seat can change.
 */
export const SeatStateFragment = graphql(`
  fragment SeatState on Seat {
    id
    version
    status
    heldByMe
  }
`);

/** A tier's counters: what `tierUpdated` changes. */
export const TierCountsFragment = graphql(`
  fragment TierCounts on Tier {
    id
    version
    capacity
    available
    held
    sold
  }
`);

export const SeatUpdatedSubscription = graphql(`
  subscription SeatUpdated($eventId: ID!) {
    seatUpdated(eventId: $eventId) {
      ...SeatState
    }
  }
`);

export const TierUpdatedSubscription = graphql(`
  subscription TierUpdated($eventId: ID!) {
    tierUpdated(eventId: $eventId) {
      ...TierCounts
    }
  }
`);

