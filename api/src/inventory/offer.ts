import type { TierView } from '../events/tier-view.ts';
import type { HoldDeadlines } from '../holds/hold-timing.ts';
import type { SeatView } from '../seats/seat-view.ts';
import { Changes } from './changes.ts';
import { CLAIM_PARAMS, claimCtes, claimReport, claimUndone, type ClaimParam, type ClaimReport, type ClaimedHold } from './hold-claim.ts';
import { jsonList, seatJson, tierJson } from './rows.ts';
import { statement, undoWhen } from './statement.ts';
import type { InventoryStore } from './store.ts';

/** The claim's parameters but the buyer: an offer's buyer is the head of the tier's line, read in the statement. */
const OFFER_PARAMS = [...CLAIM_PARAMS.filter((p) => p !== 'buyer'), 'tier'] as const;
type OfferParam = (typeof OFFER_PARAMS)[number];

/** The claim CTEs for the head of the line (`head`), with no admission needed (the buyer waited for these). */
const claimForHead = (p: Record<OfferParam, string>) => {
  const refs = { ...p, buyer: '(select buyer_id from head)' } as Record<ClaimParam, string>;
  return { ctes: claimCtes(refs, { waiveAdmission: true }), report: claimReport(refs) };
};

const HEAD = (p: Record<OfferParam, string>) => `
head as (
  select w.id, w.buyer_id, w.quantity from waitlist_entries w
  where w.tier_id = ${p.tier} and w.status = 'WAITING'
  order by w.id limit 1
),
tier as (
  select t.id, t.event_id, t.kind, t.price_cents, t.capacity - t.sold - t.held as available, e.status as event_status, e.per_order_limit
  from tiers t join events e on e.id = t.event_id where t.id = ${p.tier}
)`;

/** The head's entry becomes OFFERED with the hold, if this statement's hold got the seats. */
const SETTLED = (p: Record<OfferParam, string>, count: string) => `
settled as (
  update waitlist_entries w set status = 'OFFERED', hold_id = hold.id, offered = ${count}, ended_at = ${p.now}
  from head, hold
  where w.id = head.id and w.status = 'WAITING'
  returning w.id, w.buyer_id, w.event_id, w.tier_id, w.quantity, w.offered, w.hold_id
)`;

/**
 * Transition "offer" for reserved seats: seats of a tier that came back (expiry, release, cancel)
 * go AVAILABLE -> HELD into a hold of the first buyer on the tier's waitlist (at most the seats
 * they asked for), and their entry WAITING -> OFFERED, in one statement. Each seat moves by the
 * conditional update on its version and status, so a seat is offered once however many processes
 * offer at the same moment, and never both offered and reserved by someone else; the entry moves
 * only from WAITING, so one entry is offered once. A seat or the entry that changed meanwhile
 * undoes the statement, which runs again from the new state.
 */
export const OFFER_SEATS = statement('offer_seats', OFFER_PARAMS, (p) => {
  const claim = claimForHead(p);
  return `
with ${HEAD(p)},
free as (
  select s.id, s.version from seats s, head
  where s.tier_id = ${p.tier} and s.status = 'AVAILABLE'
  order by s.id
  limit (select quantity from head)
),
ok as (
  select tier.event_id, tier.per_order_limit, (select count(*)::int from free) as quantity
  from tier where tier.kind = 'RESERVED' and tier.event_status = 'ON_SALE' and exists (select 1 from free)
),
${claim.ctes},
held as (
  update seats s set status = 'HELD', hold_id = hold.id, holder_id = hold.buyer_id, version = s.version + 1
  from free f, hold
  where s.id = f.id and s.version = f.version and s.status = 'AVAILABLE'
  returning s.*
),
lines as (
  insert into hold_seats (hold_id, seat_id, tier_id, price_cents, active)
  select held.hold_id, held.id, held.tier_id, tier.price_cents, true from held, tier
  returning seat_id
),
${SETTLED(p, '(select count(*)::int from held)')}
select
  ${undoWhen(
    `${claimUndone({ waiveAdmission: true })} or (exists (select 1 from hold) and ((select count(*) from held) <> (select quantity from ok) or not exists (select 1 from settled)))`,
    'a seat or the waitlist changed meanwhile',
  )} as undone,
  (select row_to_json(head) from head) as head,
  (select row_to_json(settled) from settled) as entry,
  ${jsonList(seatJson('held'), 'held', 'held.id')} as seats,
  null::json as tier,
  ${claim.report}`;
});

