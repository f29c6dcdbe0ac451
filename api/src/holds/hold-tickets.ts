import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../context.ts';
import { query, tierViewColumns } from '../db/sql.ts';
import { EventSchema } from '../events/event.entity.ts';
import { TierSchema } from '../events/tier.entity.ts';
import { Changes } from '../realtime/changes.ts';
import type { HoldView, TierView } from '../realtime/views.ts';
import { assertOnSale } from '../seats/reserve-seats.ts';
import { badInput, notFound, soldOut } from '../shared/errors.ts';
import { claimHold } from './hold-claim.ts';

/**
 * Adds general-admission tickets to the buyer's hold (rule 4). The tier's counters move by one
 * conditional UPDATE: of N concurrent requests for the last K tickets, exactly K tickets' worth
 * succeed; the rest get SOLD_OUT. The CHECK constraint `held + sold <= capacity` backs it.
 */
export async function holdTickets(app: AppServices, em: EntityManager, buyerId: number, tierId: number, quantity: number): Promise<HoldView> {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 100) throw badInput('quantity: must be between 1 and 100');
  const tier = await em.findOne(TierSchema, tierId);
  if (!tier) throw notFound('Tier', String(tierId));
  if (tier.kind !== 'GENERAL_ADMISSION') throw badInput('tierId: this tier has reserved seats; use reserveSeat');
  const event = await em.findOneOrFail(EventSchema, tier.eventId);
  if (event.status === 'DRAFT') throw notFound('Tier', String(tierId)); // as if missing (issue 11)
  assertOnSale(event);

  const now = app.clock.now();
  const changes = new Changes();
  const hold = await em.transactional(async (tx) => {
    const hold = await claimHold(tx, buyerId, event, quantity, now, app.config.holds, changes);
    const [updated] = await query<TierView>(
      tx,
      `update tiers set held = held + ?, version = version + 1
       where id = ? and capacity - sold - held >= ? returning ${tierViewColumns()}`,
      [quantity, tierId, quantity],
    );
    if (!updated) throw soldOut(quantity === 1 ? `${tier.name} is sold out` : `Fewer than ${quantity} tickets left in ${tier.name}`);
    await query(tx, `insert into hold_tickets (hold_id, tier_id, quantity, unit_price_cents) values (?, ?, ?, ?)`, [
      hold.id,
      tierId,
      quantity,
      tier.priceCents,
    ]);
    changes.tiers.push(updated);
    return hold;
  });
  await changes.publish(app.publisher);
  return hold;
}
