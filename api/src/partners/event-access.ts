import type { GraphQLContext } from '../context.ts';
import { EventSchema, type Event } from '../events/event.entity.ts';
import { findVisibleEvent } from '../events/events.service.ts';
import { notFound } from '../shared/errors.ts';
import { keyReaches, requireKeyOn } from './access.ts';

/**
 * An event as the caller may see it: a person sees published events and their own drafts; a key
 * sees only the events it was made for (another event answers like a missing one).
 */
export async function findEventFor(ctx: GraphQLContext, eventId: number): Promise<Event> {
  if (!ctx.apiKey) return findVisibleEvent(ctx.em, ctx.user, eventId);
  const event = keyReaches(ctx.apiKey, eventId) ? await ctx.em.findOne(EventSchema, eventId) : null;
  if (!event) throw notFound('Event', String(eventId));
  return event;
}

/** An event whose live updates the caller may watch: a key needs `READ` on it. */
export async function findWatchableEvent(ctx: GraphQLContext, eventId: number): Promise<Event> {
  if (ctx.apiKey) requireKeyOn(ctx, 'READ', eventId);
  return findEventFor(ctx, eventId);
}
