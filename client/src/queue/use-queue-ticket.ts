import { useEffect, useRef } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useAppServices, useSession } from '../app-services.tsx';
import type { QueueTicketFieldsFragment } from '../generated/graphql.ts';
import { EventQueueQuery, QueueTicketFieldsFragment as TicketFragment, QueueUpdatedSubscription } from './queue.operations.ts';

/**
 * The event's waiting room and the buyer's ticket, live: once joined, `queueUpdated` pushes the
 * ticket (its first message is the ticket as it stands) and each push is written over the cached
 * one; after a reconnect the ticket is read again. `aheadAtFirst` remembers how many were ahead
 * when the buyer first saw their place, for the progress bar.
 */
export function useQueueTicket(eventId: string) {
  const client = useApolloClient();
  const session = useSession();
  const { connection } = useAppServices();
  const { data, loading, error, refetch } = useQuery(EventQueueQuery, { variables: { eventId, signedIn: session !== null } });
  const ticket = data?.queueTicket ?? null;
  const joined = ticket !== null;
  const aheadAtFirst = useRef<number | null>(null);
  if (aheadAtFirst.current === null && ticket?.aheadOfYou != null && ticket.status === 'WAITING') aheadAtFirst.current = ticket.aheadOfYou;

  useEffect(() => {
    if (!joined || !session) return;
    const write = (next: QueueTicketFieldsFragment) =>
      client.cache.writeFragment({ fragment: TicketFragment, id: client.cache.identify({ __typename: 'QueueTicket', id: next.id }), data: next });
    const subscription = client.subscribe({ query: QueueUpdatedSubscription, variables: { eventId }, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ data: pushed }) => pushed && write(pushed.queueUpdated),
    });
    const stop = connection.onReconnected(() => void refetch());
    return () => {
      subscription.unsubscribe();
      stop();
    };
  }, [client, connection, eventId, joined, refetch, session]);

  return { queue: data?.event?.queue ?? null, ticket, loading: loading && !data, error, aheadAtFirst: aheadAtFirst.current };
}
