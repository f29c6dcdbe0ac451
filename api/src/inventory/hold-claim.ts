import type { SqlType } from './coalesce.ts';
import { holdJson } from './rows.ts';
import { isLive, isLiveByKey, openedTimes, touchedExpiry, type DeadlineRefs } from './hold-times.ts';

/** Parameters every statement that puts something into a hold binds. */
export const CLAIM_PARAMS = ['buyer', 'now', 'idleUntil', 'lifeUntil', 'capUntil', 'cooldownFrom', 'maxEvents'] as const;
export type ClaimParam = (typeof CLAIM_PARAMS)[number];
export const CLAIM_PARAM_TYPES: Record<ClaimParam, SqlType> = {
  buyer: 'int',
  now: 'timestamptz',
  idleUntil: 'timestamptz',
  lifeUntil: 'timestamptz',
  capUntil: 'timestamptz',
  cooldownFrom: 'timestamptz',
  maxEvents: 'int',
};

/** Why nothing was put into a hold although the request itself was fine. */
export type ClaimRefusal =
  /** The buyer's hold on the event has expired and waits for the sweeper: end it, then claim again. */
  | 'HOLD_ENDED'
  /** More than the event's per-order limit (rule 7). */
  | 'PER_ORDER_LIMIT'
  /** The buyer already holds seats or tickets in `maxEvents` events. */
  | 'EVENTS_LIMIT'
  /** The buyer's earlier hold on this event reached its cap a moment ago: the cool-down runs. */
  | 'COOLING_DOWN'
  /** The event has a waiting room and the buyer has no admission that runs now (queue/). */
  | 'NOT_ADMITTED'
  /** The snapshot allowed it but a concurrent change of the same buyer won: run again. */
  | 'RACE';

/** What the claim CTEs report besides the hold. */
export interface ClaimReport {
  refusal: ClaimRefusal | null;
  /** The buyer's active hold on the event when the statement started, if any. */
  existingLimit: number | null;
  /** When the buyer is cooling down: the cap after which the cool-down runs. */
  previousCap: string | null;
  hold: ClaimedHold | null;
  /** The event has a waiting room and the buyer no live admission to it (judged before the seats or counts). */
  notAdmitted: boolean;
}

export interface ClaimedHold {
  id: number;
  eventId: number;
  buyerId: number;
  status: 'ACTIVE';
  expiresAt: string;
  maxExpiresAt: string;
  itemCount: number;
  itemLimit: number;
}

// The limits, each written once: the UPDATEs re-check them on the newest row version (so two
// concurrent requests of one buyer cannot both pass), and the refusal reports which one refused.
const withinOrderLimit = (count: string, limit: string) => `${count} + ok.quantity <= ${limit}`;
const withinEventsLimit = (active: string, p: Record<ClaimParam, string>) => `${active} < ${p.maxEvents}`;
// A buyer's earlier hold on the event binds them while its cap runs (a new hold keeps that cap),
// and for the cool-down after it if it ended within the cool-down of its cap: releasing a moment
// before the cap and reserving again does not buy a fresh hold. An earlier hold that ended long
// before its cap (the buyer left) does not hold them back once that cap has passed. A hold ended
// when it expired, not when a sweeper got to it.
const coolingDown = (hold: string, p: Record<ClaimParam, string>) =>
  `(${hold}.max_expires_at <= ${p.now} and least(${hold}.ended_at, ${hold}.expires_at) > ${hold}.max_expires_at - (${p.now}::timestamptz - ${p.cooldownFrom}::timestamptz))`;

/**
 * On an event with a waiting room (`event_queues`), only a buyer whose queue ticket is ADMITTED
 * and whose `admitted_until` has not passed may put anything into a hold: the `admitted` CTE has
 * its row only then (or when the event has no room), and no hold is claimed or opened without it.
 * The first hold made with an admission marks the ticket used (`used_at`), so that the admission
 * does not expire under a buyer who is shopping (queue/queue-steps.ts EXPIRE); if the ticket
 * changed between the snapshot and that mark (it expired that instant), the statement undoes
 * itself and, run again, answers NOT_ADMITTED. A waitlist offer (inventory/offer.ts) waives it.
 * The admission is judged on the event asked for (`event`), whether or not the request may
 * proceed: a buyer still queueing is told NOT_ADMITTED before anything about seats or counts.
 */
function admissionCtes(p: Record<ClaimParam, string>, waived: boolean, event: string): string {
  if (waived) return `admitted as (select 1 as ok)`;
  return `
admission as (
  select q.event_id is not null as queued, t.id as ticket_id, t.used_at,
         coalesce(t.status = 'ADMITTED' and t.admitted_until > ${p.now}, false) as live
  from ${event} asked
  left join event_queues q on q.event_id = asked.event_id
  left join queue_tickets t on t.event_id = asked.event_id and t.buyer_id = ${p.buyer}
),
admitted as (
  select 1 as ok from admission where not queued or live
)`;
}

/** Marks the admission used by this statement's hold (see admissionCtes). */
const USED_CTE = (p: Record<ClaimParam, string>) => `
used as (
  update queue_tickets t set used_at = ${p.now}
  from admission a
  where t.id = a.ticket_id and a.queued and a.used_at is null and t.status = 'ADMITTED' and t.used_at is null
    and exists (select 1 from hold)
  returning t.id
)`;

export interface ClaimOptions {
  /** The hold is offered to a waitlisted buyer: no admission is needed. */
  waiveAdmission?: boolean;
  /** A CTE whose `event_id` is the event asked for, with its row even when `ok` has none (default `ok`). */
  event?: string;
}

