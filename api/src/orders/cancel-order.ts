import type { AppServices } from '../context.ts';
import { cancelOrder as cancelOrderTransition } from '../inventory/cancel-order.ts';
import { notFound } from '../shared/errors.ts';
import { settleReturns } from '../waitlist/offer-returned.ts';
import type { OrderView } from './order-view.ts';

/**
 * Cancels the caller's order and puts its seats and tickets back on sale, in one statement; two
 * concurrent cancels give everything back once. Cancelling a cancelled order changes nothing and
 * returns it. Another buyer's order answers like a missing one.
 */
export async function cancelOrder(app: AppServices, buyerId: number, orderId: number): Promise<OrderView> {
  const outcome = await cancelOrderTransition(app.inventory, buyerId, orderId, app.clock.now());
  if (outcome.kind === 'missing') throw notFound('Order', String(orderId));
  await (await settleReturns(app, outcome.changes)).publish(app.publisher);
  return outcome.order;
}
