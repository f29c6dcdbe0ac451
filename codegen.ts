import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * schema/*.graphql is the one source of truth. The server's resolver types are mapped to what
 * resolvers actually return (entities and views); the client's operations get typed documents.
 * `npm run codegen:check` fails when a generated file is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  ignoreNoDocuments: true,
  generates: {
    'api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.ts#GraphQLContext',
        useIndexSignature: true,
        mapperTypeSuffix: 'Model',
        useTypeImports: true,
        enumsAsTypes: true,
        defaultScalarType: 'unknown',
        scalars: { DateTime: { input: 'Date', output: 'Date | string' } },
        mappers: {
          User: '../auth/user-view.ts#UserView',
          Event: '../events/event.entity.ts#Event',
          Tier: '../events/tier-view.ts#TierView',
          Seat: '../seats/seat-view.ts#SeatView',
          Hold: '../holds/hold-view.ts#HoldView',
          HeldTickets: '../holds/hold-view.ts#HeldTicketsView',
          Order: '../orders/order-view.ts#OrderView',
          Ticket: '../orders/order-view.ts#TicketView',
          ApiKey: '../partners/api-key-view.ts#ApiKeyView',
          Webhook: '../webhooks/webhook-view.ts#WebhookView',
          WebhookDelivery: '../webhooks/webhook-view.ts#WebhookDeliveryView',
          WebhookAttempt: '../webhooks/webhook-view.ts#WebhookAttemptView',
          QueuePolicy: '../queue/queue-views.ts#QueuePolicyView',
          QueueStats: '../queue/queue-views.ts#QueueStatsView',
          QueueTicket: '../queue/queue-views.ts#QueueTicketView',
          WaitlistEntry: '../waitlist/waitlist-view.ts#WaitlistEntryView',
        },
      },
    },
    'client/src/generated/': {
      documents: ['client/src/**/*.{ts,tsx}', '!client/src/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
      },
    },
    // The command-line integration client: typed from the published schema like any third party.
    'cli/src/generated/': {
      documents: ['cli/src/**/*.ts', '!cli/src/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypeNameForRoot: true,
        // Node runs these files directly: imports need their real extension.
        importExtension: '.ts',
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