/**
 * The CTEs that count `ok.quantity` more items into the buyer's active hold on `ok.event_id`, or
 * open that hold, inside the caller's statement. The caller defines the CTE `ok (event_id,
 * per_order_limit, quantity)`, which has its one row only when the request itself may proceed,
 * and reads the CTE `hold` (the claimed or opened hold) to attach its items.
 *
 * - an existing hold is claimed by one conditional UPDATE: the per-order limit and the expiry
 *   are checked on the row itself (`holds_items_within_limit` backs it);
 * - a new hold takes a place among the buyer's events by a conditional UPDATE of
 *   `users.active_holds` (re-checked on the newest version when two first reservations race),
 *   inherits the cap of the buyer's earlier hold on the event while that runs, and is inserted
 *   with ON CONFLICT DO NOTHING (`holds_one_active_per_buyer_event`); losing that race undoes
 *   the statement (`claimUndone`).
 */
export function claimCtes(p: Record<ClaimParam, string>, options: ClaimOptions = {}): string {
  const deadlines: DeadlineRefs = p;
  const opened = openedTimes(deadlines, 'o.cap');
  const waived = options.waiveAdmission === true;
  return `${admissionCtes(p, waived, options.event ?? 'ok')},
existing as (
  select h.id, h.item_count, h.item_limit, h.expires_at
  from holds h join ok on h.event_id = ok.event_id
  where h.buyer_id = ${p.buyer} and h.status = 'ACTIVE'
),
claimed as (
  update holds h set item_count = h.item_count + ok.quantity, last_activity_at = ${p.now}, expires_at = ${touchedExpiry('h', deadlines)}
  from ok
  -- The hold by its key (a scalar subquery): joined instead, the planner may scan every active
  -- hold by expiry to find this one.
  where h.id = (select id from existing) and h.status = 'ACTIVE' and ${isLiveByKey('h', deadlines)} and ${withinOrderLimit('h.item_count', 'h.item_limit')}
    and exists (select 1 from admitted)
  returning h.*
),
previous as (
  select max(h.max_expires_at) filter (where h.max_expires_at > ${p.now}) as running_cap,
         max(h.max_expires_at) filter (where ${coolingDown('h', p)}) as cooling_cap
  from holds h join ok on h.event_id = ok.event_id
  where h.buyer_id = ${p.buyer} and h.status in ('EXPIRED', 'RELEASED') and h.max_expires_at > ${p.cooldownFrom}
    -- Only a hold about to be opened needs them (a one-time filter: no scan otherwise).
    and not exists (select 1 from existing)
),
buyer as (
  select active_holds from users where id = ${p.buyer}
),
opening as (
  select ok.event_id, ok.per_order_limit, ok.quantity,
         least(${p.capUntil}, (select running_cap from previous)) as cap
  from ok
  where not exists (select 1 from existing)
    and exists (select 1 from admitted)
    and ${withinOrderLimit('0', 'ok.per_order_limit')}
    and not exists (select 1 from previous where cooling_cap is not null)
),
room as (
  update users u set active_holds = u.active_holds + 1
  -- Uncorrelated, so a one-time filter: the buyer's row is not even read unless a hold opens.
  where exists (select 1 from opening) and u.id = ${p.buyer} and ${withinEventsLimit('u.active_holds', p)}
  returning u.id
),
created as (
  insert into holds (event_id, buyer_id, status, item_count, item_limit, created_at, last_activity_at, life_ends_at, max_expires_at, expires_at)
  select o.event_id, ${p.buyer}, 'ACTIVE', o.quantity, o.per_order_limit, ${p.now}, ${p.now}, ${opened.lifeEndsAt}, o.cap, ${opened.expiresAt}
  from opening o, room
  on conflict do nothing
  returning *
),
hold as (
  select * from claimed union all select * from created
)${waived ? '' : `,${USED_CTE(p)}`}`;
}

/**
 * True when the statement must undo itself: it opened a place among the buyer's events but lost
 * the hold's creation, or its hold needed to mark an unused admission that changed meanwhile.
 */
export function claimUndone(options: ClaimOptions = {}): string {
  const lostHold = '(exists (select 1 from room) and not exists (select 1 from created))';
  if (options.waiveAdmission) return lostHold;
  return `(${lostHold} or (exists (select 1 from hold) and exists (select 1 from admission where queued and used_at is null) and not exists (select 1 from used)))`;
}

/** The claim's report as JSON columns of the statement's result row. */
export function claimReport(p: Record<ClaimParam, string>): string {
  return `
  (select ${holdJson('hold')} from hold) as hold,
  (select item_limit from existing) as "existingLimit",
  (select cooling_cap from previous) as "previousCap",
  not exists (select 1 from admitted) as "notAdmitted",
  case
    when exists (select 1 from hold) or not exists (select 1 from ok) then null
    when not exists (select 1 from admitted) then 'NOT_ADMITTED'
    when exists (select 1 from existing e where not ${isLive('e', p)}) then 'HOLD_ENDED'
    when exists (select 1 from existing e, ok where not ${withinOrderLimit('e.item_count', 'e.item_limit')}) then 'PER_ORDER_LIMIT'
    when exists (select 1 from existing) then 'RACE'
    when exists (select 1 from ok where not ${withinOrderLimit('0', 'ok.per_order_limit')}) then 'PER_ORDER_LIMIT'
    when exists (select 1 from previous where cooling_cap is not null) then 'COOLING_DOWN'
    when exists (select 1 from buyer where not ${withinEventsLimit('buyer.active_holds', p)}) then 'EVENTS_LIMIT'
    else 'RACE'
  end as refusal`;
}
