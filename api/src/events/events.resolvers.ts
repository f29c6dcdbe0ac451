import type { Resolvers } from '../generated/graphql.ts';
import { seatsOfEvent } from '../seats/seat-queries.ts';
import { requireOrganizer } from '../shared/guards.ts';
import { inSlices } from '../shared/in-slices.ts';
import { parseId, toId } from '../shared/ids.ts';
import type { TierView } from './tier-view.ts';
import type { GraphQLContext } from '../context.ts';
import { availableOf, type TierCounts } from './availability.ts';
import { createEvent, findVisibleEvent, listEvents, publishEvent } from './events.service.ts';

const NO_SEATS: TierCounts = { capacity: 0, held: 0, sold: 0 };

/** A tier's counts; without a promise once its event's seat counts are loaded (20,000 seats ask). */
function countsOf(tier: TierView, ctx: GraphQLContext): TierCounts | Promise<TierCounts> {
  if (tier.kind === 'GENERAL_ADMISSION') return tier;
  const loaded = ctx.loaders.loadedSeatCounts(tier.eventId);
  if (loaded) return loaded.get(tier.id) ?? NO_SEATS;
  return ctx.loaders.seatCounts(tier.eventId).then((counts) => counts.get(tier.id) ?? NO_SEATS);
}

function countOf(tier: TierView, ctx: GraphQLContext, pick: (counts: TierCounts) => number): number | Promise<number> {
  const counts = countsOf(tier, ctx);
  return counts instanceof Promise ? counts.then(pick) : pick(counts);
}

/** Seats of a map handed to graphql-js a slice at a time, so that other requests are served between slices. */
const SEATS_PER_SLICE = 500;

async function eventTotals(eventId: number, ctx: GraphQLContext) {
  const tiers = [...(await ctx.loaders.tiersOf(eventId)).values()];
  const counts = await Promise.all(tiers.map((t) => countsOf(t, ctx)));
  return {
    capacity: counts.reduce((sum, c) => sum + c.capacity, 0),
    available: counts.reduce((sum, c) => sum + availableOf(c), 0),
  };
}

export const eventsResolvers: Resolvers = {
  Query: {
    events: async (_parent, { first, after }, ctx) => {
      const page = await listEvents(ctx.em, ctx.user, first ?? 20, after ?? null);
      return {
        edges: page.events.map((node, i) => ({ node, cursor: page.cursors[i]! })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
        totalCount: page.totalCount,
      };
    },
    event: (_parent, { id }, ctx) => findVisibleEvent(ctx.em, ctx.user, parseId(id)),
  },
  Mutation: {
    createEvent: (_parent, { input }, ctx) => createEvent(ctx.em, requireOrganizer(ctx).id, input, ctx.app.clock.now()),
    publishEvent: (_parent, { id }, ctx) => publishEvent(ctx.em, requireOrganizer(ctx), parseId(id), ctx.app.clock.now()),
  },
  Subscription: {
    tierUpdated: {
      subscribe: async (_parent, { eventId }, ctx) => {
        const event = await findVisibleEvent(ctx.em, ctx.user, parseId(eventId, 'eventId'));
        return ctx.app.publisher.subscribe('tier', event.id);
      },
      resolve: (tier: TierView) => tier,
    },
  },
  Event: {
    id: (event) => toId(event.id),
    tiers: async (event, _args, ctx) => [...(await ctx.loaders.tiersOf(event.id)).values()],
    // Up to 50,000 rows: read as plain views, skipping entity hydration.
    seats: async (event, { kinds }, ctx) => {
      // Tiers, their counts and the kinds loaded first: then 20,000 seats resolve them without a promise each.
      const [seats, kindOf] = await Promise.all([
        seatsOfEvent(ctx.em, event.id),
        kinds ? ctx.app.seatMaps.kinds(event.id) : null,
        ctx.loaders.tiersOf(event.id),
        ctx.loaders.seatCounts(event.id),
      ]);
      const wanted = new Set(kinds ?? []);
      return inSlices(kindOf ? seats.filter((seat) => wanted.has(kindOf.get(seat.id) ?? 'STANDARD')) : seats, SEATS_PER_SLICE);
    },
    capacity: async (event, _args, ctx) => (await eventTotals(event.id, ctx)).capacity,
    available: async (event, _args, ctx) => (await eventTotals(event.id, ctx)).available,
  },
  Tier: {
    id: (tier) => toId(tier.id),
    eventId: (tier) => toId(tier.eventId),
    held: (tier, _args, ctx) => countOf(tier, ctx, (c) => c.held),
    sold: (tier, _args, ctx) => countOf(tier, ctx, (c) => c.sold),
    available: (tier, _args, ctx) => countOf(tier, ctx, availableOf),
  },
};
