import type { TierView } from '../events/tier-view.ts';
import { Changes } from './changes.ts';
import { outboxCte, tierSoldOutData } from './outbox.ts';
import { jsonList, tierJson } from './rows.ts';
import { statement } from './statement.ts';
import type { InventoryStore } from './store.ts';

/**
 * Transition "count reserved tiers": brings `held`, `sold` and `version` of RESERVED tiers up to
 * date with their seats, one conditional UPDATE per tier whose counts differ, in one statement.
 * Seat reservations never touch their tier's row (every reservation of a tier would queue on that
 * one hot row), so this job, run every `TIER_COUNTS_INTERVAL_MS` (200 ms), is what moves a reserved
 * tier and publishes `tierUpdated`: one update per tier however many of its seats changed since.
 *
 * One process at a time counts: the statement first renews or takes the job's lease by a
 * conditional UPDATE of `job_leases` (a process that died leaves it to run out in 2 s), so two
 * processes never write counts from different snapshots in turn. It counts the tiers of events
 * whose holds are active or ended, or whose orders were cancelled, in the last 5 s (`since`),
 * and every tier when `everything` is set (the job does so every 30 s, in case a clock was off).
 * A tier whose last seat was sold writes its TIER_SOLD_OUT webhook delivery in the same statement.
 */
export const COUNT_RESERVED_TIERS = statement('count_reserved_tiers', ['worker', 'now', 'since', 'everything'], (p) => `
with lease as (
  update job_leases set holder = ${p.worker}, until = ${p.now}::timestamptz + interval '2 seconds'
  where name = 'tier-counts' and (holder = ${p.worker} or until is null or until <= ${p.now})
  returning name
),
busy as (
  select h.event_id from holds h where h.status = 'ACTIVE' and exists (select 1 from lease)
  union
  select h.event_id from holds h where h.ended_at > ${p.since} and exists (select 1 from lease)
  union
  select o.event_id from orders o where o.cancelled_at > ${p.since} and exists (select 1 from lease)
),
candidates as (
  select t.id, t.sold from tiers t
  where t.kind = 'RESERVED' and exists (select 1 from lease) and (${p.everything}::boolean or t.event_id in (select event_id from busy))
),
counts as (
  select c.id, c.sold as sold_before,
         count(s.id) filter (where s.status = 'HELD')::int as held, count(s.id) filter (where s.status = 'SOLD')::int as sold
  from candidates c left join seats s on s.tier_id = c.id
  group by c.id, c.sold
),
moved as (
  update tiers t set held = n.held, sold = n.sold, version = t.version + 1
  from counts n
  where t.id = n.id and (t.held, t.sold) is distinct from (n.held, n.sold)
  returning t.*, n.sold_before
),
${outboxCte(
  'sold_out_hooks',
  'TIER_SOLD_OUT',
  `select m.event_id, ${tierSoldOutData('m')} as data
   from moved m where m.sold = m.capacity and m.sold_before < m.capacity`,
  p.now,
)}
select exists (select 1 from lease) as leased, ${jsonList(tierJson('moved'), 'moved', 'moved.id')} as tiers`);

export async function countReservedTiers(store: InventoryStore, worker: string, now: Date, everything: boolean): Promise<{ leased: boolean; tiers: TierView[]; changes: Changes }> {
  const row = await store.once<(typeof COUNT_RESERVED_TIERS.params)[number], { leased: boolean; tiers: TierView[] }>(COUNT_RESERVED_TIERS, {
    worker,
    now,
    since: new Date(now.getTime() - 5000),
    everything,
  });
  return { leased: row.leased, tiers: row.tiers, changes: new Changes({ tiers: row.tiers }) };
}
