import { graphql } from '../generated/index.ts';

export const QueueTicketFieldsFragment = graphql(`
  fragment QueueTicketFields on QueueTicket {
    id
    eventId
    status
    position
    aheadOfYou
    estimatedWaitSeconds
    joinedAt
    admittedAt
    admittedUntil
  }
`);

export const EventQueueRoomFragment = graphql(`
  fragment EventQueueRoom on Event {
    id
    queue {
      opensAt
      admitPerMinute
      admissionMinutes
      shuffledAt
    }
  }
`);

/** The event's waiting room and, for a signed-in buyer, their ticket in it. */
export const EventQueueQuery = graphql(`
  query EventQueue($eventId: ID!, $signedIn: Boolean!) {
    event(id: $eventId) {
      ...EventQueueRoom
    }
    queueTicket(eventId: $eventId) @include(if: $signedIn) {
      ...QueueTicketFields
    }
  }
`);

/**
 * The buyer's ticket alone: the shape in which live/version-merge.ts (mergeQueueTicket) writes a
 * ticket where EventQueue reads it, only when it is not overtaken.
 */
export const QueueTicketQuery = graphql(`
  query QueueTicket($eventId: ID!) {
    queueTicket(eventId: $eventId) {
      ...QueueTicketFields
    }
  }
`);

export const QueueUpdatedSubscription = graphql(`
  subscription QueueUpdated($eventId: ID!) {
    queueUpdated(eventId: $eventId) {
      ...QueueTicketFields
    }
  }
`);

export const QueueStatsFieldsFragment = graphql(`
  fragment QueueStatsFields on QueueStats {
    eventId
    waiting
    admitted
    holding
    expired
    admittedTotal
    admittedLastMinute
    updatedAt
  }
`);

export const EventQueueStatsQuery = graphql(`
  query EventQueueStats($eventId: ID!) {
    event(id: $eventId) {
      id
      queue {
        opensAt
        admitPerMinute
        admissionMinutes
        shuffledAt
        shuffleSeed
        stats {
          ...QueueStatsFields
        }
      }
    }
  }
`);

export const QueueStatsUpdatedSubscription = graphql(`
  subscription QueueStatsUpdated($eventId: ID!) {
    queueStatsUpdated(eventId: $eventId) {
      ...QueueStatsFields
    }
  }
`);

export const WaitlistEntryFieldsFragment = graphql(`
  fragment WaitlistEntryFields on WaitlistEntry {
    id
    eventId
    tierId
    quantity
    status
    position
    offered
    createdAt
  }
`);

export const MyWaitlistQuery = graphql(`
  query MyWaitlist {
    me {
      id
      waitlist {
        ...WaitlistEntryFields
      }
    }
  }
`);

/** The buyer's holds as they change, with the waitlist entry a hold was offered for. */
export const OfferedHoldsSubscription = graphql(`
  subscription OfferedHolds {
    holdUpdated {
      id
      status
      waitlistEntry {
        ...WaitlistEntryFields
      }
    }
  }
`);
