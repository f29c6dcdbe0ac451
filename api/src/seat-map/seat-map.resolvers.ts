import type { Resolvers } from '../generated/graphql.ts';

/** The compact seat-map documents and each seat's kind, all from the per-event snapshots. */
export const seatMapResolvers: Resolvers = {
  Event: {
    seatLayout: (event, _args, ctx) => ctx.app.seatMaps.layout(event.id),
    seatStates: (event, _args, ctx) => ctx.app.seatMaps.states(event.id),
  },
  Seat: {
    kind: (seat, _args, ctx) => ctx.app.seatMaps.kindOf(seat.eventId, seat.id),
  },
};
