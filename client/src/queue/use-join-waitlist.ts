import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../generated/index.ts';
import { MyWaitlistQuery } from './queue.operations.ts';

export const JoinWaitlistMutation = graphql(`
  mutation JoinWaitlist($tierId: ID!, $quantity: Int!) {
    joinWaitlist(tierId: $tierId, quantity: $quantity) {
      ...WaitlistEntryFields
    }
  }
`);

/** Puts the buyer in line for a sold-out tier; the buyer's waitlist is read again. */
export function useJoinWaitlist(): (tierId: string, quantity: number) => Promise<void> {
  const client = useApolloClient();
  return useCallback(async (tierId: string, quantity: number) => {
    await client.mutate({ mutation: JoinWaitlistMutation, variables: { tierId, quantity } });
    await client.refetchQueries({ include: [MyWaitlistQuery] });
  }, [client]);
}
