import { randomUUID } from 'node:crypto';
import type { GraphQLContext } from '../context.ts';
import { holdDeadlines } from '../holds/hold-timing.ts';
import type { HoldView } from '../holds/hold-view.ts';
import { openTokenHold } from '../inventory/open-token-hold.ts';
import { badInput, notFound } from '../shared/errors.ts';
import { requireKeyOn } from './access.ts';

export interface HoldTokenAnswer {
  token: string;
  expiresAt: Date | string;
  hold: HoldView;
}

/**
 * A hold for one anonymous customer of the partner (docs/rules.md, partners): the customer is an
 * account of its own with one empty hold on the event (inventory/open-token-hold.ts), and the
 * token, signed for the key, names both.
 */
export async function createHoldToken(ctx: GraphQLContext, eventId: number): Promise<HoldTokenAnswer> {
  const key = requireKeyOn(ctx, 'SELL', eventId);
  const { app } = ctx;
  const email = `customer-${randomUUID()}@customers.tessera.invalid`;
  const outcome = await openTokenHold(app.inventory, key.id, eventId, email, holdDeadlines(app.clock.now(), app.config.holds));
  switch (outcome.kind) {
    case 'missing':
      throw notFound('Event', String(eventId));
    case 'not-on-sale':
      throw badInput(`Event ${eventId} is not on sale`);
    case 'opened': {
      await outcome.changes.publish(app.publisher);
      const { hold } = outcome;
      const token = app.partners.holdTokens.sign({ keyId: key.id, customerId: hold.buyerId, holdId: hold.id, eventId });
      return { token, expiresAt: hold.maxExpiresAt, hold };
    }
  }
}
