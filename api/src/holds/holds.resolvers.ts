import type { Resolvers } from '../generated/graphql.ts';
import type { HoldView } from './hold-view.ts';
import { actingBuyer, holdBuyer, keyMay, requireKeyScope } from '../partners/access.ts';
import { notFound } from '../shared/errors.ts';
import { requireUser } from '../shared/guards.ts';
import { parseId, toId } from '../shared/ids.ts';
import { heldSeatLines, heldSeats, heldTickets, ownHold } from './hold-contents.ts';
import { isExpiringSoon } from './hold-timing.ts';
import { extendHold, releaseHold } from './hold-lifecycle.ts';
import { holdTickets } from './hold-tickets.ts';

export const holdsResolvers: Resolvers = {
  Query: {
    hold: async (_parent, { id }, ctx) => {
      const holdId = parseId(id);
      const owner = ctx.apiKey ? { apiKeyId: (keyMay(ctx.apiKey, 'READ') ? ctx.apiKey : requireKeyScope(ctx, 'SELL')).id } : { buyerId: requireUser(ctx).id };
      const hold = await ownHold(ctx.em, holdId, owner);
      if (!hold) throw notFound('Hold', id);
      return hold;
    },
  },
  Mutation: {
    holdTickets: (_parent, { tierId, quantity, holdToken }, ctx) => {
      const { buyerId, token } = actingBuyer(ctx, holdToken);
      return holdTickets(ctx.app, buyerId, parseId(tierId, 'tierId'), quantity, token);
    },
    extendHold: async (_parent, { holdId }, ctx) => {
      const hold = parseId(holdId, 'holdId');
      return extendHold(ctx.app, (await holdBuyer(ctx, hold)).buyerId, hold);
    },
    releaseHold: async (_parent, { holdId }, ctx) => {
      const hold = parseId(holdId, 'holdId');
      return releaseHold(ctx.app, ctx.em, (await holdBuyer(ctx, hold)).buyerId, hold);
    },
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
    // A hold is only ever shown to its owner: its seats are theirs (`reservedFor`, for a partner's customer too).
    seats: async (hold, _args, ctx) =>
      hold.status === 'ACTIVE' ? (hold.contents?.seats ?? (await heldSeats(ctx.em, hold.id))).map((seat) => ({ ...seat, reservedFor: hold })) : (hold.returnedSeats ?? []),
    heldSeats: async (hold, _args, ctx) =>
      hold.status === 'ACTIVE' ? (await heldSeatLines(ctx.em, hold.id)).map(({ priceCents, ...seat }) => ({ seat: { ...seat, reservedFor: hold }, priceCents })) : [],
    tickets: (hold, _args, ctx) => heldTickets(ctx.em, hold),
    totalCents: async (hold, _args, ctx) => (hold.contents ?? (await ctx.loaders.holdTotal(hold.id))).totalCents,
    currency: async (hold, _args, ctx) => (hold.contents ?? (await ctx.loaders.holdTotal(hold.id))).currency,
  },
  HeldTickets: {
    tier: (tickets, _args, ctx) => ctx.loaders.tier(tickets.eventId, tickets.tierId),
  },
};
