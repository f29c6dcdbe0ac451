import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../db/sql.ts';
import { VenueLayoutSchema } from '../events/venue-layout.entity.ts';
import { buildLayout, type StoredSeat } from './layout-builder.ts';
import type { SeatState } from './seat-states.ts';
import type { SeatLayoutJson } from '@tessera/venue';

/** The layout document of an event, read from its seats, its tiers and its stored geometry. */
export async function readLayout(em: EntityManager, eventId: number): Promise<SeatLayoutJson> {
  const [seats, tiers, venue] = await Promise.all([
    query<StoredSeat>(em, `select id, section, "row", number, x, y, tier_id as "tierId", kind from seats where event_id = ? order by id`, [eventId]),
    query<{ id: number }>(em.fork(), `select id from tiers where event_id = ? order by id`, [eventId]),
    em.fork().findOne(VenueLayoutSchema, eventId),
  ]);
  return buildLayout(eventId, seats, venue?.geometry ?? null, tiers.map((t) => t.id));
}

/** Every seat's state now: what a snapshot is built from and healed with. */
export function readSeatStates(em: EntityManager, eventId: number): Promise<SeatState[]> {
  return query<SeatState>(em, `select id, version, status from seats where event_id = ?`, [eventId]);
}

export async function countSeats(em: EntityManager, eventId: number): Promise<number> {
  const [row] = await query<{ n: number }>(em, `select count(*)::int as n from seats where event_id = ?`, [eventId]);
  return row?.n ?? 0;
}
