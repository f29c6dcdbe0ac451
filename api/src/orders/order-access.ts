import type { GraphQLContext } from '../context.ts';
import { keyMay, keyReaches } from '../partners/access.ts';

/** How the caller stands to an order: its buyer, the event's organiser, one of the event's keys, or a stranger. */
export type OrderViewer = 'buyer' | 'organiser' | 'key' | null;

/**
 * The event's organiser and a key reaching the event with `READ` (or the `SELL` key that sold the
 * order) see the buyer and the tickets' secrets; the buyer sees their own secrets; nobody else
 * sees anything of the order.
 */
export async function orderViewer(ctx: GraphQLContext, order: { eventId: number; buyerId: number; apiKeyId?: number | null }): Promise<OrderViewer> {
  const key = ctx.apiKey;
  if (key) {
    if (!keyReaches(key, order.eventId)) return null;
    return keyMay(key, 'READ') || (keyMay(key, 'SELL') && order.apiKeyId === key.id) ? 'key' : null;
  }
  if (!ctx.user) return null;
  const event = await ctx.loaders.event(order.eventId);
  if (event?.organizerId === ctx.user.id) return 'organiser';
  return order.buyerId === ctx.user.id ? 'buyer' : null;
}

/** Whether the caller may read an event's orders: its organiser, or a key with `READ` on it. */
export async function mayListOrders(ctx: GraphQLContext, event: { id: number; organizerId: number }): Promise<boolean> {
  if (ctx.apiKey) return keyReaches(ctx.apiKey, event.id) && keyMay(ctx.apiKey, 'READ');
  return ctx.user !== null && event.organizerId === ctx.user.id;
}
