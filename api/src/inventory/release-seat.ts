import type { HoldDeadlines } from '../holds/hold-timing.ts';
import type { SeatView } from '../seats/seat-view.ts';
import { Changes } from './changes.ts';
import type { Batchable } from './coalesce.ts';
import { touchedExpiry } from './hold-times.ts';
import { holdJson, seatJson, waitlistedTiers } from './rows.ts';
import { statement, undoWhen } from './statement.ts';
import type { InventoryStore } from './store.ts';
import type { ClaimedHold } from './hold-claim.ts';

/**
 * Transition "release" of one seat: HELD -> AVAILABLE out of the holder's own hold (rule 8), its
 * version bumped. The hold is unclaimed first (one item fewer; giving back is activity, so the
 * inactivity clock restarts), then the seat, so that this statement, a checkout and the sweeper
 * all lock the hold before its seats and cannot deadlock; whichever commits first wins the seat.
 */
export const RELEASE_SEAT = statement('release_seat', ['buyer', 'seat', 'now', 'idleUntil'], (p) => `
with seat as (
  select id, event_id, status, version, hold_id, holder_id from seats where id = ${p.seat}
),
unclaimed as (
  update holds h set item_count = h.item_count - 1, last_activity_at = ${p.now}, expires_at = ${touchedExpiry('h', p)}
  from seat
  where h.id = (select hold_id from seat) and seat.status = 'HELD' and seat.holder_id = ${p.buyer} and h.status = 'ACTIVE'
  returning h.*
),
freed as (
  update seats s set status = 'AVAILABLE', hold_id = null, holder_id = null, version = s.version + 1
  from unclaimed u
  where s.id = ${p.seat} and s.hold_id = u.id and s.status = 'HELD'
  returning s.*
),
line as (
  update hold_seats l set active = false
  from unclaimed u, freed f
  where l.hold_id = u.id and l.seat_id = f.id and l.active
  returning l.id
)
select
  ${undoWhen('exists (select 1 from unclaimed) and (not exists (select 1 from freed) or not exists (select 1 from line))', 'the seat changed meanwhile')} as undone,
  (select json_build_object('id', id, 'version', version, 'status', status, 'holderId', holder_id, 'eventId', event_id) from seat) as seat,
  (select ${seatJson('freed')} from freed) as freed,
  (select ${holdJson('unclaimed')} from unclaimed) as hold,
  ${waitlistedTiers('select tier_id from freed')} as "waitlisted"`);

/** The types of its parameters, for its batch function (coalesce.ts). */
export const RELEASE_SEAT_BATCHABLE: Batchable<(typeof RELEASE_SEAT.params)[number]> = {
  statement: RELEASE_SEAT,
  types: { buyer: 'int', seat: 'int', now: 'timestamptz', idleUntil: 'timestamptz' },
};

interface Row {
  seat: { id: number; version: number; status: string; holderId: number | null; eventId: number } | null;
  freed: SeatView | null;
  hold: ClaimedHold | null;
  waitlisted: number[];
}

export type ReleaseSeatOutcome =
  | { kind: 'released'; seat: SeatView; hold: ClaimedHold; changes: Changes }
  | { kind: 'missing' }
  | { kind: 'not-held'; seat: { id: number; version: number; status: string; eventId: number } }
  | { kind: 'not-yours'; eventId: number };

export async function releaseSeat(store: InventoryStore, buyerId: number, seatId: number, deadlines: HoldDeadlines): Promise<ReleaseSeatOutcome> {
  const row = await store.submit<(typeof RELEASE_SEAT.params)[number], Row>(
    RELEASE_SEAT_BATCHABLE,
    { buyer: buyerId, seat: seatId, now: deadlines.now, idleUntil: deadlines.idleUntil },
    // The seat was the buyer's when the statement started, yet nothing moved: a checkout or the
    // sweeper took the hold first. Run again to answer from what it did.
    (r) => !r.freed && r.seat?.status === 'HELD' && r.seat.holderId === buyerId,
  );
  if (!row.seat) return { kind: 'missing' };
  if (row.freed && row.hold) return { kind: 'released', seat: row.freed, hold: row.hold, changes: new Changes({ seats: [row.freed], holds: [row.hold], waitlistedTiers: row.waitlisted }) };
  if (row.seat.status !== 'HELD') return { kind: 'not-held', seat: row.seat };
  return { kind: 'not-yours', eventId: row.seat.eventId };
}
