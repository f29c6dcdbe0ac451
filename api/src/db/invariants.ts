import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from './sql.ts';

/**
 * Every rule the data must obey, as queries that return the rows breaking it. Used after races,
 * load runs, fault runs and fuzzing: an empty result means nothing was oversold or lost.
 */
const CHECKS: Record<string, string> = {
  'a seat is in two active holds': `
    select seat_id as id from hold_seats where active group by seat_id having count(*) > 1`,
  'a seat is in two confirmed orders': `
    select seat_id as id from order_tickets where active and seat_id is not null group by seat_id having count(*) > 1`,
  'a HELD seat is not in its active hold': `
    select s.id from seats s left join holds h on h.id = s.hold_id
    where s.status = 'HELD' and (h.status is distinct from 'ACTIVE' or h.buyer_id is distinct from s.holder_id
      or not exists (select 1 from hold_seats hs where hs.seat_id = s.id and hs.hold_id = s.hold_id and hs.active))`,
  'a seat not HELD is still in an active hold': `
    select s.id from seats s join hold_seats hs on hs.seat_id = s.id and hs.active where s.status <> 'HELD'`,
  'a SOLD seat has no confirmed order': `
    select s.id from seats s left join orders o on o.id = s.order_id
    where s.status = 'SOLD' and (o.status is distinct from 'CONFIRMED'
      or not exists (select 1 from order_tickets t where t.seat_id = s.id and t.order_id = o.id and t.active))`,
  'a confirmed order’s seat is not SOLD to it': `
    select t.seat_id as id from order_tickets t join orders o on o.id = t.order_id
    join seats s on s.id = t.seat_id where t.active and (o.status <> 'CONFIRMED' or s.status <> 'SOLD' or s.order_id <> o.id)`,
  'a hold counts other than what it holds': `
    select h.id from holds h where h.status = 'ACTIVE' and h.item_count <>
      (select count(*) from hold_seats hs where hs.hold_id = h.id and hs.active)
      + coalesce((select sum(quantity) from hold_tickets ht where ht.hold_id = h.id), 0)`,
  'a GA tier’s held count differs from its active holds': `
    select t.id from tiers t where t.kind = 'GENERAL_ADMISSION' and t.held <>
      coalesce((select sum(ht.quantity) from hold_tickets ht join holds h on h.id = ht.hold_id
                where ht.tier_id = t.id and h.status = 'ACTIVE'), 0)`,
  'a GA tier’s sold count differs from its confirmed tickets': `
    select t.id from tiers t where t.kind = 'GENERAL_ADMISSION' and t.sold <>
      (select count(*) from order_tickets ot join orders o on o.id = ot.order_id
       where ot.tier_id = t.id and ot.seat_id is null and ot.active and o.status = 'CONFIRMED')`,
  'a tier is oversold': `
    select id from tiers where held < 0 or sold < 0 or held + sold > capacity`,
  'a checked-out hold has no order, or an order has no checked-out hold': `
    select h.id from holds h full join orders o on o.hold_id = h.id
    where (h.status = 'CHECKED_OUT') <> (o.id is not null)`,
  'a buyer’s count of active holds differs from their active holds': `
    select u.id from users u where u.active_holds <> (select count(*) from holds h where h.buyer_id = u.id and h.status = 'ACTIVE')`,
  'an order’s total differs from its tickets': `
    select o.id from orders o where o.total_cents <>
      coalesce((select sum(price_cents) from order_tickets t where t.order_id = o.id), 0)`,
};

/** How many rules findViolations checks. */
export const INVARIANT_RULES = Object.keys(CHECKS).length;

export interface Violation {
  rule: string;
  ids: number[];
}

/** Returns every broken rule with (up to 20 of) the ids breaking it; empty when all hold. */
export async function findViolations(em: EntityManager): Promise<Violation[]> {
  const violations: Violation[] = [];
  for (const [rule, sql] of Object.entries(CHECKS)) {
    const rows = await query<{ id: number }>(em, `${sql} limit 20`);
    if (rows.length > 0) violations.push({ rule, ids: rows.map((r) => r.id) });
  }
  return violations;
}
