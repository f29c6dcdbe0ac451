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

/**
 * Creates an account and starts its session: a buyer's, or an organiser's with the invite code
 * the box office gave (blank: none sent). The API's refusal rejects (see sign-up-rules.ts for its wording).
 */
export function useSignUp(): (email: string, password: string, name: string, organizerInvite?: string) => Promise<void> {
  const client = useApolloClient();
  const begin = useBeginSession();
  return useCallback(
    async (email, password, name, organizerInvite = '') => {
      const invite = organizerInvite.trim();
      const { data } = await client.mutate({ mutation: SignUpMutation, variables: { email, password, name, ...(invite ? { organizerInvite: invite } : {}) } });
      if (data) await begin({ token: data.signUp.token, user: data.signUp.user });
    },
    [client, begin],
  );
}
