import { useMutation } from '@apollo/client/react';
import { graphql } from '../generated/index.ts';

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) { secret webhook { id } }
  }
`);

/** Makes a webhook; its signing secret is in the answer, once. */
export function useCreateWebhook() {
  return useMutation(CreateWebhookMutation);
}
