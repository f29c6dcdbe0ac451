import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../generated/index.ts';
import { useBeginSession } from './use-begin-session.ts';

export const SignUpMutation = graphql(`
  mutation SignUp($email: String!, $password: String!, $name: String!, $organizerInvite: String) {
    signUp(email: $email, password: $password, name: $name, organizerInvite: $organizerInvite) {
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

/** Creates a buyer's account and starts its session; the API's refusal rejects (see sign-up-rules.ts for its wording). */
export function useSignUp(): (email: string, password: string, name: string) => Promise<void> {
  const client = useApolloClient();
  const begin = useBeginSession();
  return useCallback(
    async (email, password, name) => {
      const { data } = await client.mutate({ mutation: SignUpMutation, variables: { email, password, name } });
      if (data) await begin({ token: data.signUp.token, user: data.signUp.user });
    },
    [client, begin],
  );
}
