import { useCallback, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { errorCodeOf } from '../apollo/graphql-errors.ts';
import { graphql } from '../generated/index.ts';
import { seatErrorMessage } from '../seats/seat-errors.ts';
import { useToast } from '../ui/toasts.tsx';
import { upsertMyHold } from './my-holds-cache.ts';

export const HoldTicketsMutation = graphql(`
  mutation HoldTickets($tierId: ID!, $quantity: Int!) {
    holdTickets(tierId: $tierId, quantity: $quantity) {
      ...HoldFields
    }
  }
`);

/**
 * General-admission tickets into the hold. No optimistic answer: the tier's counters are the
 * server's to move (the conditional update decides who gets the last tickets); SOLD_OUT is
 * reported to the caller, which says so beside the tier.
 */
export function useHoldTickets() {
  const client = useApolloClient();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const hold = useCallback(
    async (tierId: string, quantity: number): Promise<'held' | 'sold-out' | 'failed'> => {
      setBusy(true);
      try {
        const { data } = await client.mutate({ mutation: HoldTicketsMutation, variables: { tierId, quantity } });
        if (data) upsertMyHold(client.cache, data.holdTickets);
        return 'held';
      } catch (error) {
        if (errorCodeOf(error) === 'SOLD_OUT') return 'sold-out';
        notify(seatErrorMessage(error), 'error');
        return 'failed';
      } finally {
        setBusy(false);
      }
    },
    [client, notify],
  );
  return { hold, busy };
}
