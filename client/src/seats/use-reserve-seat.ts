import { useCallback } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useAppServices } from '../app-services.tsx';
import { conflictSeatsOf, errorCodeOf } from '../apollo/graphql-errors.ts';
import { graphql } from '../generated/index.ts';
import { repairSeatFromConflict } from '../live/version-merge.ts';
import { afterNextPaint } from '../ui/after-next-paint.ts';
import { useToast, type ShowToast } from '../ui/toasts.tsx';
import type { PendingSeats } from './pending-seats.ts';
import { seatCode } from './seat-appearance.ts';
import { seatErrorMessage } from './seat-errors.ts';

export const ReserveSeatMutation = graphql(`
  mutation ReserveSeat($id: ID!, $version: Int!) {
    reserveSeat(id: $id, version: $version) {
      ...SeatState
    }
  }
`);

export type SeatOutcome = 'held' | 'released' | 'conflict' | 'failed' | 'ignored';

/** What a seat request needs to know about the seat: its identity, version and name. */
export interface ClickedSeat {
  id: string;
  version: number;
  section: string;
  row: string;
  number: number;
}

/**
 * Holds a seat with an optimistic answer (HELD, mine, version + 1) in Apollo's cache. On any
 * error Apollo discards the optimistic layer (the rollback); on CONFLICT the error carries the
 * seat as it is now, which we write into the cache instead of refetching.
 */
export async function reserveSeat(client: ApolloClient, pending: PendingSeats, seat: ClickedSeat, notify: ShowToast): Promise<SeatOutcome> {
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

export function useReserveSeat(): (seat: ClickedSeat) => Promise<SeatOutcome> {
  const client = useApolloClient();
  const { pendingSeats } = useAppServices();
  const notify = useToast();
  return useCallback((seat) => reserveSeat(client, pendingSeats, seat, notify), [client, pendingSeats, notify]);
}
