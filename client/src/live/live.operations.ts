import { graphql } from '../generated/index.ts';

/**
 * What the live link carries: every seat change (`SeatState`) and every tier's counters
 * (`TierCounts`). Both fragments are defined beside their reader, the version guard
 * (version-merge.ts).
 */
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

