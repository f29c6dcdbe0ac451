import type { Resolvers } from '../generated/graphql.ts';
import type { HoldView } from './hold-view.ts';
import { requireUser } from '../shared/guards.ts';
import { parseId, toId } from '../shared/ids.ts';
import { heldSeats, heldTickets } from './hold-contents.ts';
import { isExpiringSoon } from './hold-timing.ts';
import { extendHold, releaseHold } from './hold-lifecycle.ts';
import { holdTickets } from './hold-tickets.ts';

export const holdsResolvers: Resolvers = {
  Mutation: {
    holdTickets: (_parent, { tierId, quantity }, ctx) =>
      holdTickets(ctx.app, requireUser(ctx).id, parseId(tierId, 'tierId'), quantity),
    extendHold: (_parent, { holdId }, ctx) => extendHold(ctx.app, requireUser(ctx).id, parseId(holdId, 'holdId')),
    releaseHold: (_parent, { holdId }, ctx) => releaseHold(ctx.app, ctx.em, requireUser(ctx).id, parseId(holdId, 'holdId')),
  },
  Subscription: {
    holdUpdated: {
      subscribe: (_parent, _args, ctx) => ctx.app.publisher.subscribe('hold', requireUser(ctx).id),
      resolve: (hold: HoldView) => hold,
    },
  },
  Hold: {
    id: (hold) => toId(hold.id),
    eventId: (hold) => toId(hold.eventId),
    expiringSoon: (hold, _args, ctx) => isExpiringSoon(hold, ctx.app.clock.now(), ctx.app.config.holds),
    seats: (hold, _args, ctx) => (hold.status === 'ACTIVE' ? heldSeats(ctx.em, hold.id) : []),
    tickets: (hold, _args, ctx) => heldTickets(ctx.em, hold),
    totalCents: async (hold, _args, ctx) => (await ctx.loaders.holdTotal(hold.id)).totalCents,
    currency: async (hold, _args, ctx) => (await ctx.loaders.holdTotal(hold.id)).currency,
  },
  HeldTickets: {
    tier: (tickets, _args, ctx) => ctx.loaders.tier(tickets.eventId, tickets.tierId),
  },
};
