import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../context.ts';
import { releaseHold as releaseHoldTransition } from '../inventory/end-holds.ts';
import { extendHold as extendHoldTransition } from '../inventory/extend-hold.ts';
import { holdExpired, notFound } from '../shared/errors.ts';
import { settleReturns } from '../waitlist/offer-returned.ts';
import { HoldSchema } from './hold.entity.ts';
import { holdDeadlines } from './hold-timing.ts';
import { toHoldView, type HoldView } from './hold-view.ts';

/**
 * The heartbeat, in one statement: the life restarts but never past the cap, and only while the
 * hold is active and unexpired. Another buyer's hold answers like a missing one.
 */
export async function extendHold(app: AppServices, buyerId: number, holdId: number): Promise<HoldView> {
  const outcome = await extendHoldTransition(app.inventory, buyerId, holdId, holdDeadlines(app.clock.now(), app.config.holds));
  switch (outcome.kind) {
    case 'extended':
      await outcome.changes.publish(app.publisher);
      return outcome.hold;
    case 'missing':
      throw notFound('Hold', String(holdId));
    case 'ended':
      throw holdExpired();
  }
}

/** Gives the whole hold back. Releasing an already ended hold changes nothing and returns it. */
export async function releaseHold(app: AppServices, em: EntityManager, buyerId: number, holdId: number): Promise<HoldView> {
  const outcome = await releaseHoldTransition(app.inventory, buyerId, holdId, app.clock.now());
  switch (outcome.kind) {
    case 'released':
      await (await settleReturns(app, outcome.changes)).publish(app.publisher);
      return outcome.hold;
    case 'missing':
      throw notFound('Hold', String(holdId));
    case 'not-active':
      return toHoldView(await em.findOneOrFail(HoldSchema, holdId));
  }
}
