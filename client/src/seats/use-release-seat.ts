import { useCallback } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useAppServices } from '../app-services.tsx';
import { graphql } from '../generated/index.ts';
import { afterNextPaint } from '../ui/after-next-paint.ts';
import { useToast, type ShowToast } from '../ui/toasts.tsx';
import type { PendingSeats } from './pending-seats.ts';
import { seatErrorMessage } from './seat-errors.ts';
import type { ClickedSeat, SeatOutcome } from './use-reserve-seat.ts';

export const ReleaseSeatMutation = graphql(`
  mutation ReleaseSeat($id: ID!) {
    releaseSeat(id: $id) {
      ...SeatState
    }
  }
`);

/** Gives one of my seats back, optimistically AVAILABLE; an error rolls the seat back to mine. */
export async function releaseSeat(client: ApolloClient, pending: PendingSeats, seat: ClickedSeat, notify: ShowToast): Promise<SeatOutcome> {
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

export function useReleaseSeat(): (seat: ClickedSeat) => Promise<SeatOutcome> {
  const client = useApolloClient();
  const { pendingSeats } = useAppServices();
  const notify = useToast();
  return useCallback((seat) => releaseSeat(client, pendingSeats, seat, notify), [client, pendingSeats, notify]);
}
