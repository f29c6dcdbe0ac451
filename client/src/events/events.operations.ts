import { graphql } from '../generated/index.ts';

export const EventsListQuery = graphql(`
  query EventsList($first: Int, $after: String) {
    events(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...EventSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const EventSummaryFragment = graphql(`
  fragment EventSummary on Event {
    id
    name
    venue
    startsAt
    status
    capacity
    available
  }
`);

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

export const TierFieldsFragment = graphql(`
  fragment TierFields on Tier {
    id
    eventId
    name
    kind
    priceCents
    currency
    capacity
    available
    held
    sold
    version
  }
`);

export const EventPageQuery = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      ...EventSummary
      perOrderLimit
      tiers {
        ...TierFields
      }
    }
  }
`);

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

/** The part of every seat that changes, normalised: the live updates and optimistic clicks land here. */
export const EventSeatStatesQuery = graphql(`
  query EventSeatStates($id: ID!) {
    event(id: $id) {
      id
      seats {
        ...SeatState
      }
    }
  }
`);

export const TierUpdatedSubscription = graphql(`
  subscription TierUpdated($eventId: ID!) {
    tierUpdated(eventId: $eventId) {
      ...TierFields
    }
  }
`);
