import { useCallback, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { errorMessageOf } from '../apollo/graphql-errors.ts';
import { graphql } from '../generated/index.ts';
import { useDismissToasts, useToast } from '../ui/toasts.tsx';
import { upsertMyHold } from './my-holds-cache.ts';

export const ReleaseHoldMutation = graphql(`
  mutation ReleaseHold($holdId: ID!) {
    releaseHold(holdId: $holdId) {
      ...HoldFields
    }
  }
`);

/** Gives the whole hold back; its seats come back on the map through seatUpdated. */
export function useReleaseHold() {
  const client = useApolloClient();
  const notify = useToast();
  const dismissToasts = useDismissToasts();
  const [busy, setBusy] = useState(false);
  const release = useCallback(
    async (holdId: string) => {
      setBusy(true);
      try {
        const { data } = await client.mutate({ mutation: ReleaseHoldMutation, variables: { holdId } });
        if (data) upsertMyHold(client.cache, data.releaseHold);
        dismissToasts('hold');
      } catch (error) {
        notify(errorMessageOf(error), 'error');
      } finally {
        setBusy(false);
      }
    },
    [client, notify, dismissToasts],
  );
  return { release, busy };
}
