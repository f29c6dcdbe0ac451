import { useMutation } from '@apollo/client/react';
import { graphql } from '../generated/index.ts';

export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id) { id }
  }
`);

/** Deletes a webhook: no further deliveries. */
export function useDeleteWebhook() {
  return useMutation(DeleteWebhookMutation);
}
