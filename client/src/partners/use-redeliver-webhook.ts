import { useMutation } from '@apollo/client/react';
import { graphql } from '../generated/index.ts';

export const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) { id status }
  }
`);

/** Sends a delivery again (a new attempt of the same message). */
export function useRedeliverWebhook() {
  return useMutation(RedeliverWebhookMutation);
}
