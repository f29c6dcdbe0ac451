import { useCallback, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { errorCodeOf, errorMessageOf } from '../apollo/graphql-errors.ts';
import { graphql } from '../generated/index.ts';
import type { HoldFieldsFragment, OrderFieldsFragment } from '../generated/graphql.ts';
import { upsertMyHold, upsertMyOrder } from '../holds/my-holds-cache.ts';
import { useDismissToasts } from '../ui/toasts.tsx';
import { checkoutKeyFor, forgetCheckoutKey } from './checkout-key.ts';

export const CheckoutMutation = graphql(`
  mutation Checkout($holdId: ID!, $idempotencyKey: String!) {
    checkout(holdId: $holdId, idempotencyKey: $idempotencyKey) {
      ...OrderFields
    }
  }
`);

export type CheckoutState =
  | { step: 'idle' }
  | { step: 'paying' }
  | { step: 'confirmed'; order: OrderFieldsFragment }
  | { step: 'failed'; message: string; retryable: boolean };

export function useCheckout() {
  const client = useApolloClient();
  const dismissToasts = useDismissToasts();
  const [state, setState] = useState<CheckoutState>({ step: 'idle' });

  const checkout = useCallback(
    async (hold: HoldFieldsFragment) => {
      setState({ step: 'paying' });
      try {
        const { data } = await client.mutate({ mutation: CheckoutMutation, variables: { holdId: hold.id, idempotencyKey: checkoutKeyFor(hold.id) } });
        if (!data) throw new Error('The box office sent no order.');
        forgetCheckoutKey(hold.id);
        upsertMyOrder(client.cache, data.checkout);
        upsertMyHold(client.cache, { ...hold, status: 'CHECKED_OUT' });
        // "Holding J-12" is old news beside "Order confirmed".
        dismissToasts('hold');
        setState({ step: 'confirmed', order: data.checkout });
      } catch (error) {
        const code = errorCodeOf(error);
        if (code === 'HOLD_EXPIRED') {
          forgetCheckoutKey(hold.id);
          upsertMyHold(client.cache, { ...hold, status: 'EXPIRED' });
          setState({ step: 'failed', message: 'Your hold expired before checkout; the seats went back on sale.', retryable: false });
        } else {
          // Same key on retry: if the first attempt did reach the server, we get that order back.
          setState({ step: 'failed', message: code === 'NETWORK' ? 'The connection dropped during checkout.' : errorMessageOf(error), retryable: true });
        }
      }
    },
    [client, dismissToasts],
  );

  return { state, checkout, reset: () => setState({ step: 'idle' }) };
}
