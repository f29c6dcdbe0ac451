import { useEffect } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { EventQueueStatsQuery, QueueStatsUpdatedSubscription } from './queue.operations.ts';

/**
 * The event's waiting room with its live counts, for its organiser (null when it has none): read
 * once, then `queueStatsUpdated` pushes the counts after every step of the queue.
 */
export function useQueueStats(eventId: string) {
  const client = useApolloClient();
  const { data } = useQuery(EventQueueStatsQuery, { variables: { eventId } });
  const queue = data?.event?.queue ?? null;
  const hasQueue = queue !== null;

  useEffect(() => {
    if (!hasQueue) return;
    const subscription = client.subscribe({ query: QueueStatsUpdatedSubscription, variables: { eventId }, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ data: pushed }) => {
        if (!pushed) return;
        const stats = pushed.queueStatsUpdated;
        // QueueStats has no id of its own: the pushed counts replace those under the event's queue.
        client.cache.updateQuery({ query: EventQueueStatsQuery, variables: { eventId } }, (previous) =>
          previous?.event?.queue ? { event: { ...previous.event, queue: { ...previous.event.queue, stats } } } : previous,
        );
      },
    });
    return () => subscription.unsubscribe();
  }, [client, eventId, hasQueue]);

  return queue;
}
