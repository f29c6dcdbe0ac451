import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthUser } from '../auth/tokens.ts';
import { query } from '../db/sql.ts';
import { isStorableDate } from '../shared/date-time.ts';
import { badInput, forbidden, notFound } from '../shared/errors.ts';
import { validate } from '../shared/validate.ts';
import { queueTimingProblem } from '../queue/queue-policy.ts';
import { insertQueuePolicy } from '../queue/queue-policy-store.ts';
import { createEventInput } from './event-input.ts';
import { EventSchema, type Event } from './event.entity.ts';
import { generateVenue } from '@tessera/venue';
import { describeVenueProblem } from './venue-problems.ts';
import { TierSchema } from './tier.entity.ts';
import { VenueLayoutSchema } from './venue-layout.entity.ts';

const SEAT_INSERT_CHUNK = 2000;

/** Creates a DRAFT event with its tiers and generated seats, in one transaction. It must start after `now`. */
export async function createEvent(em: EntityManager, organizerId: number, rawInput: unknown, now: Date): Promise<Event> {
  const input = validate(createEventInput, rawInput);
  if (input.startsAt.getTime() <= now.getTime()) throw badInput('startsAt: must be in the future');
  const queueProblem = input.queue ? queueTimingProblem(input.queue, input.startsAt, now) : null;
  if (queueProblem) throw badInput(queueProblem);
  const reservedTiers = input.tiers.filter((t) => t.kind === 'RESERVED').map((t) => t.name);
  const { seats, sections, shapes, problems } = generateVenue({ sections: input.sections, stage: input.stage, floor: input.floor, reservedTiers });
  if (problems.length > 0) throw badInput(`sections: ${problems.slice(0, 5).map(describeVenueProblem).join('; ')}`);

  return em.transactional(async (tx) => {
    const event = tx.create(EventSchema, {
      organizerId,
      name: input.name,
      venue: input.venue,
      startsAt: input.startsAt,
      status: 'DRAFT',
      perOrderLimit: input.perOrderLimit,
    });
    await tx.flush();
    const tiers = input.tiers.map((t) =>
      tx.create(TierSchema, {
        eventId: event.id,
        name: t.name,
        kind: t.kind,
        priceCents: t.priceCents,
        currency: t.currency,
        capacity: t.kind === 'RESERVED' ? seats.filter((s) => s.tier === t.name).length : t.capacity!,
        held: 0,
        sold: 0,
        version: 1,
      }),
    );
    await tx.flush();

    const tierIds = new Map(tiers.map((t) => [t.name, t.id]));
    for (let start = 0; start < seats.length; start += SEAT_INSERT_CHUNK) {
      const chunk = seats.slice(start, start + SEAT_INSERT_CHUNK);
      await query(
        tx,
        `insert into seats (event_id, tier_id, section, "row", number, x, y, kind) values ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flatMap((s) => [event.id, tierIds.get(s.tier)!, s.section, s.row, s.number, s.x, s.y, s.kind]),
      );
    }
    if (sections.length > 0 || shapes.length > 0) tx.create(VenueLayoutSchema, { eventId: event.id, geometry: { sections, shapes } });
    if (input.queue) await insertQueuePolicy(tx, event.id, input.queue);
    return event;
  });
}

/**
 * Puts the organiser's own draft on sale, however long ago it was saved. Publishing twice is
 * harmless; a draft whose start has passed cannot go on sale any more.
 */
export async function publishEvent(em: EntityManager, organizer: AuthUser, eventId: number, now: Date): Promise<Event> {
  const event = await em.findOne(EventSchema, eventId);
  if (!event) throw notFound('Event', String(eventId));
  if (event.organizerId !== organizer.id) throw forbidden('Only the event’s organiser can publish it');
  if (event.status === 'CLOSED') throw badInput(`Event ${eventId} is closed`);
  if (event.status === 'ON_SALE') return event;
  if (event.startsAt.getTime() <= now.getTime()) throw badInput(`Event ${eventId} started at ${event.startsAt.toISOString()}: it can no longer go on sale`);
  event.status = 'ON_SALE';
  await em.flush();
  return event;
}

/** Buyers see published events; an organiser also sees their own drafts. */
export function isVisibleTo(event: Event, viewer: AuthUser | null): boolean {
  return event.status !== 'DRAFT' || (viewer !== null && event.organizerId === viewer.id);
}

/** Whether the event exists and `viewer` may see it; false for another organiser's draft, as for a missing event. */
export async function isEventVisible(em: EntityManager, viewer: AuthUser | null, eventId: number): Promise<boolean> {
  const event = await em.findOne(EventSchema, eventId);
  return event !== null && isVisibleTo(event, viewer);
}

/** A draft's seats and tiers cannot be taken; buyers are told they do not exist. */
export async function isDraftEvent(em: EntityManager, eventId: number): Promise<boolean> {
  return (await em.findOne(EventSchema, eventId))?.status === 'DRAFT';
}

export async function findVisibleEvent(em: EntityManager, viewer: AuthUser | null, eventId: number): Promise<Event> {
  const event = await em.findOne(EventSchema, eventId);
  if (!event || !isVisibleTo(event, viewer)) throw notFound('Event', String(eventId));
  return event;
}

export interface EventPage {
  events: Event[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

const encodeCursor = (event: Event) => Buffer.from(JSON.stringify([event.startsAt.toISOString(), event.id])).toString('base64url');

function decodeCursor(cursor: string): { startsAt: Date; id: number } {
  try {
    const [startsAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [unknown, unknown];
    const date = typeof startsAt === 'string' ? new Date(startsAt) : null;
    if (date && isStorableDate(date) && typeof id === 'number' && Number.isInteger(id) && id >= 0 && id <= 2_147_483_647) return { startsAt: date, id };
  } catch {
    // fall through to the error below
  }
  throw badInput('after: not a cursor returned by this API');
}

/** Keyset pagination on (startsAt, id): stable while events are added, and cheap at any depth. */
export async function listEvents(em: EntityManager, viewer: AuthUser | null, first: number, after: string | null, onlyIds: readonly number[] | null = null): Promise<EventPage> {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first: must be between 1 and 100');
  // An API key lists the events it was made for (docs/rules.md, partners), drafts included.
  const visible = onlyIds
    ? { id: { $in: [...onlyIds] } }
    : viewer
      ? { $or: [{ status: { $ne: 'DRAFT' as const } }, { organizerId: viewer.id }] }
      : { status: { $ne: 'DRAFT' as const } };
  const position = after ? decodeCursor(after) : null;
  const where = position
    ? { $and: [visible, { $or: [{ startsAt: { $gt: position.startsAt } }, { startsAt: position.startsAt, id: { $gt: position.id } }] }] }
    : visible;
  const [rows, totalCount] = await Promise.all([
    em.find(EventSchema, where, { orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], limit: first + 1 }),
    em.fork().count(EventSchema, visible),
  ]);
  const events = rows.slice(0, first);
  return { events, cursors: events.map(encodeCursor), hasNextPage: rows.length > first, totalCount };
}
