import type { Resolvers } from '../generated/graphql.ts';
import { SeatSchema, seatView } from '../seats/seat.entity.ts';
import { requireUser } from '../shared/guards.ts';
import { parseId, toId } from '../shared/ids.ts';
import { cancelOrder } from './cancel-order.ts';
import { checkout } from './checkout.ts';
import { ticketsOf } from './order-contents.ts';
import { OrderSchema } from './order.entity.ts';

export const ordersResolvers: Resolvers = {
  Mutation: {
    checkout: (_parent, { holdId, idempotencyKey }, ctx) =>
      checkout(ctx.app, ctx.em, requireUser(ctx).id, parseId(holdId, 'holdId'), idempotencyKey),
    cancelOrder: (_parent, { id }, ctx) => cancelOrder(ctx.app, ctx.em, requireUser(ctx).id, parseId(id)),
  },
  Order: {
    id: (order) => toId(order.id),
    eventId: (order) => toId(order.eventId),
    tickets: (order, _args, ctx) => ticketsOf(ctx.em, order.id),
  },
  Ticket: {
    id: (ticket) => toId(ticket.id),
    tier: async (ticket, _args, ctx) => {
      const order = await ctx.em.findOneOrFail(OrderSchema, ticket.orderId);
      return ctx.loaders.tier(order.eventId, ticket.tierId);
    },
    seat: async (ticket, _args, ctx) => {
      if (ticket.seatId == null) return null;
      return seatView(await ctx.em.findOneOrFail(SeatSchema, ticket.seatId));
    },
  },
};
