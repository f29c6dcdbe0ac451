import { useEffect, useRef } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useAppServices, useSession } from '../app-services.tsx';
import { mergeQueueTicket } from '../live/version-merge.ts';
import { EventQueueQuery, EventQueueRoomFragment, QueueUpdatedSubscription } from './queue.operations.ts';

/**
 * The event's waiting room and the buyer's ticket, live: once joined, `queueUpdated` pushes the
 * ticket (its first message is the ticket as it stands); after a reconnect the room and ticket
 * are read again. Every ticket after the first answer, pushed or read, goes through
 * `mergeQueueTicket`, so one overtaken in transit never moves the buyer back. `aheadAtFirst`
 * remembers how many were ahead when the buyer first saw their place, for the progress bar.
 */
export function useQueueTicket(eventId: string) {
  const client = useApolloClient();
  const session = useSession();
  const { connection } = useAppServices();
  const signedIn = session !== null;
  // After its first answer the query only reads the cache: a refetch of every active query (the
  // seat map's after a reconnect) would otherwise write its ticket over a newer push, unguarded.
  const { data, dataState, loading, error, refetch } = useQuery(EventQueueQuery, { variables: { eventId, signedIn }, nextFetchPolicy: 'cache-only' });
  // ... so when the cache is emptied under it (signing in or out resets the store), it reads again
  // itself; not after a failed read, which would only fail again in a loop.
  const emptied = dataState === 'empty' && !loading && !error;
  useEffect(() => {
    if (emptied) void refetch().catch(() => undefined);
  }, [emptied, refetch]);
  const ticket = data?.queueTicket ?? null;
  const joined = ticket !== null;
  const aheadAtFirst = useRef<number | null>(null);
  if (aheadAtFirst.current === null && ticket?.aheadOfYou != null && ticket.status === 'WAITING') aheadAtFirst.current = ticket.aheadOfYou;

  useEffect(() => {
    if (!joined || !signedIn) return;
    const subscription = client.subscribe({ query: QueueUpdatedSubscription, variables: { eventId }, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ data: pushed }) => void (pushed && mergeQueueTicket(client.cache, eventId, pushed.queueUpdated)),
    });
    return () => subscription.unsubscribe();
  }, [client, eventId, joined, signedIn]);

  useEffect(() => {
    // Pushes during the gap are lost: read the room and the ticket again, the ticket through the same guard.
    const resync = async () => {
      const { data: fresh } = await client.query({ query: EventQueueQuery, variables: { eventId, signedIn }, fetchPolicy: 'no-cache' });
      if (fresh?.event) client.cache.writeFragment({ fragment: EventQueueRoomFragment, data: fresh.event });
      if (fresh?.queueTicket) mergeQueueTicket(client.cache, eventId, fresh.queueTicket);
    };
    return connection.onReconnected(() => void resync().catch(() => undefined));
  }, [client, connection, eventId, signedIn]);

  return { queue: data?.event?.queue ?? null, ticket, loading: loading && !data, error, aheadAtFirst: aheadAtFirst.current };
}
