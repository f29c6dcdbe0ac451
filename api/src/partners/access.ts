import type { GraphQLContext } from '../context.ts';
import { query } from '../db/sql.ts';
import { badInput, forbidden, notFound, unauthenticated } from '../shared/errors.ts';
import { requireUser } from '../shared/guards.ts';
import type { ApiKeyCaller, ApiScope } from './api-key-view.ts';
import type { HoldTokenClaims } from './hold-tokens.ts';

export const keyReaches = (key: ApiKeyCaller, eventId: number) => key.eventIds.includes(eventId);
export const keyMay = (key: ApiKeyCaller, scope: ApiScope) => key.scopes.includes(scope);

/** The caller's key, with `scope`: UNAUTHENTICATED without a key, FORBIDDEN without the scope. */
export function requireKeyScope(ctx: GraphQLContext, scope: ApiScope): ApiKeyCaller {
  if (!ctx.apiKey) throw unauthenticated('This needs an API key');
  if (!keyMay(ctx.apiKey, scope)) throw forbidden(`This API key lacks the ${scope} scope`);
  return ctx.apiKey;
}

/** The key's scope on an event it reaches; another event answers like a missing one. */
export function requireKeyOn(ctx: GraphQLContext, scope: ApiScope, eventId: number): ApiKeyCaller {
  const key = requireKeyScope(ctx, scope);
  if (!keyReaches(key, eventId)) throw notFound('Event', String(eventId));
  return key;
}

/** The buyer whose hold a reserve, release or GA mutation changes, and the hold token if one was given. */
export interface ActingBuyer {
  buyerId: number;
  /** Set when a partner acts for a customer: the customer has exactly one hold, and may open no other. */
  token: HoldTokenClaims | null;
}

/**
 * A person acts for themselves; a key with `SELL` acts for the customer of the hold token it
 * passes. A key without a token, or a token without a key, is refused.
 */
export function actingBuyer(ctx: GraphQLContext, holdToken: string | null | undefined): ActingBuyer {
  if (holdToken != null) {
    if (!ctx.apiKey) throw badInput('holdToken: hold tokens are used with the API key that made them');
    const key = requireKeyScope(ctx, 'SELL');
    const token = ctx.app.partners.holdTokens.verify(holdToken, key.id);
    return { buyerId: token.customerId, token };
  }
  if (ctx.apiKey) throw badInput('holdToken: an API key reserves for a customer: pass the token from createHoldToken');
  return { buyerId: requireUser(ctx).id, token: null };
}

/**
 * Whose hold a hold id names: the caller's own for a person; for a key with `SELL`, the customer
 * of one of its hold tokens (one read). Anything else answers like a missing hold.
 */
export async function holdBuyer(ctx: GraphQLContext, holdId: number): Promise<{ buyerId: number; partner: boolean }> {
  if (!ctx.apiKey) return { buyerId: requireUser(ctx).id, partner: false };
  const key = requireKeyScope(ctx, 'SELL');
  const [row] = await query<{ buyerId: number }>(
    ctx.em,
    `select h.buyer_id as "buyerId" from holds h join users u on u.id = h.buyer_id where h.id = ? and u.api_key_id = ?`,
    [holdId, key.id],
  );
  if (!row) throw notFound('Hold', String(holdId));
  return { buyerId: row.buyerId, partner: true };
}

/** Whose order an order id names, as `holdBuyer` does for holds. */
export async function orderBuyer(ctx: GraphQLContext, orderId: number): Promise<number> {
  if (!ctx.apiKey) return requireUser(ctx).id;
  const key = requireKeyScope(ctx, 'SELL');
  const [row] = await query<{ buyerId: number }>(ctx.em, `select buyer_id as "buyerId" from orders where id = ? and api_key_id = ?`, [orderId, key.id]);
  if (!row) throw notFound('Order', String(orderId));
  return row.buyerId;
}
