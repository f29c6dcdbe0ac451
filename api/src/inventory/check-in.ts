import { outboxCte } from './outbox.ts';
import { statement } from './statement.ts';
import type { InventoryStore } from './store.ts';
import type { TicketRow } from './sell-hold.ts';

/**
 * Transition "check in" (the door): a ticket of a confirmed order of the event is let in by one
 * conditional update, `UPDATE order_tickets SET checked_in_at = now WHERE ... AND checked_in_at IS
 * NULL`, which PostgreSQL re-checks on the newest row version: of any number of concurrent scans,
 * exactly one updates the row. The others' snapshots still saw it unchecked, so they run again
 * (see `checkIn`) and answer ALREADY_CHECKED_IN with the winner's time. The webhook delivery is
 * written by the same statement.
 */
export const CHECK_IN = statement('check_in', ['event', 'secret', 'now'], (p) => `
with found as (
  select t.id, t.order_id, t.tier_id, t.seat_id, t.price_cents, t.active, t.secret, t.checked_in_at, o.event_id, o.buyer_id, o.status as order_status
  from order_tickets t join orders o on o.id = t.order_id
  where t.secret = ${p.secret}
),
checked as (
  update order_tickets t set checked_in_at = ${p.now}
  from found f
  where t.id = f.id and f.event_id = ${p.event} and f.order_status = 'CONFIRMED' and t.active and t.checked_in_at is null
  returning t.*
),
${outboxCte(
  'checked_in_hooks',
  'TICKET_CHECKED_IN',
  `select f.event_id, jsonb_build_object('ticketId', c.id::text, 'orderId', c.order_id::text, 'eventId', f.event_id::text, 'tierId', c.tier_id::text,
     'seatId', c.seat_id::text, 'checkedInAt', c.checked_in_at) as data
   from checked c join found f on f.id = c.id`,
  p.now,
)}
select
  (select json_build_object('id', id, 'orderId', order_id, 'tierId', tier_id, 'seatId', seat_id, 'priceCents', price_cents, 'active', active,
     'secret', secret, 'checkedInAt', checked_in_at, 'eventId', event_id, 'buyerId', buyer_id, 'orderStatus', order_status) from found) as found,
  (select checked_in_at from checked) as "checkedInAt"`);

export interface ScannedTicket extends TicketRow {
  eventId: number;
  buyerId: number;
  orderStatus: 'CONFIRMED' | 'CANCELLED';
}

export type CheckInOutcome =
  | { kind: 'checked-in'; ticket: ScannedTicket; at: string }
  | { kind: 'already'; ticket: ScannedTicket; at: string }
  | { kind: 'cancelled'; ticket: ScannedTicket }
  | { kind: 'wrong-event' }
  | { kind: 'unknown' };

export async function checkIn(store: InventoryStore, eventId: number, secret: string, now: Date): Promise<CheckInOutcome> {
  const row = await store.run<(typeof CHECK_IN.params)[number], { found: ScannedTicket | null; checkedInAt: string | null }>(
    CHECK_IN,
    { event: eventId, secret, now },
    // Unchecked in this statement's snapshot, yet it let nobody in: a concurrent scan won. Run
    // again to answer with the time that scan recorded.
    (r) => r.checkedInAt === null && r.found !== null && r.found.eventId === eventId && r.found.orderStatus === 'CONFIRMED' && r.found.active && r.found.checkedInAt === null,
  );
  const { found } = row;
  if (!found) return { kind: 'unknown' };
  if (found.eventId !== eventId) return { kind: 'wrong-event' };
  if (row.checkedInAt) return { kind: 'checked-in', ticket: { ...found, checkedInAt: row.checkedInAt }, at: row.checkedInAt };
  if (found.orderStatus !== 'CONFIRMED' || !found.active) return { kind: 'cancelled', ticket: found };
  if (found.checkedInAt) return { kind: 'already', ticket: found, at: found.checkedInAt };
  return { kind: 'unknown' };
}
