import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../generated/index.ts';
import { upsertMyHold } from './my-holds-cache.ts';

export const ExtendHoldMutation = graphql(`
  mutation ExtendHold($holdId: ID!) {
    extendHold(holdId: $holdId) {
      ...HoldFields
    }
  }
`);

/** The heartbeat's request. A failed beat is not news: the hold's own status (holdUpdated) says when it is gone. */
export function useExtendHold(): (holdId: string) => Promise<void> {
  const client = useApolloClient();
  return useCallback(
    async (holdId) => {
      try {
        const { data } = await client.mutate({ mutation: ExtendHoldMutation, variables: { holdId } });
        if (data) upsertMyHold(client.cache, data.extendHold);
      } catch {
        // see above
      }
    },
    [client],
  );
}
