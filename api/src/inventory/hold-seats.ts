import type { HoldDeadlines } from '../holds/hold-timing.ts';
import type { SeatView } from '../seats/seat-view.ts';
import type { SeatState } from '../shared/errors.ts';
import { Changes } from './changes.ts';
import type { Batchable } from './coalesce.ts';
import { CLAIM_PARAMS, CLAIM_PARAM_TYPES, claimCtes, claimReport, claimUndone, type ClaimReport, type ClaimedHold } from './hold-claim.ts';
import { jsonList, seatJson, seatStateJson } from './rows.ts';
import { statement, undoWhen } from './statement.ts';
import type { InventoryStore } from './store.ts';

/**
 * Transition "hold" for seats: the requested seats go AVAILABLE -> HELD into the buyer's hold,
 * all or nothing (docs/rules.md rules 1-3, 7), in one statement. Each seat moves by the
 * conditional update on its MikroORM version property, `UPDATE seats ... WHERE id = ? AND
 * version = ? AND status = 'AVAILABLE'`, bumping the version; the hold is claimed first (so every
 * statement locks a hold before its seats, and none can deadlock another). When the snapshot
 * said yes but a concurrent change won a seat in between, the update matches fewer seats than
 * requested and the statement undoes itself; run again, it answers from the new state.
 */
export const HOLD_SEATS = statement('hold_seats', [...CLAIM_PARAMS, 'seatIds', 'versions'], (p) => `
with req as (
  select r.id, r.version, r.ord from unnest(${p.seatIds}::int[], ${p.versions}::int[]) with ordinality as r(id, version, ord)
),
seat as (
  select s.id, s.event_id, s.tier_id, s.version, s.status, r.version as wanted, r.ord,
         t.price_cents, e.status as event_status, e.per_order_limit
  from req r
  join seats s on s.id = r.id
  join tiers t on t.id = s.tier_id
  join events e on e.id = s.event_id
),
summary as (
  select count(*)::int as matched, count(distinct event_id)::int as events, min(event_id) as event_id,
         min(event_status) as event_status, min(per_order_limit) as per_order_limit,
         coalesce(bool_and(status = 'AVAILABLE' and version = wanted), false) as fresh
  from seat
),
ok as (
  select event_id, per_order_limit, matched as quantity from summary
  where matched = cardinality(${p.seatIds}::int[]) and events = 1 and event_status = 'ON_SALE' and fresh
),
${claimCtes(p, { event: 'summary' })},
held as (
  update seats s set status = 'HELD', hold_id = hold.id, holder_id = ${p.buyer}, version = s.version + 1
  from req r, hold
  where s.id = r.id and s.version = r.version and s.status = 'AVAILABLE'
  returning s.*
),
lines as (
  insert into hold_seats (hold_id, seat_id, tier_id, price_cents, active)
  select held.hold_id, held.id, held.tier_id, seat.price_cents, true from held join seat on seat.id = held.id
  returning seat_id
)
select
  ${undoWhen(`${claimUndone()} or (exists (select 1 from hold) and (select count(*) from held) <> (select quantity from ok))`, 'a seat changed meanwhile')} as undone,
  (select row_to_json(summary) from summary) as summary,
  (select array_agg(id order by ord) from seat) as "foundIds",
  ${jsonList(seatStateJson('seat'), 'seat where not (status = \'AVAILABLE\' and version = wanted)', 'ord')} as stale,
  ${jsonList(seatJson('held'), 'held', 'held.id')} as seats,
  ${claimReport(p)}`);

/** The types of its parameters, for its batch function (coalesce.ts). */
export const HOLD_SEATS_BATCHABLE: Batchable<(typeof HOLD_SEATS.params)[number]> = {
  statement: HOLD_SEATS,
  types: { ...CLAIM_PARAM_TYPES, seatIds: 'int[]', versions: 'int[]' },
};

interface Row extends ClaimReport {
  summary: { matched: number; events: number; event_id: number | null; event_status: string | null; per_order_limit: number | null };
  foundIds: number[] | null;
  stale: SeatState[];
  seats: SeatView[];
}

export type HoldSeatsOutcome =
  | { kind: 'held'; hold: ClaimedHold; seats: SeatView[]; changes: Changes }
  | { kind: 'missing'; seatId: number }
  | { kind: 'several-events' }
  | { kind: 'not-on-sale'; eventId: number; eventStatus: string }
  /** CONFLICT: the seats whose version or status differs from the request, as they are now. */
  | { kind: 'stale'; seats: SeatState[] }
  | { kind: 'refused'; refusal: Exclude<ClaimReport['refusal'], null>; limit: number; previousCap: string | null; eventId: number };

export interface SeatRequest {
  id: number;
  version: number;
}

/** Runs the transition; the caller has checked that ids are distinct and the list not empty. */
export async function holdSeats(store: InventoryStore, buyerId: number, requests: readonly SeatRequest[], deadlines: HoldDeadlines, maxEvents: number): Promise<HoldSeatsOutcome> {
  const row = await store.submit<(typeof HOLD_SEATS.params)[number], Row>(
    HOLD_SEATS_BATCHABLE,
    { ...deadlines, buyer: buyerId, maxEvents, seatIds: requests.map((r) => r.id), versions: requests.map((r) => r.version) },
    (r) => r.refusal === 'RACE',
  );
  const { summary } = row;
  if (summary.matched < requests.length) {
    const found = new Set(row.foundIds ?? []);
    return { kind: 'missing', seatId: requests.find((r) => !found.has(r.id))!.id };
  }
  if (summary.events > 1) return { kind: 'several-events' };
  if (summary.event_status !== 'ON_SALE') return { kind: 'not-on-sale', eventId: summary.event_id!, eventStatus: summary.event_status! };
  // A buyer still queueing is told so before anything about the seats (rule of the waiting room).
  if (row.notAdmitted) return { kind: 'refused', refusal: 'NOT_ADMITTED', limit: summary.per_order_limit!, previousCap: null, eventId: summary.event_id! };
  if (row.stale.length > 0) return { kind: 'stale', seats: row.stale };
  if (row.hold) return { kind: 'held', hold: row.hold, seats: row.seats, changes: new Changes({ seats: row.seats, holds: [row.hold] }) };
  return {
    kind: 'refused',
    refusal: row.refusal ?? 'RACE',
    limit: row.existingLimit ?? summary.per_order_limit!,
    previousCap: row.previousCap,
    eventId: summary.event_id!,
  };
}
