import type { Resolvers } from '../generated/graphql.ts';
import { findVisibleEvent } from '../events/events.service.ts';
import { projected } from '../realtime/projection.ts';
import { badInput, forbidden } from '../shared/errors.ts';
import { requireOrganizer, requireUser } from '../shared/guards.ts';
import { parseId, toId } from '../shared/ids.ts';
import { findTicket, joinQueue } from './join-queue.ts';
import { QueuePolicyLoader } from './queue-policy-store.ts';
import { loadTicket } from './queue-reads.ts';
import { queueStats } from './queue-stats.ts';
import type { QueueStatsView, QueueTicketView } from './queue-views.ts';
import { ticketProjection } from './queue-watch.ts';
import { setEventQueue } from './set-event-queue.ts';

/** One batched reader of `Event.queue` per operation (an events page asks for each event's). */
const policyLoaders = new WeakMap<object, QueuePolicyLoader>();

export const queueResolvers: Resolvers = {
  Query: {
    queueTicket: (_parent, { eventId }, ctx) => findTicket(ctx.app, parseId(eventId, 'eventId'), requireUser(ctx).id),
  },
  Mutation: {
    joinQueue: (_parent, { eventId }, ctx) => joinQueue(ctx.app, parseId(eventId, 'eventId'), { buyerId: requireUser(ctx).id, clientIp: ctx.clientIp }),
    setEventQueue: (_parent, { eventId, queue }, ctx) => setEventQueue(ctx.em, requireOrganizer(ctx), parseId(eventId, 'eventId'), queue, ctx.app.clock.now()),
  },
  Subscription: {
    queueUpdated: {
      // The first frame is the ticket as it stands; after that every watcher of the event shares
      // one message per step, and its own ticket is computed from it (queue-watch.ts).
      subscribe: async (_parent, { eventId }, ctx) => {
        const buyerId = requireUser(ctx).id;
        const id = parseId(eventId, 'eventId');
        // A ticket exists only for an event on sale (joinQueue): no other check of the event is needed.
        // Listening from here (realtime/local-fanout.ts), so a step published while the ticket is read is not lost.
        const source = ctx.app.publisher.subscribe('queue', id);
        const loaded = await loadTicket(ctx.em, id, buyerId, ctx.app.clock.now()).catch((error: unknown) => {
          void source.return?.();
          throw error;
        });
        if (!loaded) {
          void source.return?.();
          throw badInput('Join the waiting room first (joinQueue)');
        }
        return projected(source, ticketProjection(loaded, { orm: ctx.app.orm, positions: ctx.app.queuePositions, clock: ctx.app.clock }));
      },
      resolve: (ticket: QueueTicketView) => ticket,
    },
    queueStatsUpdated: {
      subscribe: async (_parent, { eventId }, ctx) => {
        const organizer = requireOrganizer(ctx);
        const event = await findVisibleEvent(ctx.em, ctx.user, parseId(eventId, 'eventId'));
        if (event.organizerId !== organizer.id) throw forbidden('Only the event’s organiser watches its waiting room');
        return ctx.app.publisher.subscribe('queueStats', event.id);
      },
      resolve: (stats: QueueStatsView) => stats,
    },
  },
  Event: {
    queue: (event, _args, ctx) => {
      let loader = policyLoaders.get(ctx.loaders);
      if (!loader) policyLoaders.set(ctx.loaders, (loader = new QueuePolicyLoader(ctx.em)));
      return loader.load(event.id);
    },
  },
  QueuePolicy: {
    stats: (policy, _args, ctx) => (ctx.user?.id === policy.organizerId ? queueStats(ctx.em, policy.eventId, ctx.app.clock.now()) : null),
  },
  QueueStats: {
    eventId: (stats) => toId(stats.eventId),
  },
};
