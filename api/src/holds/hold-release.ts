import type { EntityManager } from '@mikro-orm/postgresql';
import { HOLD_COLUMNS, SEAT_VIEW_COLUMNS, tierViewColumns, intArray, query } from '../db/sql.ts';
import type { Changes } from '../realtime/changes.ts';
import type { HoldView, SeatView, TierView } from '../realtime/views.ts';
import type { HoldStatus } from './hold.entity.ts';

/**
 * Ends the given holds that are still ACTIVE and puts their seats and tickets back on sale,
 * inside the caller's transaction. The status condition makes it safe when several processes
 * (sweepers, a buyer's release, a checkout) race for the same hold: only the one whose UPDATE
 * matched releases anything. Returns the holds it ended.
 */
export async function endHolds(
  em: EntityManager,
  holdIds: readonly number[],
  status: Exclude<HoldStatus, 'ACTIVE' | 'CHECKED_OUT'>,
  now: Date,
  changes: Changes,
): Promise<HoldView[]> {
  if (holdIds.length === 0) return [];
  const ended = await query<HoldView>(
    em,
    `update holds set status = ?, ended_at = ?, item_count = 0 where id = any(?::int[]) and status = 'ACTIVE' returning ${HOLD_COLUMNS}`,
    [status, now, intArray(holdIds)],
  );
  if (ended.length === 0) return [];
  const ids = intArray(ended.map((h) => h.id));
  await query(em, `update hold_seats set active = false where hold_id = any(?::int[]) and active`, [ids]);
  const seats = await query<SeatView>(
    em,
    `update seats set status = 'AVAILABLE', hold_id = null, holder_id = null, version = version + 1
     where hold_id = any(?::int[]) and status = 'HELD' returning ${SEAT_VIEW_COLUMNS}`,
    [ids],
  );
  const tiers = await query<TierView>(
    em,
    `update tiers t set held = t.held - h.quantity, version = t.version + 1
     from (select tier_id, sum(quantity)::int as quantity from hold_tickets where hold_id = any(?::int[]) group by tier_id) h
     where t.id = h.tier_id returning ${tierViewColumns('t')}`,
    [ids],
  );
  changes.seats.push(...seats);
  changes.tiers.push(...tiers);
  changes.holds.push(...ended);
  return ended;
}
