import { useCallback, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { conflictSeatsOf, errorCodeOf } from '../apollo/graphql-errors.ts';
import { graphql } from '../generated/index.ts';
import { ensureHoldKnown } from '../holds/my-holds-cache.ts';
import { repairSeatFromConflict } from '../live/version-merge.ts';
import { useToast } from '../ui/toasts.tsx';
import { seatCode } from './seat-appearance.ts';
import { seatErrorMessage } from './seat-errors.ts';
import type { ClickedSeat } from './use-reserve-seat.ts';

export const ReserveSeatsMutation = graphql(`
  mutation ReserveSeats($seats: [SeatVersionInput!]!) {
    reserveSeats(seats: $seats) {
      ...SeatState
    }
  }
`);

/**
 * Several chosen seats at once, all or nothing (the seats apart that best available offers
 * when no adjacent block is left). Optimistic like a click: all of them mine at version + 1;
 * one CONFLICT and Apollo drops the whole layer, and the error's seats repair the cache.
 */
export function useReserveSeats() {
  const client = useApolloClient();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const reserve = useCallback(
    async (eventId: string, seats: readonly ClickedSeat[]): Promise<boolean> => {
      setBusy(true);
      try {
        await client.mutate({
          mutation: ReserveSeatsMutation,
          variables: { seats: seats.map(({ id, version }) => ({ id, version })) },
          optimisticResponse: { reserveSeats: seats.map(({ id, version }) => ({ __typename: 'Seat' as const, id, version: version + 1, status: 'HELD' as const, heldByMe: true })) },
        });
        notify(`Holding ${seats.map(seatCode).join(', ')}`, 'success', { topic: 'hold' });
        void ensureHoldKnown(client, eventId).catch(() => undefined);
        return true;
      } catch (error) {
        if (errorCodeOf(error) === 'CONFLICT') {
          for (const current of conflictSeatsOf(error)) repairSeatFromConflict(client.cache, current);
          notify('Someone was faster on one of those seats; none was held. Try again.', 'error');
        } else notify(seatErrorMessage(error), 'error');
        return false;
      } finally {
        setBusy(false);
      }
    },
    [client, notify],
  );
  return { reserve, busy };
}
