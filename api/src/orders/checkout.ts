import { z } from 'zod';
import type { AppServices } from '../context.ts';
import { sellHold, type PartnerSale } from '../inventory/sell-hold.ts';
import { InventoryContention } from '../inventory/statement.ts';
import { DomainError, badInput, holdExpired, notFound } from '../shared/errors.ts';
import { validate } from '../shared/validate.ts';
import type { OrderView } from './order-view.ts';

// Built once: zod compiles an object schema on its first parse, which per request cost more than the check.
const checkoutInput = z.object({ idempotencyKey: z.string().min(1, 'must not be empty').max(200, 'must have at most 200 characters') });
const partnerSaleInput = z.object({
  buyer: z.object({
    email: z.email('is not a valid email address').max(254),
    name: z.string().trim().min(1, 'must not be empty').max(100, 'must have at most 100 characters'),
  }),
});

/** A hold token's checkout names the customer: they are who the order and its tickets are for. */
export function partnerSale(apiKeyId: number, buyer: { email: string; name: string } | null | undefined): PartnerSale {
  if (!buyer) throw badInput('buyer: a hold token’s checkout needs the customer’s email and name');
  const { email, name } = validate(partnerSaleInput, { buyer }).buyer;
  return { email: email.toLowerCase(), name, apiKeyId };
}

/**
 * Turns an active hold into a confirmed order in one statement (inventory/sell-hold.ts, rule 6):
 * a hold is either sold or expired, never both. The same idempotency key from the same buyer
 * returns the same order and never sells twice.
 */
export async function checkout(app: AppServices, buyerId: number, holdId: number, key: string, partner: PartnerSale | null = null): Promise<OrderView> {
  validate(checkoutInput, { idempotencyKey: key });
  let outcome;
  try {
    outcome = await sellHold(app.inventory, buyerId, holdId, key, app.clock.now(), partner);
  } catch (error) {
    if (error instanceof InventoryContention) throw new DomainError('CONFLICT', 'This hold is changing right now; try again with the same key');
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === '22003') throw badInput('holdId: the total is too large for one order');
    throw error;
  }
  switch (outcome.kind) {
    case 'sold': {
      await outcome.changes.publish(app.publisher);
      const sold = new Map(outcome.changes.seats.map((seat) => [seat.id, seat]));
      return { ...outcome.order, tickets: outcome.tickets.map((t) => ({ ...t, seat: t.seatId == null ? null : (sold.get(t.seatId) ?? null) })) };
    }
    case 'earlier':
      if (outcome.order.holdId !== holdId) throw badInput('idempotencyKey: this key was already used for another hold');
      return outcome.order;
    case 'missing':
      throw notFound('Hold', String(holdId));
    case 'empty':
      throw badInput('holdId: the hold is empty');
    case 'checked-out':
      throw holdExpired('This hold was already checked out (with another idempotency key)');
    case 'ended':
      throw holdExpired();
  }
}
