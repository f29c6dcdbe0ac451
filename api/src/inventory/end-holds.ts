import type { TierView } from '../events/tier-view.ts';
import type { HoldView } from '../holds/hold-view.ts';
import type { SeatView } from '../seats/seat-view.ts';
import { Changes } from './changes.ts';
import type { ClaimedHold } from './hold-claim.ts';
import { outboxCte } from './outbox.ts';
import { holdJson, jsonList, seatJson, tierJson, waitlistedTiers } from './rows.ts';
import { statement, undoWhen } from './statement.ts';
import type { InventoryStore } from './store.ts';

/**
 * Transitions "expire" (the sweeper) and "release" (the buyer gives the whole hold back): ACTIVE
 * holds end, their seats go HELD -> AVAILABLE (versions bumped) and their tickets back to their
 * tiers' counters, and the buyer's count of active holds drops, in one statement. The status
 * condition makes it safe for several sweepers and a buyer at once: only the statement whose
 * UPDATE ended a hold gives anything back. When a reservation of the same hold committed between
 * the statement's snapshot and its UPDATE, the count of what came back differs from what the hold
 * counted, and the statement undoes itself and runs again.
 */
function endHoldsStatement(name: string, params: readonly string[], pick: (p: Record<string, string>) => { due: string; recheck: string }) {
  return statement(name, [...params, 'endedAs', 'now'], (p) => {
    const { due, recheck } = pick(p);
    return `
with due as (
  ${due}
),
ended as (
  update holds h set status = ${p.endedAs}, ended_at = ${p.now}
  from due
  where h.id = due.id and h.status = 'ACTIVE' and ${recheck}
  returning h.*
),
lines as (
  update hold_seats l set active = false from ended e where l.hold_id = e.id and l.active returning l.seat_id, l.hold_id
),
seats_back as (
  update seats s set status = 'AVAILABLE', hold_id = null, holder_id = null, version = s.version + 1
  from ended e
  where s.hold_id = e.id and s.status = 'HELD'
  returning s.*
),
tickets as (
  select t.tier_id, sum(t.quantity)::int as quantity from hold_tickets t join ended e on e.id = t.hold_id group by t.tier_id
),
tiers_back as (
  update tiers t set held = t.held - k.quantity, version = t.version + 1 from tickets k where t.id = k.tier_id returning t.*
),
buyers_back as (
  update users u set active_holds = u.active_holds - k.n
  from (select buyer_id, count(*)::int as n from ended group by buyer_id) k
  where u.id = k.buyer_id
  returning u.id
),
${outboxCte(
  'expired_hooks',
  'HOLD_EXPIRED',
  `select e.event_id, jsonb_build_object('holdId', e.id::text, 'eventId', e.event_id::text, 'expiredAt', e.expires_at,
     'seats', (select coalesce(jsonb_agg(jsonb_build_object('id', s.id::text, 'version', s.version, 'status', s.status, 'section', s.section, 'row', s."row", 'number', s.number) order by s.id), '[]'::jsonb)
               from lines l join seats_back s on s.id = l.seat_id where l.hold_id = e.id),
     'tickets', (select coalesce(jsonb_agg(jsonb_build_object('tierId', t.tier_id::text, 'quantity', t.quantity) order by t.id), '[]'::jsonb) from hold_tickets t where t.hold_id = e.id)) as data
   from ended e where ${p['endedAs']} = 'EXPIRED'`,
  p['now']!,
)}
select
  ${undoWhen(
    `coalesce((select sum(item_count) from ended), 0) <> (select count(*) from seats_back) + coalesce((select sum(quantity) from tickets), 0)
     or (select count(*) from lines) <> (select count(*) from seats_back)`,
    'a hold changed meanwhile',
  )} as undone,
  ${jsonList(holdJson('ended'), 'ended', 'ended.id')} as holds,
  ${jsonList(seatJson('seats_back'), 'seats_back', 'seats_back.id')} as seats,
  ${jsonList(tierJson('tiers_back'), 'tiers_back', 'tiers_back.id')} as tiers,
  ${jsonList(`json_build_object('holdId', lines.hold_id, 'seatId', lines.seat_id)`, 'lines')} as returned,
  exists (select 1 from due) as "anyDue",
  ${waitlistedTiers('select tier_id from seats_back union select tier_id from tickets')} as "waitlisted"`;
  });
}

/** The sweeper's batch: active holds whose expiry has passed, oldest first (the same order in every process). */
export const EXPIRE_HOLDS = endHoldsStatement('expire_holds', ['batch'], (p) => ({
  due: `select id from holds where status = 'ACTIVE' and expires_at <= ${p['now']} order by expires_at, id limit ${p['batch']}`,
  recheck: `h.expires_at <= ${p['now']}`,
}));

/** One hold its buyer gives back. */
export const RELEASE_HOLD = endHoldsStatement('release_hold', ['hold', 'buyer'], (p) => ({
  due: `select id from holds where id = ${p['hold']} and buyer_id = ${p['buyer']}`,
  recheck: 'true',
}));

interface Row {
  holds: ClaimedHold[];
  seats: SeatView[];
  tiers: TierView[];
  returned: { holdId: number; seatId: number }[];
  anyDue: boolean;
  waitlisted: number[];
}

/** Each ended hold with the seats it gave back, so that its `holdUpdated` push says what went back on sale. */
function endedHolds(row: Row): HoldView[] {
  const seats = new Map(row.seats.map((s) => [s.id, s]));
  const returnedBy = new Map<number, SeatView[]>();
  for (const { holdId, seatId } of row.returned) {
    const seat = seats.get(seatId);
    if (!seat) continue;
    const returned = returnedBy.get(holdId);
    if (returned) returned.push(seat);
    else returnedBy.set(holdId, [seat]);
  }
  return row.holds.map((hold) => ({ ...hold, returnedSeats: returnedBy.get(hold.id) ?? [] }));
}

const changesOf = (row: Row) => new Changes({ holds: endedHolds(row), seats: row.seats, tiers: row.tiers, waitlistedTiers: row.waitlisted });

/** Ends up to `batch` expired holds; returns what came back (empty when none was due). */
export async function expireHolds(store: InventoryStore, now: Date, batch: number): Promise<{ ended: HoldView[]; changes: Changes }> {
  const row = await store.run<string, Row>(EXPIRE_HOLDS, { batch, endedAs: 'EXPIRED', now });
  const changes = changesOf(row);
  return { ended: changes.holds, changes };
}

export type ReleaseHoldOutcome = { kind: 'released'; hold: HoldView; changes: Changes } | { kind: 'not-active' } | { kind: 'missing' };

export async function releaseHold(store: InventoryStore, buyerId: number, holdId: number, now: Date): Promise<ReleaseHoldOutcome> {
  const row = await store.run<string, Row>(RELEASE_HOLD, { hold: holdId, buyer: buyerId, endedAs: 'RELEASED', now });
  // Someone else's hold answers like a missing one.
  if (!row.anyDue) return { kind: 'missing' };
  const changes = changesOf(row);
  const [hold] = changes.holds;
  if (!hold) return { kind: 'not-active' };
  return { kind: 'released', hold, changes };
}
