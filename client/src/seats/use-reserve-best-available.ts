import { useCallback, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { errorCodeOf } from '../apollo/graphql-errors.ts';
import { graphql } from '../generated/index.ts';
import { ensureHoldKnown } from '../holds/my-holds-cache.ts';
import { useToast } from '../ui/toasts.tsx';
import { seatCode } from './seat-appearance.ts';
import { seatErrorMessage } from './seat-errors.ts';

export const ReserveBestAvailableMutation = graphql(`
  mutation ReserveBestAvailable($eventId: ID!, $tierId: ID!, $quantity: Int!) {
    reserveBestAvailable(eventId: $eventId, tierId: $tierId, quantity: $quantity) {
      ...SeatState
      section
      row
      number
    }
  }
`);

/** How a best-available request ended: `no-block` when no adjacent block of that size is left. */
export type BestAvailableOutcome = 'held' | 'no-block' | 'failed';

/**
 * Best available: the server picks adjacent seats and holds them all or none. No optimistic
 * answer here, since only the server knows which seats it will pick; the held seats arrive with
 * their new versions in the response (and by subscription) and repaint in place. When no block
 * is left (SOLD_OUT), the caller offers seats apart instead.
 */
export function useReserveBestAvailable() {
  const client = useApolloClient();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const reserve = useCallback(
    async (eventId: string, tierId: string, quantity: number): Promise<BestAvailableOutcome> => {
      setBusy(true);
      try {
        const { data } = await client.mutate({ mutation: ReserveBestAvailableMutation, variables: { eventId, tierId, quantity } });
        const seats = data?.reserveBestAvailable ?? [];
        notify(`Holding ${seats.map(seatCode).join(', ')}`, 'success', { topic: 'hold' });
        void ensureHoldKnown(client, eventId).catch(() => undefined);
        return 'held';
      } catch (error) {
        const code = errorCodeOf(error);
        if (code === 'SOLD_OUT' || code === 'CONFLICT') return 'no-block';
        notify(seatErrorMessage(error), 'error');
        return 'failed';
      } finally {
        setBusy(false);
      }
    },
    [client, notify],
  );
  return { reserve, busy };
}
