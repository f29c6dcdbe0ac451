import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useAppServices } from '../app-services.tsx';
import type { Session } from './auth-store.ts';

/**
 * Signing in or out changes what the server tells us (`heldByMe`, `me`, organisers' drafts),
 * so the cache starts again and the socket reconnects with the new token.
 */
export function useBeginSession(): (session: Session | null) => Promise<void> {
  const client = useApolloClient();
  const { auth, socket } = useAppServices();
  return useCallback(
    async (session) => {
      auth.setSession(session);
      // Terminating makes graphql-ws reconnect at once, sending the new connectionParams.
      socket?.terminate();
      await client.resetStore();
    },
    [auth, socket, client],
  );
}

export function useLogOut(): () => Promise<void> {
  const begin = useBeginSession();
  return useCallback(() => begin(null), [begin]);
}
