import type { SeatView } from '../seats/seat-view.ts';
import { Changes } from './changes.ts';
import { jsonList, orderJson, seatJson } from './rows.ts';
import type { OrderRow } from './sell-hold.ts';
import { statement, undoWhen } from './statement.ts';
import type { InventoryStore } from './store.ts';

/**
 * Transition "sell at the box office": available seats of one event go straight to SOLD in a
 * confirmed order of `buyer`, without a hold the buyer keeps (a sale over the counter: the hold
 * is recorded already checked out, so every order still has its hold). All or nothing: a seat
 * taken meanwhile undoes the statement, which then answers that not every seat was available.
 * The demo seed sells a nearly sold-out club night this way.
 */
export const SELL_SEATS = statement('sell_seats', ['buyer', 'event', 'seatIds', 'key', 'now'], (p) => `
with seat as (
  select s.id, s.tier_id, t.price_cents, t.currency
  from seats s join tiers t on t.id = s.tier_id
  where s.id = any(${p.seatIds}::int[]) and s.event_id = ${p.event} and s.status = 'AVAILABLE'
),
ok as (
  select count(*)::int as quantity from seat having count(*) = cardinality(${p.seatIds}::int[]) and count(*) > 0
),
counter as (
  insert into holds (event_id, buyer_id, status, item_count, item_limit, created_at, last_activity_at, life_ends_at, max_expires_at, expires_at, ended_at)
  select ${p.event}, ${p.buyer}, 'CHECKED_OUT', ok.quantity, ok.quantity, ${p.now}, ${p.now}, ${p.now}, ${p.now}, ${p.now}, ${p.now} from ok
  returning id
),
placed as (
  insert into orders (event_id, buyer_id, hold_id, status, total_cents, currency, idempotency_key, created_at)
  select ${p.event}, ${p.buyer}, c.id, 'CONFIRMED', (select sum(price_cents) from seat), (select min(currency) from seat), ${p.key}, ${p.now}
  from counter c
  returning *
),
sold as (
  update seats s set status = 'SOLD', order_id = o.id, version = s.version + 1
  from placed o, seat
  where s.id = seat.id and s.status = 'AVAILABLE'
  returning s.*
),
admissions as (
  insert into order_tickets (order_id, tier_id, seat_id, price_cents)
  select o.id, seat.tier_id, seat.id, seat.price_cents from placed o, seat
  returning id
)
select
  ${undoWhen('exists (select 1 from placed) and (select count(*) from sold) <> (select quantity from ok)', 'a seat was taken meanwhile')} as undone,
  (select ${orderJson('placed')} from placed) as "order",
  ${jsonList(seatJson('sold'), 'sold', 'sold.id')} as seats`);

export type SellSeatsOutcome = { kind: 'sold'; order: OrderRow; seats: SeatView[]; changes: Changes } | { kind: 'unavailable' };

export async function sellSeats(store: InventoryStore, buyerId: number, eventId: number, seatIds: readonly number[], key: string, now: Date): Promise<SellSeatsOutcome> {
  const row = await store.run<(typeof SELL_SEATS.params)[number], { order: OrderRow | null; seats: SeatView[] }>(SELL_SEATS, {
    buyer: buyerId,
    event: eventId,
    seatIds,
    key,
    now,
  });
  if (!row.order) return { kind: 'unavailable' };
  return { kind: 'sold', order: row.order, seats: row.seats, changes: new Changes({ seats: row.seats }) };
}
