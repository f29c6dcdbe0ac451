import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useAppServices } from '../app-services.tsx';
import type { SeatStatus } from '../generated/graphql.ts';
import { ensureHoldKnown } from '../holds/my-holds-cache.ts';
import { useToast } from '../ui/toasts.tsx';
import { logInToHold } from './log-in-to-hold.ts';
import { seatCode } from './seat-appearance.ts';
import { useReleaseSeat } from './use-release-seat.ts';
import { useReserveSeat, type ClickedSeat, type SeatOutcome } from './use-reserve-seat.ts';

export interface ToggledSeat extends ClickedSeat {
  eventId: string;
  status: SeatStatus;
  heldByMe: boolean;
}

/**
 * What a click (or Enter/Space) on a seat does: take an available seat, give back one of mine.
 * Every click that cannot do either says why, so no click is ever silently ignored.
 */
export function useToggleSeat(): (seat: ToggledSeat) => Promise<SeatOutcome> {
  const client = useApolloClient();
  const { pendingSeats, auth } = useAppServices();
  const notify = useToast();
  const reserve = useReserveSeat();
  const release = useReleaseSeat();
  return useCallback(
    async (seat) => {
      const code = seatCode(seat);
      if (pendingSeats.has(seat.id)) {
        notify(`Seat ${code}: still waiting for the box office's answer.`, 'info');
        return 'ignored';
      }
      if (seat.status === 'HELD' && seat.heldByMe) return release(seat);
      if (seat.status === 'SOLD') {
        notify(`Seat ${code} is sold.`, 'info');
        return 'ignored';
      }
      if (seat.status === 'HELD') {
        notify(`Seat ${code} is in another buyer's hold; it comes back on sale if they do not check out.`, 'info');
        return 'ignored';
      }
      if (!auth.getToken()) {
        notify(...logInToHold());
        return 'ignored';
      }
      const outcome = await reserve(seat);
      if (outcome === 'held') void ensureHoldKnown(client, seat.eventId).catch(() => undefined);
      return outcome;
    },
    [client, pendingSeats, auth, notify, reserve, release],
  );
}
