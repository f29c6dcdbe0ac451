import type { Resolvers } from '../generated/graphql.ts';
import { SeatSchema } from '../seats/seat.entity.ts';
import { seatView } from '../seats/seat-view.ts';
import { requireUser } from '../shared/guards.ts';
import { parseId, toId } from '../shared/ids.ts';
import { cancelOrder } from './cancel-order.ts';
import { checkout } from './checkout.ts';
import { ticketsOf } from './order-contents.ts';

export const ordersResolvers: Resolvers = {
  Mutation: {
    checkout: (_parent, { holdId, idempotencyKey }, ctx) =>
      checkout(ctx.app, requireUser(ctx).id, parseId(holdId, 'holdId'), idempotencyKey),
    cancelOrder: (_parent, { id }, ctx) => cancelOrder(ctx.app, requireUser(ctx).id, parseId(id)),
  },
  Order: {
    id: (order) => toId(order.id),
    eventId: (order) => toId(order.eventId),
    tickets: async (order, _args, ctx) => (order.tickets ?? (await ticketsOf(ctx.em, order.id))).map((t) => ({ ...t, eventId: order.eventId })),
  },
  Ticket: {
    id: (ticket) => toId(ticket.id),
    tier: (ticket, _args, ctx) => ctx.loaders.tier(ticket.eventId, ticket.tierId),
    seat: async (ticket, _args, ctx) => {
      if (ticket.seatId == null) return null;
      return seatView(await ctx.em.findOneOrFail(SeatSchema, ticket.seatId));
    },
  },
};
