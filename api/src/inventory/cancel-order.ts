import type { TierView } from '../events/tier-view.ts';
import type { SeatView } from '../seats/seat-view.ts';
import { Changes } from './changes.ts';
import { outboxCte, orderWebhookData } from './outbox.ts';
import { jsonList, orderJson, seatJson, tierJson, waitlistedTiers } from './rows.ts';
import type { OrderRow } from './sell-hold.ts';
import { statement } from './statement.ts';
import type { InventoryStore } from './store.ts';

/**
 * Transition "cancel": a confirmed order of the buyer goes CONFIRMED -> CANCELLED, its seats
 * SOLD -> AVAILABLE (versions bumped) and its general-admission tickets back to their tiers, in one
 * statement. The status condition makes two concurrent cancels give everything back once.
 */
export const CANCEL_ORDER = statement('cancel_order', ['buyer', 'order', 'now'], (p) => `
with found as (
  select * from orders where id = ${p.order} and buyer_id = ${p.buyer}
),
cancelled as (
  update orders o set status = 'CANCELLED', cancelled_at = ${p.now}
  where o.id = ${p.order} and o.buyer_id = ${p.buyer} and o.status = 'CONFIRMED'
  returning o.*
),
seats_back as (
  update seats s set status = 'AVAILABLE', order_id = null, version = s.version + 1
  from cancelled c
  where s.order_id = c.id and s.status = 'SOLD'
  returning s.*
),
ga as (
  select t.tier_id, count(*)::int as quantity
  from order_tickets t join cancelled c on c.id = t.order_id
  where t.seat_id is null and t.active
  group by t.tier_id
),
tiers_back as (
  update tiers t set sold = t.sold - g.quantity, version = t.version + 1 from ga g where t.id = g.tier_id returning t.*
),
tickets_off as (
  update order_tickets t set active = false from cancelled c where t.order_id = c.id and t.active returning t.id
),
${outboxCte(
  'cancelled_hooks',
  'ORDER_CANCELLED',
  `select c.event_id, ${orderWebhookData('c', 'u', `(select coalesce(jsonb_agg(jsonb_build_object('ticketId', t.id::text, 'tierId', t.tier_id::text, 'seatId', t.seat_id::text) order by t.id), '[]'::jsonb)
     from order_tickets t where t.order_id = c.id)`)} as data
   from cancelled c join users u on u.id = c.buyer_id`,
  p.now,
)}
select
  (select ${orderJson('coalesce_order')} from (select * from cancelled union all select * from found where not exists (select 1 from cancelled)) coalesce_order) as "order",
  exists (select 1 from cancelled) as "cancelled",
  ${jsonList(seatJson('seats_back'), 'seats_back', 'seats_back.id')} as seats,
  ${jsonList(tierJson('tiers_back'), 'tiers_back', 'tiers_back.id')} as tiers,
  ${waitlistedTiers('select tier_id from seats_back union select tier_id from ga')} as "waitlisted"`);

interface Row {
  order: OrderRow | null;
  cancelled: boolean;
  seats: SeatView[];
  tiers: TierView[];
  waitlisted: number[];
}

export type CancelOrderOutcome = { kind: 'cancelled' | 'already-cancelled'; order: OrderRow; changes: Changes } | { kind: 'missing' };

export async function cancelOrder(store: InventoryStore, buyerId: number, orderId: number, now: Date): Promise<CancelOrderOutcome> {
  const row = await store.run<(typeof CANCEL_ORDER.params)[number], Row>(
    CANCEL_ORDER,
    { buyer: buyerId, order: orderId, now },
    // Confirmed in the snapshot yet not cancelled by this statement: a concurrent cancel won; run
    // again to answer with the order as that one left it.
    (r) => !r.cancelled && r.order?.status === 'CONFIRMED',
  );
  // Someone else's order answers like a missing one: order ids cannot be probed.
  if (!row.order) return { kind: 'missing' };
  return { kind: row.cancelled ? 'cancelled' : 'already-cancelled', order: row.order, changes: new Changes({ seats: row.seats, tiers: row.tiers, waitlistedTiers: row.waitlisted }) };
}
