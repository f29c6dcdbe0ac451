import type { Resolvers } from '../generated/graphql.ts';
import type { SeatView } from '../realtime/views.ts';
import { findVisibleEvent, isEventVisible } from '../events/events.service.ts';
import { requireUser } from '../shared/guards.ts';
import { notFound } from '../shared/errors.ts';
import { parseId, toId } from '../shared/ids.ts';
import { releaseSeat } from './release-seat.ts';
import { reserveBestAvailable } from './reserve-best-available.ts';
import { reserveSeats } from './reserve-seats.ts';
import { SeatSchema, seatView } from './seat.entity.ts';

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
      const [seat] = await reserveSeats(ctx.app, ctx.em, requireUser(ctx).id, [{ id: parseId(id), version }]);
      return seat!;
    },
    reserveSeats: (_parent, { seats }, ctx) =>
      reserveSeats(ctx.app, ctx.em, requireUser(ctx).id, seats.map((s) => ({ id: parseId(s.id), version: s.version }))),
    reserveBestAvailable: (_parent, { eventId, tierId, quantity }, ctx) =>
      reserveBestAvailable(ctx.app, ctx.em, requireUser(ctx).id, parseId(eventId, 'eventId'), parseId(tierId, 'tierId'), quantity),
    releaseSeat: (_parent, { id }, ctx) => releaseSeat(ctx.app, ctx.em, requireUser(ctx).id, parseId(id)),
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
