import type { ApolloClient } from '@apollo/client';
import { conflictSeatsOf, errorCodeOf, errorMessageOf } from '../apollo/graphql-errors.ts';
import { repairSeatFromConflict } from '../apollo/version-merge.ts';
import type { SeatOnMapFragment } from '../generated/graphql.ts';
import type { PendingSeats } from './pending-seats.ts';
import { seatCode } from './seat-appearance.ts';
import { ReleaseSeatMutation, ReserveSeatMutation } from './seats.operations.ts';

export type Notify = (message: string, tone?: 'info' | 'error' | 'success') => void;

export type SeatOutcome = 'held' | 'released' | 'conflict' | 'failed' | 'ignored';

type ClickedSeat = Pick<SeatOnMapFragment, 'id' | 'version' | 'section' | 'row' | 'number'>;

/** Messages for the codes a seat click can meet; CONFLICT has its own, naming the seat. */
export function seatErrorMessage(error: unknown): string {
  switch (errorCodeOf(error)) {
    case 'UNAUTHENTICATED':
      return 'Log in to hold seats.';
    case 'LIMIT_EXCEEDED':
      return 'You already hold as many seats as one order allows.';
    case 'HOLD_EXPIRED':
      return 'Your hold has expired; the seats went back on sale.';
    case 'RATE_LIMITED':
      return 'Too many clicks at once; try again in a moment.';
    case 'NETWORK':
      return 'No connection to the box office; the seat was not changed.';
    default:
      return errorMessageOf(error);
  }
}

/**
 * Resolves once the browser has painted the current frame. The click marks its seat pending and
 * the map draws it synchronously; sending the mutation (with its optimistic cache write and the
 * React work that follows) only after the paint keeps that work out of the click's frame.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Holds a seat with an optimistic answer (HELD, mine, version + 1) in the cache. On any error Apollo discards the optimistic layer (the rollback); on CONFLICT the
 * error carries the seat as it is now, which we write into the cache instead of refetching.
 */
export async function reserveSeat(client: ApolloClient, pending: PendingSeats, seat: ClickedSeat, notify: Notify): Promise<SeatOutcome> {
  if (pending.has(seat.id)) return 'ignored';
  pending.add(seat.id);
  try {
    await afterNextPaint();
    await client.mutate({
      mutation: ReserveSeatMutation,
      variables: { id: seat.id, version: seat.version },
      optimisticResponse: { reserveSeat: { __typename: 'Seat', id: seat.id, version: seat.version + 1, status: 'HELD', heldByMe: true } },
    });
    return 'held';
  } catch (error) {
    if (errorCodeOf(error) === 'CONFLICT') {
      for (const current of conflictSeatsOf(error)) repairSeatFromConflict(client.cache, current);
      notify(`Seat ${seatCode(seat)} was just taken`, 'error');
      return 'conflict';
    }
    notify(seatErrorMessage(error), 'error');
    return 'failed';
  } finally {
    pending.delete(seat.id);
  }
}

/** Gives one of my seats back, optimistically AVAILABLE; an error rolls the seat back to mine. */
export async function releaseSeat(client: ApolloClient, pending: PendingSeats, seat: ClickedSeat, notify: Notify): Promise<SeatOutcome> {
  if (pending.has(seat.id)) return 'ignored';
  pending.add(seat.id);
  try {
    await afterNextPaint();
    await client.mutate({
      mutation: ReleaseSeatMutation,
      variables: { id: seat.id },
      optimisticResponse: { releaseSeat: { __typename: 'Seat', id: seat.id, version: seat.version + 1, status: 'AVAILABLE', heldByMe: false } },
    });
    return 'released';
  } catch (error) {
    notify(seatErrorMessage(error), 'error');
    return 'failed';
  } finally {
    pending.delete(seat.id);
  }
}
