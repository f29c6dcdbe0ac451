import type { TierView } from '../events/tier-view.ts';
import type { HoldView } from '../holds/hold-view.ts';
import type { SeatView } from '../seats/seat-view.ts';
import { Changes } from './changes.ts';
import type { Batchable } from './coalesce.ts';
import { isLive, isLiveByKey } from './hold-times.ts';
import { outboxCte, orderWebhookData, tierSoldOutData } from './outbox.ts';
import { holdJson, jsonList, orderJson, seatJson, ticketJson, tierJson } from './rows.ts';
import { statement, undoWhen } from './statement.ts';
import type { InventoryStore } from './store.ts';

/** An order as the statement returns it, with its admissions. */
export interface OrderRow {
  id: number;
  eventId: number;
  buyerId: number;
  holdId: number;
  status: 'CONFIRMED' | 'CANCELLED';
  totalCents: number;
  currency: string;
  idempotencyKey: string;
  createdAt: string;
  cancelledAt: string | null;
  buyerEmail: string | null;
  buyerName: string | null;
  apiKeyId: number | null;
}

export interface TicketRow {
  id: number;
  orderId: number;
  tierId: number;
  seatId: number | null;
  priceCents: number;
  active: boolean;
  secret: string;
  checkedInAt: string | null;
}

/**
 * Transition "sell" (checkout, rule 6): the hold goes ACTIVE -> CHECKED_OUT only if unexpired (the
 * sweeper's UPDATE and this one cannot both succeed: a hold is sold or expired, never both); an
 * order is placed at the prices fixed when each item entered the hold; the seats go HELD -> SOLD
 * (versions bumped); the tickets move from held to sold. The same idempotency key of the same
 * buyer answers with the order it made, and writes nothing. A seat released between the snapshot
 * and the hold's UPDATE (both lock the hold first) makes the counts differ: the statement undoes
 * itself and runs again from the new state.
 */
export const SELL_HOLD = statement('sell_hold', ['buyer', 'hold', 'key', 'now', 'buyerEmail', 'buyerName', 'apiKey'], (p) => `
with found as (
  select id, buyer_id, status, item_count, expires_at from holds where id = ${p.hold}
),
earlier as (
  select * from orders where buyer_id = ${p.buyer} and idempotency_key = ${p.key}
),
lines as (
  select seat_id, tier_id, price_cents from hold_seats where hold_id = ${p.hold} and active
),
tickets as (
  select tier_id, quantity, unit_price_cents from hold_tickets where hold_id = ${p.hold}
),
checked as (
  update holds h set status = 'CHECKED_OUT', ended_at = ${p.now}
  where h.id = ${p.hold} and h.buyer_id = ${p.buyer} and h.status = 'ACTIVE' and ${isLiveByKey('h', p)} and h.item_count > 0
    and not exists (select 1 from earlier)
  returning h.*
),
placed as (
  insert into orders (event_id, buyer_id, hold_id, status, total_cents, currency, idempotency_key, created_at, buyer_email, buyer_name, api_key_id)
  select c.event_id, c.buyer_id, c.id, 'CONFIRMED',
         (select coalesce(sum(price_cents), 0) from lines) + (select coalesce(sum(quantity::bigint * unit_price_cents), 0) from tickets),
         (select currency from tiers where event_id = c.event_id order by id limit 1), ${p.key}, ${p.now},
         ${p.buyerEmail}::varchar, ${p.buyerName}::varchar, ${p.apiKey}::int
  from checked c
  returning *
),
sold as (
  update seats s set status = 'SOLD', order_id = o.id, hold_id = null, holder_id = null, version = s.version + 1
  from placed o
  where s.hold_id = o.hold_id and s.status = 'HELD'
  returning s.*
),
admissions as (
  insert into order_tickets (order_id, tier_id, seat_id, price_cents)
  select o.id, l.tier_id, l.seat_id, l.price_cents from placed o, lines l
  union all
  select o.id, t.tier_id, null, t.unit_price_cents from placed o, tickets t, generate_series(1, t.quantity)
  returning *
),
lines_off as (
  update hold_seats l set active = false from placed o where l.hold_id = o.hold_id and l.active returning l.id
),
ga as (
  select tier_id, sum(quantity)::int as quantity from tickets where exists (select 1 from placed) group by tier_id
),
tiers_sold as (
  update tiers t set held = t.held - g.quantity, sold = t.sold + g.quantity, version = t.version + 1 from ga g where t.id = g.tier_id returning t.*
),
buyer_back as (
  update users u set active_holds = u.active_holds - 1 from checked c where u.id = c.buyer_id returning u.id
),
${outboxCte(
  'confirmed_hooks',
  'ORDER_CONFIRMED',
  `select o.event_id, ${orderWebhookData('o', 'u', `(select coalesce(jsonb_agg(jsonb_build_object('ticketId', a.id::text, 'tierId', a.tier_id::text, 'priceCents', a.price_cents,
     'seat', case when s.id is null then null else jsonb_build_object('id', s.id::text, 'section', s.section, 'row', s."row", 'number', s.number) end) order by a.id), '[]'::jsonb)
     from admissions a left join sold s on s.id = a.seat_id)`)} as data
   from placed o join users u on u.id = o.buyer_id`,
  p.now,
)},
${outboxCte(
  'sold_out_hooks',
  'TIER_SOLD_OUT',
  `select t.event_id, ${tierSoldOutData('t')} as data
   from tiers_sold t where t.sold = t.capacity`,
  p.now,
)}
select
  ${undoWhen(
    `exists (select 1 from placed) and ((select count(*) from sold) <> (select count(*) from lines)
       or (select item_count from checked) <> (select count(*) from lines) + coalesce((select sum(quantity) from tickets), 0))`,
    'the hold changed meanwhile',
  )} as undone,
  (select json_build_object('buyerId', buyer_id, 'status', status, 'itemCount', item_count, 'live', ${isLive('found', p)}) from found) as found,
  (select ${orderJson('earlier')} from earlier) as earlier,
  (select ${orderJson('placed')} from placed) as placed,
  (select ${holdJson('checked')} from checked) as hold,
  ${jsonList(ticketJson('admissions'), 'admissions', 'admissions.id')} as tickets,
  ${jsonList(seatJson('sold'), 'sold', 'sold.id')} as seats,
  ${jsonList(tierJson('tiers_sold'), 'tiers_sold', 'tiers_sold.id')} as tiers`);

