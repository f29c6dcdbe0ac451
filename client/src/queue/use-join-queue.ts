import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../generated/index.ts';
import { mergeQueueTicket } from '../live/version-merge.ts';

export const JoinQueueMutation = graphql(`
  mutation JoinQueue($eventId: ID!) {
    joinQueue(eventId: $eventId) {
      ...QueueTicketFields
    }
  }
`);

/**
 * Takes the buyer's place in an event's waiting room (asking again answers the same ticket). The
 * answer is the ticket: it goes where the event's queue is read, through the same ordering guard
 * as the pushes (`no-cache`: not written by Apollo unguarded), and from then on queueUpdated moves it.
 */
export function useJoinQueue(): (eventId: string) => Promise<void> {
  const client = useApolloClient();
  return useCallback(async (eventId: string) => {
    const { data } = await client.mutate({ mutation: JoinQueueMutation, variables: { eventId }, fetchPolicy: 'no-cache' });
    if (data) mergeQueueTicket(client.cache, eventId, data.joinQueue);
  }, [client]);
}
