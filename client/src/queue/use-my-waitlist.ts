import { useEffect } from 'react';
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useSession } from '../app-services.tsx';
import { MeQuery } from '../auth/me-query.ts';
import type { WaitlistEntryFieldsFragment } from '../generated/graphql.ts';
import { formatCount } from '../ui/format.ts';
import { useToast } from '../ui/toasts.tsx';
import { MyWaitlistQuery, OfferedHoldsSubscription } from './queue.operations.ts';

/**
 * The signed-in buyer's waitlist entries (none for a guest), live: when seats or tickets come
 * back, the server puts them straight into the buyer's hold (`holdUpdated` says which entry it
 * was for); the buyer is told, and the waitlist and the holds are read again.
 */
export function useMyWaitlist(): WaitlistEntryFieldsFragment[] {
  const client = useApolloClient();
  const session = useSession();
  const notify = useToast();
  const { data } = useQuery(MyWaitlistQuery, session ? {} : skipToken);

  useEffect(() => {
    if (!session) return;
    const subscription = client.subscribe({ query: OfferedHoldsSubscription, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ data: pushed }) => {
        const entry = pushed?.holdUpdated.waitlistEntry;
        if (!entry || pushed.holdUpdated.status !== 'ACTIVE') return;
        notify(`${formatCount(entry.offered ?? entry.quantity)} came back for you from the waitlist: they are in your hold now.`, 'success');
        void client.refetchQueries({ include: [MyWaitlistQuery, MeQuery] });
      },
    });
    return () => subscription.unsubscribe();
  }, [client, notify, session]);

  return data?.me?.waitlist ?? [];
}
