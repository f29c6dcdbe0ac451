import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useAppServices } from '../app-services.tsx';
import type { Session } from './auth-store.ts';
import { LogInMutation, SignUpMutation } from './auth.operations.ts';

/**
 * Signing in or out changes what the server tells us (`heldByMe`, `me`, organisers' drafts),
 * so the cache starts again and the socket reconnects with the new token.
 */
export function useAuthActions() {
  const client = useApolloClient();
  const { auth, socket } = useAppServices();

  const begin = useCallback(
    async (session: Session | null) => {
      auth.setSession(session);
      // Terminating makes graphql-ws reconnect at once, sending the new connectionParams.
      socket?.terminate();
      await client.resetStore();
    },
    [auth, socket, client],
  );

  const logIn = useCallback(
    async (email: string, password: string) => {
      const { data } = await client.mutate({ mutation: LogInMutation, variables: { email, password } });
      if (data) await begin({ token: data.logIn.token, user: data.logIn.user });
    },
    [client, begin],
  );

  const signUp = useCallback(
    async (email: string, password: string, name: string) => {
      const { data } = await client.mutate({ mutation: SignUpMutation, variables: { email, password, name } });
      if (data) await begin({ token: data.signUp.token, user: data.signUp.user });
    },
    [client, begin],
  );

  const logOut = useCallback(() => begin(null), [begin]);
  return { logIn, signUp, logOut };
}