/** The types of its parameters, for its batch function (coalesce.ts): the checkouts of an on-sale go a batch per round trip. */
export const SELL_HOLD_BATCHABLE: Batchable<(typeof SELL_HOLD.params)[number]> = {
  statement: SELL_HOLD,
  types: { buyer: 'int', hold: 'int', key: 'text', now: 'timestamptz', buyerEmail: 'text', buyerName: 'text', apiKey: 'int' },
};

interface Row {
  found: { buyerId: number; status: string; itemCount: number; live: boolean } | null;
  earlier: OrderRow | null;
  placed: OrderRow | null;
  hold: HoldView | null;
  tickets: TicketRow[];
  seats: SeatView[];
  tiers: TierView[];
}

export type SellHoldOutcome =
  | { kind: 'sold'; order: OrderRow; tickets: TicketRow[]; changes: Changes }
  /** The key was used before by this buyer: that order, unchanged (whichever hold it was for). */
  | { kind: 'earlier'; order: OrderRow }
  | { kind: 'missing' }
  | { kind: 'empty' }
  /** Checked out before, with another key. */
  | { kind: 'checked-out' }
  | { kind: 'ended' };

/** A partner's customer as given at checkout, and the key that sells (null for a person's own checkout). */
export interface PartnerSale {
  email: string;
  name: string;
  apiKeyId: number;
}

export async function sellHold(store: InventoryStore, buyerId: number, holdId: number, key: string, now: Date, partner: PartnerSale | null = null): Promise<SellHoldOutcome> {
  // A concurrent checkout with the same key of another hold makes the loser's INSERT fail on the
  // unique key (the store runs it again); its snapshot then finds the winner's order.
  const row = await store.submit<(typeof SELL_HOLD.params)[number], Row>(
    SELL_HOLD_BATCHABLE,
    { buyer: buyerId, hold: holdId, key, now, buyerEmail: partner?.email ?? null, buyerName: partner?.name ?? null, apiKey: partner?.apiKeyId ?? null },
    // Sellable in the snapshot, yet this statement sold nothing: a concurrent checkout (or the
    // sweeper) took the hold first. Run again to answer from what it did (the same key's order).
    (r) => !r.placed && !r.earlier && r.found?.buyerId === buyerId && r.found.status === 'ACTIVE' && r.found.live && r.found.itemCount > 0,
  );
  if (row.earlier) return { kind: 'earlier', order: row.earlier };
  if (row.placed && row.hold) {
    return { kind: 'sold', order: row.placed, tickets: row.tickets, changes: new Changes({ holds: [row.hold], seats: row.seats, tiers: row.tiers }) };
  }
  if (!row.found || row.found.buyerId !== buyerId) return { kind: 'missing' };
  if (row.found.status === 'ACTIVE' && row.found.live && row.found.itemCount === 0) return { kind: 'empty' };
  if (row.found.status === 'CHECKED_OUT') return { kind: 'checked-out' };
  return { kind: 'ended' };
}
