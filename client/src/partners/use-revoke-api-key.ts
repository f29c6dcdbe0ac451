import { useMutation } from '@apollo/client/react';
import { graphql } from '../generated/index.ts';

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) { id revokedAt }
  }
`);

/** Revokes an API key: refused at once, its sockets closed. */
export function useRevokeApiKey() {
  return useMutation(RevokeApiKeyMutation);
}
