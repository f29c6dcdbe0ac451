import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../context.ts';
import { isDraftEvent } from '../events/events.service.ts';
import { TierSchema } from '../events/tier.entity.ts';
import { query } from '../db/sql.ts';
import { DomainError, badInput, notFound, soldOut } from '../shared/errors.ts';
import { pickBestAvailable } from './best-available.ts';
import { reserveSeats, type Reservation } from './reserve-seats.ts';

const ATTEMPTS = 4;

/**
 * Chooses the best adjacent seats from a fresh read and reserves them with the versions read.
 * When another buyer wins one of them in between, the choice is made again from the new state.
 */
export async function reserveBestAvailable(
  app: AppServices,
  em: EntityManager,
  buyerId: number,
  eventId: number,
  tierId: number,
  quantity: number,
): Promise<Reservation> {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 100) throw badInput('quantity: must be between 1 and 100');
  const tier = await em.findOne(TierSchema, { id: tierId, eventId });
  if (!tier || (await isDraftEvent(em, eventId))) throw notFound('Tier', String(tierId));
  if (tier.kind !== 'RESERVED') throw badInput('tierId: general-admission tiers have no seats; use holdTickets');

  for (let attempt = 1; ; attempt++) {
    const seats = await query<{ id: number; section: string; row: string; number: number; x: number; y: number; status: string; version: number }>(
      em,
      `select id, section, "row", number, x, y, status, version from seats where tier_id = ?`,
      [tierId],
    );
    const pick = pickBestAvailable(
      seats.map((s) => ({ ...s, available: s.status === 'AVAILABLE' })),
      quantity,
    );
    if (!pick) throw soldOut(`No ${quantity} adjacent seats left in ${tier.name}`);
    const versions = new Map(seats.map((s) => [s.id, s.version]));
    try {
      return await reserveSeats(app, buyerId, pick.map((s) => ({ id: s.id, version: versions.get(s.id)! })));
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'CONFLICT') || attempt >= ATTEMPTS) throw error;
    }
  }
}
