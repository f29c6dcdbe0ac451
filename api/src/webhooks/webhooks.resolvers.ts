import type { Resolvers } from '../generated/graphql.ts';
import { EventSchema } from '../events/event.entity.ts';
import { requireOrganizer } from '../shared/guards.ts';
import { parseId, toId } from '../shared/ids.ts';
import { attemptsOf, createWebhook, deleteWebhook, listWebhooks, redeliver, webhookDeliveries } from './webhooks.service.ts';

export const webhooksResolvers: Resolvers = {
  Query: {
    webhooks: (_parent, _args, ctx) => listWebhooks(ctx.em, requireOrganizer(ctx).id),
    webhookDeliveries: (_parent, { webhookId, first, after }, ctx) =>
      webhookDeliveries(ctx.em, requireOrganizer(ctx).id, parseId(webhookId, 'webhookId'), first ?? 20, after ?? null),
  },
  Mutation: {
    createWebhook: (_parent, { input }, ctx) => createWebhook(ctx.em, requireOrganizer(ctx).id, ctx.app.clock.now(), input, ctx.app.config.partners.webhookPrivateTargets),
    deleteWebhook: (_parent, { id }, ctx) => deleteWebhook(ctx.em, requireOrganizer(ctx).id, parseId(id), ctx.app.clock.now()),
    redeliverWebhook: (_parent, { deliveryId }, ctx) => redeliver(ctx.em, requireOrganizer(ctx).id, deliveryId, ctx.app.clock.now()),
  },
  Webhook: {
    id: (webhook) => toId(webhook.id),
    events: (webhook, _args, ctx) => ctx.em.find(EventSchema, { id: { $in: webhook.eventIds } }, { orderBy: { id: 'asc' } }),
  },
  WebhookDelivery: {
    nextAttemptAt: (delivery) => (delivery.status === 'PENDING' ? delivery.nextAttemptAt : null),
    attempts: (delivery, _args, ctx) => attemptsOf(ctx.em, delivery.id),
  },
};
