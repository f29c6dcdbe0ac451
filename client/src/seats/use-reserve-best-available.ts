import { useCallback, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { errorCodeOf } from '../apollo/graphql-errors.ts';
import { useToast } from '../ui/toasts.tsx';
import { ensureHoldKnown } from '../holds/my-holds-cache.ts';
import { seatErrorMessage } from './reserve-seat.ts';
import { seatCode } from './seat-appearance.ts';
import { ReserveBestAvailableMutation } from './seats.operations.ts';

/**
 * Best available: the server picks adjacent seats and holds them all or none. No optimistic
 * answer here, since only the server knows which seats it will pick; the held seats arrive with
 * their new versions in the response (and by subscription) and repaint in place.
 */
export function useReserveBestAvailable() {
  const client = useApolloClient();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const reserve = useCallback(
    async (eventId: string, tierId: string, quantity: number) => {
      setBusy(true);
      try {
        const { data } = await client.mutate({ mutation: ReserveBestAvailableMutation, variables: { eventId, tierId, quantity } });
        const seats = data?.reserveBestAvailable ?? [];
        notify(`Holding ${seats.map(seatCode).join(', ')}`, 'success');
        void ensureHoldKnown(client, eventId).catch(() => undefined);
      } catch (error) {
        const code = errorCodeOf(error);
        if (code === 'SOLD_OUT' || code === 'CONFLICT') notify(`No ${quantity} adjacent seats are free in that tier right now.`, 'error');
        else notify(seatErrorMessage(error), 'error');
      } finally {
        setBusy(false);
      }
    },
    [client, notify],
  );
  return { reserve, busy };
}
