import type { GraphQLContext } from '../context.ts';
import { query } from '../db/sql.ts';
import type { Event } from '../events/event.entity.ts';
import { badInput, forbidden, notFound } from '../shared/errors.ts';

import { mayListOrders, orderViewer } from './order-access.ts';
import type { OrderView } from './order-view.ts';

export const ORDER_COLUMNS = `o.id, o.event_id as "eventId", o.buyer_id as "buyerId", o.hold_id as "holdId", o.status, o.total_cents as "totalCents",
  o.currency, o.idempotency_key as "idempotencyKey", o.created_at as "createdAt", o.cancelled_at as "cancelledAt",
  o.buyer_email as "buyerEmail", o.buyer_name as "buyerName", o.api_key_id as "apiKeyId"`;

/** One order, for its buyer, the event's organiser or a key that reaches the event; anyone else: NOT_FOUND. */
export async function findOrder(ctx: GraphQLContext, orderId: number): Promise<OrderView> {
  const [order] = await query<OrderView>(ctx.em, `select ${ORDER_COLUMNS} from orders o where o.id = ?`, [orderId]);
  if (!order || (await orderViewer(ctx, order)) === null) throw notFound('Order', String(orderId));
  return order;
}

const encodeCursor = (id: number) => Buffer.from(String(id)).toString('base64url');
function decodeCursor(cursor: string): number {
  const id = Number(Buffer.from(cursor, 'base64url').toString());
  if (!Number.isInteger(id) || id < 1) throw badInput('after: not a cursor returned by this API');
  return id;
}

/** `LIKE` treats `%`, `_` and `\` as patterns: a search for them means the characters. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** An event's orders, newest first, optionally searched by order id or the buyer's email or name. */
export async function eventOrders(ctx: GraphQLContext, event: Event, first: number, after: string | null, search: string | null) {
  if (!(await mayListOrders(ctx, event))) throw forbidden('Only the event’s organiser or an API key with READ can list its orders');
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first: must be between 1 and 100');
  const term = search?.trim() ?? '';
  if (term.length > 200) throw badInput('search: at most 200 characters');
  const params: unknown[] = [event.id];
  let where = 'o.event_id = ?';
  if (term) {
    where += ` and (o.id::text = ? or coalesce(o.buyer_email, u.email) ilike ? or coalesce(o.buyer_name, u.name) ilike ?)`;
    params.push(term, likePattern(term), likePattern(term));
  }
  const from = `orders o join users u on u.id = o.buyer_id where ${where}`;
  const pageParams = after ? [...params, decodeCursor(after)] : params;
  const [rows, [count]] = await Promise.all([
    query<OrderView>(ctx.em, `select ${ORDER_COLUMNS} from ${from}${after ? ' and o.id < ?' : ''} order by o.id desc limit ${first + 1}`, pageParams),
    query<{ n: number }>(ctx.app.orm.em.fork(), `select count(*)::int as n from ${from}`, params),
  ]);
  const page = rows.slice(0, first);
  const cursors = page.map((o) => encodeCursor(o.id));
  return {
    edges: page.map((node, i) => ({ node, cursor: cursors[i]! })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: cursors.at(-1) ?? null, hasPreviousPage: after !== null, startCursor: cursors[0] ?? null },
    totalCount: count?.n ?? 0,
  };
}

