import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../generated/index.ts';
import type { CreateEventInput, EventSummaryFragment } from '../generated/graphql.ts';

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      ...EventSummary
    }
  }
`);

/**
 * Saves a new event as a draft. Every cached page of the events list is dropped, so the
 * organiser's list (not on screen now) reads the new draft when it is shown. Errors go to the
 * caller's form.
 */
export function useCreateEvent(): (input: CreateEventInput) => Promise<EventSummaryFragment> {
  const client = useApolloClient();
  return useCallback(
    async (input) => {
      const { data } = await client.mutate({
        mutation: CreateEventMutation,
        variables: { input },
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'events' });
          cache.gc();
        },
      });
      if (!data) throw new Error('The server sent no event.');
      return data.createEvent;
    },
    [client],
  );
}
