import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../context.ts';
import { SEAT_VIEW_COLUMNS, query, tierViewColumns } from '../db/sql.ts';
import { Changes } from '../realtime/changes.ts';
import type { SeatView, TierView } from '../realtime/views.ts';
import { forbidden, notFound } from '../shared/errors.ts';
import { OrderSchema, type Order } from './order.entity.ts';

/**
 * Cancels the caller's order and puts its seats and tickets back on sale. The status moves by a
 * conditional UPDATE, so two concurrent cancels return everything once. Cancelling a cancelled
 * order changes nothing and returns it.
 */
export async function cancelOrder(app: AppServices, em: EntityManager, buyerId: number, orderId: number): Promise<Order> {
  const order = await em.findOne(OrderSchema, orderId);
  if (!order) throw notFound('Order', String(orderId));
  if (order.buyerId !== buyerId) throw forbidden('This order is not yours');
  const now = app.clock.now();
  const changes = new Changes();
  await em.transactional(async (tx) => {
    const [cancelled] = await query<{ id: number }>(
      tx,
      `update orders set status = 'CANCELLED', cancelled_at = ? where id = ? and status = 'CONFIRMED' returning id`,
      [now, orderId],
    );
    if (!cancelled) return;
    const seats = await query<SeatView>(
      tx,
      `update seats set status = 'AVAILABLE', order_id = null, version = version + 1
       where order_id = ? and status = 'SOLD' returning ${SEAT_VIEW_COLUMNS}`,
      [orderId],
    );
    const tiers = await query<TierView>(
      tx,
      `update tiers t set sold = t.sold - g.quantity, version = t.version + 1
       from (select tier_id, count(*)::int as quantity from order_tickets where order_id = ? and seat_id is null and active group by tier_id) g
       where t.id = g.tier_id returning ${tierViewColumns('t')}`,
      [orderId],
    );
    await query(tx, `update order_tickets set active = false where order_id = ? and active`, [orderId]);
    changes.seats.push(...seats);
    changes.tiers.push(...tiers);
  });
  await changes.publish(app.publisher);
  return em.fork().findOneOrFail(OrderSchema, orderId);
}
