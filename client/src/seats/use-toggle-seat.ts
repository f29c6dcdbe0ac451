import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useAppServices } from '../app-services.tsx';
import type { SeatOnMapFragment } from '../generated/graphql.ts';
import { useToast } from '../ui/toasts.tsx';
import { ensureHoldKnown } from '../holds/my-holds-cache.ts';
import { releaseSeat, reserveSeat, type SeatOutcome } from './reserve-seat.ts';

/** What a click (or Enter/Space) on a seat does: take an available seat, give back one of mine. */
export function useToggleSeat(): (seat: SeatOnMapFragment) => Promise<SeatOutcome> {
  const client = useApolloClient();
  const { pendingSeats, auth } = useAppServices();
  const notify = useToast();
  return useCallback(
    async (seat) => {
      if (seat.status === 'HELD' && seat.heldByMe) return releaseSeat(client, pendingSeats, seat, notify);
      if (seat.status !== 'AVAILABLE') return 'ignored';
      if (!auth.getToken()) {
        notify('Log in to hold seats.', 'info');
        return 'ignored';
      }
      const outcome = await reserveSeat(client, pendingSeats, seat, notify);
      if (outcome === 'held') void ensureHoldKnown(client, seat.eventId).catch(() => undefined);
      return outcome;
    },
    [client, pendingSeats, auth, notify],
  );
}
