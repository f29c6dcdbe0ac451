import type { Resolvers } from '../generated/graphql.ts';
import type { GraphQLContext } from '../context.ts';
import { activeHoldOf } from '../holds/hold-contents.ts';
import { actingBuyer } from '../partners/access.ts';
import { findEventFor, findWatchableEvent } from '../partners/event-access.ts';
import { notFound } from '../shared/errors.ts';
import { parseId, toId } from '../shared/ids.ts';
import { releaseSeat } from './release-seat.ts';
import { reserveBestAvailable } from './reserve-best-available.ts';
import { reserveSeats, type Reservation } from './reserve-seats.ts';
import { seatLabel } from './seat-label.ts';
import { SeatSchema } from './seat.entity.ts';
import { seatView, type SeatView } from './seat-view.ts';

/** The reserved seats, each saying which hold it went into (copies: the published payloads stay as they are). */
const answer = ({ seats, hold }: Reservation): SeatView[] => seats.map((seat) => ({ ...seat, reservedFor: hold }));

/** Rule 8: whether the caller holds the seat, never who does. */
function heldByCaller(seat: SeatView, ctx: GraphQLContext): boolean {
  if (seat.status !== 'HELD') return false;
  return seat.reservedFor !== undefined || (ctx.user !== null && seat.holderId === ctx.user.id);
}

export const seatsResolvers: Resolvers = {
  Query: {
    seat: async (_parent, { id }, ctx) => {
      const seat = await ctx.em.findOne(SeatSchema, parseId(id));
      // Another organiser's draft (or an event a key does not reach): the same answer as a seat that does not exist.
      if (!seat || !(await findEventFor(ctx, seat.event.id).then(() => true, () => false))) throw notFound('Seat', id);
      return seatView(seat);
    },
  },
  Mutation: {
    reserveSeat: async (_parent, { id, version, holdToken }, ctx) => {
      const { buyerId, token } = actingBuyer(ctx, holdToken);
      return answer(await reserveSeats(ctx.app, buyerId, [{ id: parseId(id), version }], { token }))[0]!;
    },
    reserveSeats: async (_parent, { seats, holdToken }, ctx) => {
      const { buyerId, token } = actingBuyer(ctx, holdToken);
      return answer(await reserveSeats(ctx.app, buyerId, seats.map((s) => ({ id: parseId(s.id), version: s.version })), { token }));
    },
    reserveBestAvailable: async (_parent, { eventId, tierId, quantity, holdToken }, ctx) => {
      const { buyerId, token } = actingBuyer(ctx, holdToken);
      return answer(await reserveBestAvailable(ctx.app, ctx.em, buyerId, parseId(eventId, 'eventId'), parseId(tierId, 'tierId'), quantity, { token }));
    },
    releaseSeat: (_parent, { id, holdToken }, ctx) => releaseSeat(ctx.app, actingBuyer(ctx, holdToken).buyerId, parseId(id)),
  },
  Subscription: {
    seatUpdated: {
      subscribe: async (_parent, { eventId }, ctx) => {
        const event = await findWatchableEvent(ctx, parseId(eventId, 'eventId'));
        return ctx.app.publisher.subscribe('seat', event.id);
      },
      resolve: (seat: SeatView) => seat,
    },
  },
  Seat: {
    id: (seat) => toId(seat.id),
    eventId: (seat) => toId(seat.eventId),
    label: (seat) => seatLabel(seat),
    tier: (seat, _args, ctx) => ctx.loaders.tier(seat.eventId, seat.tierId),
    heldByMe: (seat, _args, ctx) => heldByCaller(seat, ctx),
    hold: (seat, _args, ctx) => {
      if (!heldByCaller(seat, ctx)) return null;
      return seat.reservedFor ?? activeHoldOf(ctx.em, seat.holderId!, seat.eventId);
    },
  },
};
