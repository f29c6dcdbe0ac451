import type { Resolvers } from '../generated/graphql.ts';
import { findVisibleEvent, isEventVisible } from '../events/events.service.ts';
import { requireUser } from '../shared/guards.ts';
import { notFound } from '../shared/errors.ts';
import { parseId, toId } from '../shared/ids.ts';
import { releaseSeat } from './release-seat.ts';
import { reserveBestAvailable } from './reserve-best-available.ts';
import { reserveSeats } from './reserve-seats.ts';
import { SeatSchema } from './seat.entity.ts';
import { seatView, type SeatView } from './seat-view.ts';

export const seatsResolvers: Resolvers = {
  Query: {
    seat: async (_parent, { id }, ctx) => {
      const seat = await ctx.em.findOne(SeatSchema, parseId(id));
      // Another organiser's draft: the same answer as a seat that does not exist.
      if (!seat || !(await isEventVisible(ctx.em, ctx.user, seat.event.id))) throw notFound('Seat', id);
      return seatView(seat);
    },
  },
  Mutation: {
    reserveSeat: async (_parent, { id, version }, ctx) => {
      const { seats } = await reserveSeats(ctx.app, requireUser(ctx).id, [{ id: parseId(id), version }]);
      return seats[0]!;
    },
    reserveSeats: async (_parent, { seats }, ctx) =>
      (await reserveSeats(ctx.app, requireUser(ctx).id, seats.map((s) => ({ id: parseId(s.id), version: s.version })))).seats,
    reserveBestAvailable: async (_parent, { eventId, tierId, quantity }, ctx) =>
      (await reserveBestAvailable(ctx.app, ctx.em, requireUser(ctx).id, parseId(eventId, 'eventId'), parseId(tierId, 'tierId'), quantity)).seats,
    releaseSeat: (_parent, { id }, ctx) => releaseSeat(ctx.app, requireUser(ctx).id, parseId(id)),
  },
  Subscription: {
    seatUpdated: {
      subscribe: async (_parent, { eventId }, ctx) => {
        const event = await findVisibleEvent(ctx.em, ctx.user, parseId(eventId, 'eventId'));
        return ctx.app.publisher.subscribe('seat', event.id);
      },
      resolve: (seat: SeatView) => seat,
    },
  },
  Seat: {
    id: (seat) => toId(seat.id),
    eventId: (seat) => toId(seat.eventId),
    tier: (seat, _args, ctx) => ctx.loaders.tier(seat.eventId, seat.tierId),
    // Rule 8: whether the caller holds it, never who does.
    heldByMe: (seat, _args, ctx) => ctx.user !== null && seat.status === 'HELD' && seat.holderId === ctx.user.id,
  },
};
