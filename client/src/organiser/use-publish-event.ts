import { useCallback, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { errorMessageOf } from '../apollo/graphql-errors.ts';
import { graphql } from '../generated/index.ts';
import { useToast } from '../ui/toasts.tsx';

export const PublishEventMutation = graphql(`
  mutation PublishEvent($id: ID!) {
    publishEvent(id: $id) {
      ...EventSummary
    }
  }
`);

/**
 * Puts a draft on sale, from wherever the organiser sees it (the list, the dashboard, right
 * after saving). The answer's status lands on the normalised Event, so every view of it
 * (list badge, dashboard header) changes in place.
 */
export function usePublishEvent() {
  const client = useApolloClient();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const publish = useCallback(
    async (eventId: string): Promise<boolean> => {
      setBusy(true);
      try {
        await client.mutate({ mutation: PublishEventMutation, variables: { id: eventId } });
        notify('Published: the event is on sale.', 'success');
        return true;
      } catch (error) {
        notify(`Could not publish: ${errorMessageOf(error)}`, 'error');
        return false;
      } finally {
        setBusy(false);
      }
    },
    [client, notify],
  );
  return { publish, busy };
}
