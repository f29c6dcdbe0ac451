import { useMutation } from '@apollo/client/react';
import { graphql } from '../generated/index.ts';

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { secret apiKey { id } }
  }
`);

/** Makes an API key; its secret is in the answer, once. */
export function useCreateApiKey() {
  return useMutation(CreateApiKeyMutation);
}
