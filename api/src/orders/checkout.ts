import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../context.ts';
import { HOLD_COLUMNS, SEAT_VIEW_COLUMNS, query, tierViewColumns } from '../db/sql.ts';
import { findOwnHold } from '../holds/hold-lifecycle.ts';
import { Changes } from '../realtime/changes.ts';
import type { HoldView, SeatView, TierView } from '../realtime/views.ts';
import { badInput, holdExpired } from '../shared/errors.ts';
import { validate } from '../shared/validate.ts';
import { OrderSchema, type Order } from './order.entity.ts';

const idempotencyKey = z.string().min(1, 'must not be empty').max(200, 'must have at most 200 characters');

/**
 * Turns an active hold into a confirmed order, in one transaction (rule 6). The hold's status
 * moves ACTIVE -> CHECKED_OUT by a conditional UPDATE that also requires it unexpired: the
 * sweeper's UPDATE and this one cannot both succeed, so a hold is either sold or expired, never
 * both. The same idempotency key from the same buyer returns the same order.
 */
export async function checkout(app: AppServices, em: EntityManager, buyerId: number, holdId: number, key: string): Promise<Order> {
  validate(z.object({ idempotencyKey }), { idempotencyKey: key });
  const earlier = await findByKey(em, buyerId, key, holdId);
  if (earlier) return earlier;
  const hold = await findOwnHold(em, buyerId, holdId);
  if (hold.status === 'ACTIVE' && hold.itemCount === 0) throw badInput('holdId: the hold is empty');

  const now = app.clock.now();
  const changes = new Changes();
  try {
    const order = await em.transactional(async (tx) => {
      const [checkedOut] = await query<HoldView>(
        tx,
        `update holds set status = 'CHECKED_OUT', ended_at = ? where id = ? and buyer_id = ? and status = 'ACTIVE' and expires_at > ?
         returning ${HOLD_COLUMNS}`,
        [now, holdId, buyerId, now],
      );
      if (!checkedOut) return null;
      changes.holds.push(checkedOut);
      return sell(tx, checkedOut, key, now, changes);
    });
    if (!order) {
      // Lost to a concurrent checkout with the same key, or the hold had ended.
      const concurrent = await findByKey(em.fork(), buyerId, key, holdId);
      if (concurrent) return concurrent;
      throw holdExpired();
    }
    await changes.publish(app.publisher);
    return order;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const concurrent = await findByKey(em.fork(), buyerId, key, holdId);
      if (concurrent) return concurrent;
    }
    throw error;
  }
}

async function findByKey(em: EntityManager, buyerId: number, key: string, holdId: number): Promise<Order | null> {
  const order = await em.findOne(OrderSchema, { buyerId, idempotencyKey: key });
  if (order && order.holdId !== holdId) throw badInput('idempotencyKey: this key was already used for another hold');
  return order;
}

interface HeldSeat {
  seatId: number;
  tierId: number;
  priceCents: number;
}
interface HeldTickets {
  tierId: number;
  quantity: number;
  unitPriceCents: number;
}

async function sell(tx: EntityManager, hold: HoldView, key: string, now: Date, changes: Changes): Promise<Order> {
  const seats = await query<HeldSeat>(
    tx,
    `select seat_id as "seatId", tier_id as "tierId", price_cents as "priceCents" from hold_seats where hold_id = ? and active`,
    [hold.id],
  );
  const tickets = await query<HeldTickets>(
    tx,
    `select tier_id as "tierId", quantity, unit_price_cents as "unitPriceCents" from hold_tickets where hold_id = ?`,
    [hold.id],
  );
  const [currencyRow] = await query<{ currency: string }>(tx, `select currency from tiers where event_id = ? order by id limit 1`, [hold.eventId]);
  const totalCents =
    seats.reduce((sum, s) => sum + s.priceCents, 0) + tickets.reduce((sum, t) => sum + t.quantity * t.unitPriceCents, 0);

  const order = tx.create(OrderSchema, {
    eventId: hold.eventId,
    buyerId: hold.buyerId,
    holdId: hold.id,
    status: 'CONFIRMED',
    totalCents,
    currency: currencyRow?.currency ?? 'EUR',
    idempotencyKey: key,
    createdAt: now,
    cancelledAt: null,
  });
  await tx.flush();

  const rows: string[] = [];
  const params: unknown[] = [];
  for (const s of seats) {
    rows.push('(?, ?, ?, ?)');
    params.push(order.id, s.tierId, s.seatId, s.priceCents);
  }
  for (const t of tickets) {
    for (let i = 0; i < t.quantity; i++) {
      rows.push('(?, ?, null, ?)');
      params.push(order.id, t.tierId, t.unitPriceCents);
    }
  }
  if (rows.length > 0) {
    await query(tx, `insert into order_tickets (order_id, tier_id, seat_id, price_cents) values ${rows.join(', ')}`, params);
  }
  await query(tx, `update hold_seats set active = false where hold_id = ? and active`, [hold.id]);
  const sold = await query<SeatView>(
    tx,
    `update seats set status = 'SOLD', order_id = ?, hold_id = null, holder_id = null, version = version + 1
     where hold_id = ? and status = 'HELD' returning ${SEAT_VIEW_COLUMNS}`,
    [order.id, hold.id],
  );
  if (sold.length !== seats.length) {
    throw new Error(`hold ${hold.id}: ${seats.length} seats held but ${sold.length} sold`);
  }
  const tiers = await query<TierView>(
    tx,
    `update tiers t set held = t.held - h.quantity, sold = t.sold + h.quantity, version = t.version + 1
     from (select tier_id, sum(quantity)::int as quantity from hold_tickets where hold_id = ? group by tier_id) h
     where t.id = h.tier_id returning ${tierViewColumns('t')}`,
    [hold.id],
  );
  changes.seats.push(...sold);
  changes.tiers.push(...tiers);
  return order;
}
