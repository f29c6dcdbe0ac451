import type { Resolvers } from '../generated/graphql.ts';
import { EventSchema } from '../events/event.entity.ts';
import { requireOrganizer } from '../shared/guards.ts';
import { parseId, toId } from '../shared/ids.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.ts';
import { createHoldToken } from './create-hold-token.ts';

export const partnersResolvers: Resolvers = {
  Query: {
    apiKeys: (_parent, _args, ctx) => listApiKeys(ctx.em, requireOrganizer(ctx).id),
  },
  Mutation: {
    createApiKey: (_parent, { input }, ctx) => createApiKey(ctx.em, requireOrganizer(ctx).id, ctx.app.clock.now(), input),
    revokeApiKey: (_parent, { id }, ctx) => revokeApiKey(ctx.app, ctx.em, requireOrganizer(ctx).id, parseId(id)),
    createHoldToken: (_parent, { eventId }, ctx) => createHoldToken(ctx, parseId(eventId, 'eventId')),
  },
  ApiKey: {
    id: (key) => toId(key.id),
    events: (key, _args, ctx) => ctx.em.find(EventSchema, { id: { $in: key.eventIds } }, { orderBy: { id: 'asc' } }),
  },
};
