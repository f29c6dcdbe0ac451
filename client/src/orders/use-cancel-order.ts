import { useCallback, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { errorMessageOf } from '../apollo/graphql-errors.ts';
import { graphql } from '../generated/index.ts';
import { upsertMyOrder } from '../holds/my-holds-cache.ts';
import { useToast } from '../ui/toasts.tsx';

export const CancelOrderMutation = graphql(`
  mutation CancelOrder($id: ID!) {
    cancelOrder(id: $id) {
      ...OrderFields
    }
  }
`);

/** Cancels one of my orders: its seats and tickets go back on sale (they reach every map by seatUpdated). */
export function useCancelOrder() {
  const client = useApolloClient();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const cancel = useCallback(
    async (orderId: string): Promise<boolean> => {
      setBusy(true);
      try {
        const { data } = await client.mutate({ mutation: CancelOrderMutation, variables: { id: orderId } });
        if (data) upsertMyOrder(client.cache, data.cancelOrder);
        notify('Order cancelled.', 'success');
        return true;
      } catch (error) {
        notify(errorMessageOf(error), 'error');
        return false;
      } finally {
        setBusy(false);
      }
    },
    [client, notify],
  );
  return { cancel, busy };
}