/**
 * Transition "offer" for general admission: tickets of a tier that came back go to the first
 * waiting buyer's hold (at most what they asked for) by the same conditional update of the tier's
 * counters as `holdTickets` (`held = held + n WHERE capacity - sold - held >= n`), in one statement.
 */
export const OFFER_TICKETS = statement('offer_tickets', OFFER_PARAMS, (p) => {
  const claim = claimForHead(p);
  return `
with ${HEAD(p)},
ok as (
  select tier.event_id, tier.per_order_limit, least(tier.available, (select quantity from head))::int as quantity
  from tier, head where tier.kind = 'GENERAL_ADMISSION' and tier.event_status = 'ON_SALE' and tier.available > 0
),
${claim.ctes},
taken as (
  update tiers t set held = t.held + ok.quantity, version = t.version + 1
  from ok, hold
  where t.id = ${p.tier} and t.capacity - t.sold - t.held >= ok.quantity
  returning t.*
),
line as (
  insert into hold_tickets (hold_id, tier_id, quantity, unit_price_cents)
  select hold.id, tier.id, ok.quantity, tier.price_cents from hold, tier, ok, taken
  returning id
),
${SETTLED(p, '(select quantity from ok)')}
select
  ${undoWhen(
    `${claimUndone({ waiveAdmission: true })} or (exists (select 1 from hold) and (not exists (select 1 from taken) or not exists (select 1 from settled)))`,
    'the tier or the waitlist changed meanwhile',
  )} as undone,
  (select row_to_json(head) from head) as head,
  (select row_to_json(settled) from settled) as entry,
  '[]'::json as seats,
  (select ${tierJson('taken')} from taken) as tier,
  ${claim.report}`;
});

/** Puts the head's entry aside when its buyer cannot hold what came back (a limit): the next in line gets it. */
export const PASS_ENTRY = statement('waitlist_pass', ['entry', 'now'], (p) => `
with passed as (
  update waitlist_entries set status = 'PASSED', ended_at = ${p.now} where id = ${p.entry} and status = 'WAITING' returning id
)
select exists (select 1 from passed) as passed`);

export interface OfferedEntry {
  id: number;
  buyer_id: number;
  event_id: number;
  tier_id: number;
  quantity: number;
  offered: number;
  hold_id: number;
}

interface Row extends ClaimReport {
  head: { id: number; buyer_id: number; quantity: number } | null;
  entry: OfferedEntry | null;
  seats: SeatView[];
  tier: TierView | null;
}

export type OfferOutcome =
  | { kind: 'offered'; entry: OfferedEntry; hold: ClaimedHold; changes: Changes }
  /** Nobody waits, or nothing of the tier is available. */
  | { kind: 'nothing' }
  /** The head's buyer could not take it (a limit, or their hold ended and waits for the sweeper). */
  | { kind: 'refused'; entryId: number; refusal: Exclude<ClaimReport['refusal'], null> };

/** Offers what is available of `tier` to the head of its line, once (the caller loops while it offers). */
export async function offerToHead(store: InventoryStore, kind: 'RESERVED' | 'GENERAL_ADMISSION', tierId: number, deadlines: HoldDeadlines, maxEvents: number): Promise<OfferOutcome> {
  const transition = kind === 'RESERVED' ? OFFER_SEATS : OFFER_TICKETS;
  const { now, idleUntil, lifeUntil, capUntil, cooldownFrom } = deadlines;
  const row = await store.run<OfferParam, Row>(transition, { now, idleUntil, lifeUntil, capUntil, cooldownFrom, maxEvents, tier: tierId }, (r) => r.refusal === 'RACE');
  if (!row.head) return { kind: 'nothing' };
  if (row.entry && row.hold) {
    return {
      kind: 'offered',
      entry: row.entry,
      hold: row.hold,
      changes: new Changes({ seats: row.seats, tiers: row.tier ? [row.tier] : [], holds: [row.hold] }),
    };
  }
  if (row.refusal === null) return { kind: 'nothing' };
  return { kind: 'refused', entryId: row.head.id, refusal: row.refusal };
}

export async function passEntry(store: InventoryStore, entryId: number, now: Date): Promise<boolean> {
  const row = await store.once<(typeof PASS_ENTRY.params)[number], { passed: boolean }>(PASS_ENTRY, { entry: entryId, now });
  return row.passed;
}
