import type { Resolvers } from '../generated/graphql.ts';
import { holdBuyer, orderBuyer } from '../partners/access.ts';
import { parseId, toId } from '../shared/ids.ts';
import { cancelOrder } from './cancel-order.ts';
import { checkout, partnerSale } from './checkout.ts';
import { orderViewer } from './order-access.ts';
import { ticketsOf } from './order-contents.ts';
import { findOrder } from './order-queries.ts';
import { qrCodeSvg } from './ticket-qr.ts';

export const ordersResolvers: Resolvers = {
  Query: {
    order: (_parent, { id }, ctx) => findOrder(ctx, parseId(id)),
  },
  Mutation: {
    checkout: async (_parent, { holdId, idempotencyKey, buyer }, ctx) => {
      const hold = parseId(holdId, 'holdId');
      const owner = await holdBuyer(ctx, hold);
      return checkout(ctx.app, owner.buyerId, hold, idempotencyKey, owner.partner ? partnerSale(ctx.apiKey!.id, buyer) : null);
    },
    cancelOrder: async (_parent, { id }, ctx) => {
      const order = parseId(id);
      return cancelOrder(ctx.app, await orderBuyer(ctx, order), order);
    },
  },
  Order: {
    id: (order) => toId(order.id),
    eventId: (order) => toId(order.eventId),
    event: async (order, _args, ctx) => (await ctx.loaders.event(order.eventId))!,
    buyer: async (order, _args, ctx) => {
      const viewer = await orderViewer(ctx, order);
      if (viewer !== 'organiser' && viewer !== 'key') return null;
      if (order.buyerEmail) return { email: order.buyerEmail, name: order.buyerName ?? '' };
      const user = await ctx.loaders.user.load(order.buyerId);
      return { email: user.email, name: user.name };
    },
    tickets: async (order, _args, ctx) =>
      (order.tickets ?? (await ticketsOf(ctx.em, order.id))).map((t) => ({ ...t, eventId: order.eventId, buyerId: order.buyerId, apiKeyId: order.apiKeyId ?? null })),
  },
  Ticket: {
    id: (ticket) => toId(ticket.id),
    tier: (ticket, _args, ctx) => ctx.loaders.tier(ticket.eventId, ticket.tierId),
    seat: (ticket, _args, ctx) => (ticket.seatId == null ? null : (ticket.seat ?? ctx.loaders.seat.load(ticket.seatId))),
    secret: async (ticket, _args, ctx) => ((await orderViewer(ctx, ticket)) ? ticket.secret : null),
    qrCodeSvg: async (ticket, _args, ctx) => ((await orderViewer(ctx, ticket)) ? qrCodeSvg(ticket.secret) : null),
    checkedInAt: (ticket) => ticket.checkedInAt ?? null,
  },
};
