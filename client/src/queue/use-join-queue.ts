import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../generated/index.ts';
import { EventQueueQuery } from './queue.operations.ts';

export const JoinQueueMutation = graphql(`
  mutation JoinQueue($eventId: ID!) {
    joinQueue(eventId: $eventId) {
      ...QueueTicketFields
    }
  }
`);

/** Takes the buyer's place in an event's waiting room (asking again answers the same ticket); the event's queue is read again, and from then on queueUpdated moves the ticket. */
export function useJoinQueue(): (eventId: string) => Promise<void> {
  const client = useApolloClient();
  return useCallback(async (eventId: string) => {
    await client.mutate({ mutation: JoinQueueMutation, variables: { eventId }, refetchQueries: [EventQueueQuery], awaitRefetchQueries: true });
  }, [client]);
}
