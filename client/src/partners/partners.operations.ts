import { graphql } from '../generated/index.ts';

export const MyEventsQuery = graphql(`
  query MyEvents {
    events(first: 100) { edges { node { id name status organizedByMe } } }
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys { id name secretPrefix scopes createdAt lastUsedAt revokedAt events { id name } }
  }
`);

export const WebhooksQuery = graphql(`
  query Webhooks {
    webhooks { id url types createdAt events { id name } }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($webhookId: ID!, $after: String) {
    webhookDeliveries(webhookId: $webhookId, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id messageId type status createdAt nextAttemptAt deliveredAt payload attempts { attemptedAt statusCode error durationMs } } }
    }
  }
`);

export const EventOrdersQuery = graphql(`
  query EventOrders($eventId: ID!, $search: String, $after: String) {
    event(id: $eventId) {
      id
      name
      orders(first: 50, search: $search, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id status totalCents currency createdAt buyer { email name } tickets { id checkedInAt seat { id label } tier { name } } } }
      }
    }
  }
`);
