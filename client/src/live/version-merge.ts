import type { ApolloCache } from '@apollo/client';
import type { ConflictSeat } from '../apollo/graphql-errors.ts';
import {
  HoldFieldsFragmentDoc,
  QueueTicketDocument,
  type HoldFieldsFragment,
  type QueueTicketFieldsFragment,
  type SeatStateFragment,
  type TierCountsFragment,
} from '../generated/graphql.ts';
import { graphql } from '../generated/index.ts';
import { isStaleHoldUpdate } from './hold-order.ts';
import { isStaleQueueTicket } from './queue-ticket-order.ts';

/**
 * The part of a seat that changes, and what `mergeSeatState` reads and writes: `seatUpdated`
 * carries it, and so do the seat mutations and CONFLICT errors, so that their answers hold what
 * the guard compares (the map's overlay watches it too, use-apollo-overlay.ts). It is live/'s
 * own: defined in a domain, this leaf would read a domain's fragment.
 */
export const SeatStateFragmentDocument = graphql(`
  fragment SeatState on Seat {
    id
    version
    status
    heldByMe
  }
`);

/**
 * A tier's counters, what `tierUpdated` changes and `mergeTier` reads and writes. The event page
 * reads the same fields through its own `TierFields` (events/EventPage.tsx).
 */
export const TierCountsFragmentDocument = graphql(`
  fragment TierCounts on Tier {
    id
    version
    capacity
    available
    held
    sold
  }
`);

/**
 * Live updates reach Apollo's cache only through these functions, never by Apollo's automatic
 * normalisation: a seat or tier is written only when the incoming version is newer than the one
 * in the cache (a hold or a queue ticket only when it is not overtaken, `mergeHold`,
 * `mergeQueueTicket`), so an echo of our own change or two messages swapped in transit never
 * repaint a seat backwards. Versions grow by one on every change (docs/rules.md rule 9). The
 * map's own seat states outside the cache use the same `isNewer` (seat-states.ts).
 *
 * They compare against the non-optimistic layer: an optimistic click is not "what the server
 * said", and the server's answer must still land underneath it.
 */
export function isNewer(incoming: number, cached: number | undefined): boolean {
  return cached === undefined || incoming > cached;
}

export function mergeSeatState(cache: ApolloCache, seat: SeatStateFragment): boolean {
  const id = cache.identify(seat);
  if (!id) return false;
  const cached = cache.readFragment({ id, fragment: SeatStateFragmentDocument });
  if (!isNewer(seat.version, cached?.version)) return false;
  cache.writeFragment({ id, fragment: SeatStateFragmentDocument, data: seat });
  return true;
}

export function mergeTier(cache: ApolloCache, tier: TierCountsFragment): boolean {
  const id = cache.identify(tier);
  if (!id) return false;
  const cached = cache.readFragment({ id, fragment: TierCountsFragmentDocument });
  if (!isNewer(tier.version, cached?.version)) return false;
  cache.writeFragment({ id, fragment: TierCountsFragmentDocument, data: tier });
  return true;
}

/** Holds carry no version: their one-way life (`isStaleHoldUpdate`) orders them instead. */
export function mergeHold(cache: ApolloCache, hold: HoldFieldsFragment): boolean {
  const id = cache.identify(hold);
  if (!id) return false;
  const cached = cache.readFragment({ id, fragment: HoldFieldsFragmentDoc, fragmentName: 'HoldFields' });
  if (isStaleHoldUpdate(hold, cached)) return false;
  cache.writeFragment({ id, fragment: HoldFieldsFragmentDoc, fragmentName: 'HoldFields', data: hold });
  return true;
}

/**
 * Queue tickets carry no version either: their one-way life (`isStaleQueueTicket`) orders them.
 * The ticket is written where the event's queue query reads it (`queueTicket(eventId)`), so a
 * freshly joined ticket lands there too.
 */
export function mergeQueueTicket(cache: ApolloCache, eventId: string, ticket: QueueTicketFieldsFragment): boolean {
  const cached = cache.readQuery({ query: QueueTicketDocument, variables: { eventId } })?.queueTicket;
  if (isStaleQueueTicket(ticket, cached)) return false;
  cache.writeQuery({ query: QueueTicketDocument, variables: { eventId }, data: { queueTicket: ticket } });
  return true;
}

/**
 * Repairs the cache from a CONFLICT error without a round trip. The seat is not ours (we just
 * failed to take it), so `heldByMe` is false.
 */
export function repairSeatFromConflict(cache: ApolloCache, seat: ConflictSeat): boolean {
  return mergeSeatState(cache, { __typename: 'Seat', id: seat.id, version: seat.version, status: seat.status, heldByMe: false });
}
