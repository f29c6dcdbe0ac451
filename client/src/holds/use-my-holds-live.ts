import { useEffect } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useSession } from '../app-services.tsx';
import { useToast } from '../ui/toasts.tsx';
import { mergeHold } from '../live/version-merge.ts';
import { graphql } from '../generated/index.ts';
import { upsertMyHold } from './my-holds-cache.ts';

export const HoldUpdatedSubscription = graphql(`
  subscription HoldUpdated {
    holdUpdated {
      ...HoldFields
    }
  }
`);


/**
 * The signed-in buyer's holds, live: seats added, extended, expired, checked out. An expired hold
 * is told plainly; its seats come back on the map through seatUpdated like any other change.
 */
export function useMyHoldsLive(): void {
  const client = useApolloClient();
  const session = useSession();
  const notify = useToast();
  const userId = session?.user.id ?? null;

  useEffect(() => {
    if (!userId) return;
    const subscription = client.subscribe({ query: HoldUpdatedSubscription, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ data }) => {
        const hold = data?.holdUpdated;
        if (!hold) return;
        if (!mergeHold(client.cache, hold)) return;
        upsertMyHold(client.cache, hold);
        if (hold.status === 'EXPIRED') notify('Your hold expired: the seats and tickets went back on sale.', 'error');
      },
    });
    return () => subscription.unsubscribe();
  }, [client, userId, notify]);
}
