import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../generated/index.ts';
import { MyWaitlistQuery } from './queue.operations.ts';

export const LeaveWaitlistMutation = graphql(`
  mutation LeaveWaitlist($id: ID!) {
    leaveWaitlist(id: $id) {
      ...WaitlistEntryFields
    }
  }
`);

/** Takes the buyer out of a tier's line; the buyer's waitlist is read again. */
export function useLeaveWaitlist(): (entryId: string) => Promise<void> {
  const client = useApolloClient();
  return useCallback(async (entryId: string) => {
    await client.mutate({ mutation: LeaveWaitlistMutation, variables: { id: entryId } });
    await client.refetchQueries({ include: [MyWaitlistQuery] });
  }, [client]);
}
