import type { AppServices } from '../context.ts';
import { holdTickets as holdTicketsTransition } from '../inventory/hold-tickets.ts';
import { expireHolds } from '../inventory/end-holds.ts';
import { InventoryContention } from '../inventory/statement.ts';
import { DomainError, badInput, notFound, soldOut } from '../shared/errors.ts';
import { claimRefusalError } from './claim-refusal.ts';
import { holdDeadlines } from './hold-timing.ts';
import type { HoldTokenClaims } from '../partners/hold-tokens.ts';
import { holdTokenRefusal } from '../partners/hold-token-refusal.ts';
import type { HoldView } from './hold-view.ts';
import { settleReturns } from '../waitlist/offer-returned.ts';

const busy = () => new DomainError('CONFLICT', 'This tier is changing right now; try again');

/**
 * Adds general-admission tickets to the buyer's hold (rule 4), in one statement
 * (inventory/hold-tickets.ts): of N concurrent requests for the last K tickets, exactly K
 * tickets' worth succeed; the rest get SOLD_OUT.
 */
export async function holdTickets(app: AppServices, buyerId: number, tierId: number, quantity: number, token: HoldTokenClaims | null = null): Promise<HoldView> {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 100) throw badInput('quantity: must be between 1 and 100');
  for (let attempt = 1; ; attempt++) {
    const now = app.clock.now();
    let outcome;
    try {
      outcome = await holdTicketsTransition(app.inventory, buyerId, tierId, quantity, holdDeadlines(now, app.config.holds), token ? 0 : app.config.holds.maxEvents);
    } catch (error) {
      if (error instanceof InventoryContention) throw busy();
      throw error;
    }
    switch (outcome.kind) {
      case 'held':
        await outcome.changes.publish(app.publisher);
        return outcome.hold;
      case 'missing':
        throw notFound('Tier', String(tierId));
      case 'reserved-seating':
        throw badInput('tierId: this tier has reserved seats; use reserveSeat');
      case 'not-on-sale':
        if (outcome.eventStatus === 'DRAFT') throw notFound('Tier', String(tierId));
        throw badInput(`Event ${outcome.eventId} is not on sale`);
      case 'sold-out':
        throw soldOut(quantity === 1 || outcome.available === 0 ? `${outcome.name} is sold out` : `Fewer than ${quantity} tickets left in ${outcome.name}`);
      case 'refused':
        if (outcome.refusal === 'HOLD_ENDED' && attempt < 3) {
          await (await settleReturns(app, (await expireHolds(app.inventory, now, 500)).changes)).publish(app.publisher);
          continue;
        }
        if (token && (outcome.refusal === 'EVENTS_LIMIT' || outcome.refusal === 'COOLING_DOWN')) throw holdTokenRefusal(token, outcome.eventId);
        if (outcome.refusal === 'HOLD_ENDED' || outcome.refusal === 'RACE') throw busy();
        throw claimRefusalError(outcome.refusal, outcome, now, app.config.holds);
    }
  }
}
