import type { TierView } from '../events/tier-view.ts';
import type { HoldDeadlines } from '../holds/hold-timing.ts';
import { Changes } from './changes.ts';
import type { Batchable } from './coalesce.ts';
import { CLAIM_PARAMS, CLAIM_PARAM_TYPES, claimCtes, claimReport, claimUndone, type ClaimReport, type ClaimedHold } from './hold-claim.ts';
import { tierJson } from './rows.ts';
import { statement, undoWhen } from './statement.ts';
import type { InventoryStore } from './store.ts';

/**
 * Transition "hold" for general admission (docs/rules.md rule 4): `quantity` tickets of a tier go
 * into the buyer's hold by one conditional update of the tier's counters, `held = held + n WHERE
 * capacity - sold - held >= n`, re-checked by PostgreSQL on the newest row when buyers race: of N
 * requests for the last K tickets exactly K tickets' worth succeed. CHECK `tiers_within_capacity`
 * backs it. The hold is claimed before the tier is touched (holds before tiers, in every statement).
 */
export const HOLD_TICKETS = statement('hold_tickets', [...CLAIM_PARAMS, 'tier', 'quantity'], (p) => `
with tier as (
  select t.id, t.event_id, t.name, t.kind, t.price_cents, t.capacity - t.sold - t.held as available,
         e.status as event_status, e.per_order_limit
  from tiers t join events e on e.id = t.event_id
  where t.id = ${p.tier}
),
ok as (
  select event_id, per_order_limit, ${p.quantity}::int as quantity from tier
  where kind = 'GENERAL_ADMISSION' and event_status = 'ON_SALE' and available >= ${p.quantity}::int
),
${claimCtes(p, { event: 'tier' })},
taken as (
  update tiers t set held = t.held + ${p.quantity}::int, version = t.version + 1
  from hold
  where t.id = ${p.tier} and t.capacity - t.sold - t.held >= ${p.quantity}::int
  returning t.*
),
line as (
  insert into hold_tickets (hold_id, tier_id, quantity, unit_price_cents)
  select hold.id, tier.id, ${p.quantity}::int, tier.price_cents from hold, tier, taken
  returning id
)
select
  ${undoWhen(`${claimUndone()} or (exists (select 1 from hold) and not exists (select 1 from taken))`, 'the tier changed meanwhile')} as undone,
  (select row_to_json(tier) from tier) as tier,
  (select ${tierJson('taken')} from taken) as taken,
  ${claimReport(p)}`);

/** The types of its parameters, for its batch function (coalesce.ts). */
export const HOLD_TICKETS_BATCHABLE: Batchable<(typeof HOLD_TICKETS.params)[number]> = {
  statement: HOLD_TICKETS,
  types: { ...CLAIM_PARAM_TYPES, tier: 'int', quantity: 'int' },
};

interface Row extends ClaimReport {
  tier: { id: number; event_id: number; name: string; kind: string; available: number; event_status: string; per_order_limit: number } | null;
  taken: TierView | null;
}

export type HoldTicketsOutcome =
  | { kind: 'held'; hold: ClaimedHold; tier: TierView; changes: Changes }
  | { kind: 'missing' }
  | { kind: 'reserved-seating' }
  | { kind: 'not-on-sale'; eventId: number; eventStatus: string }
  | { kind: 'sold-out'; name: string; available: number }
  | { kind: 'refused'; refusal: Exclude<ClaimReport['refusal'], null>; limit: number; previousCap: string | null; eventId: number };

export async function holdTickets(store: InventoryStore, buyerId: number, tierId: number, quantity: number, deadlines: HoldDeadlines, maxEvents: number): Promise<HoldTicketsOutcome> {
  const row = await store.submit<(typeof HOLD_TICKETS.params)[number], Row>(
    HOLD_TICKETS_BATCHABLE,
    { ...deadlines, buyer: buyerId, maxEvents, tier: tierId, quantity },
    (r) => r.refusal === 'RACE',
  );
  const { tier } = row;
  if (!tier) return { kind: 'missing' };
  if (tier.kind !== 'GENERAL_ADMISSION') return { kind: 'reserved-seating' };
  if (tier.event_status !== 'ON_SALE') return { kind: 'not-on-sale', eventId: tier.event_id, eventStatus: tier.event_status };
  // A buyer still queueing is told so before how many are left (rule of the waiting room).
  if (row.notAdmitted) return { kind: 'refused', refusal: 'NOT_ADMITTED', limit: tier.per_order_limit, previousCap: null, eventId: tier.event_id };
  if (tier.available < quantity) return { kind: 'sold-out', name: tier.name, available: tier.available };
  if (row.hold && row.taken) return { kind: 'held', hold: row.hold, tier: row.taken, changes: new Changes({ tiers: [row.taken], holds: [row.hold] }) };
  return { kind: 'refused', refusal: row.refusal ?? 'RACE', limit: row.existingLimit ?? tier.per_order_limit, previousCap: row.previousCap, eventId: tier.event_id };
}
