import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../generated/index.ts';
import { useBeginSession } from './use-begin-session.ts';

export const LogInMutation = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      token
      user {
        id
        email
        name
        role
      }
    }
  }
`);

/** Logs in and starts the session; a wrong email or password rejects (the form words it). */
export function useLogIn(): (email: string, password: string) => Promise<void> {
  const client = useApolloClient();
  const begin = useBeginSession();
  return useCallback(
    async (email, password) => {
      const { data } = await client.mutate({ mutation: LogInMutation, variables: { email, password } });
      if (data) await begin({ token: data.logIn.token, user: data.logIn.user });
    },
    [client, begin],
  );
}
