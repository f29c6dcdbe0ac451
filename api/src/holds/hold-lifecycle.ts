import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../context.ts';
import { HOLD_COLUMNS, query } from '../db/sql.ts';
import { Changes } from '../realtime/changes.ts';
import { toHoldView, type HoldView } from '../realtime/views.ts';
import { forbidden, holdExpired, notFound } from '../shared/errors.ts';
import { endHolds } from './hold-release.ts';
import { HoldSchema, type Hold } from './hold.entity.ts';
import { extendHoldTimes, isHoldLive } from './hold-timing.ts';

export async function findOwnHold(em: EntityManager, buyerId: number, holdId: number): Promise<Hold> {
  const hold = await em.findOne(HoldSchema, holdId);
  if (!hold) throw notFound('Hold', String(holdId));
  if (hold.buyerId !== buyerId) throw forbidden('This hold is not yours');
  return hold;
}

/**
 * The heartbeat. The new expiry is computed from the stored times by the pure rule, and written
 * only if the hold is still active and unexpired, so a late heartbeat cannot revive a hold the
 * sweeper is ending, and no sequence of calls passes the hard cap.
 */
export async function extendHold(app: AppServices, em: EntityManager, buyerId: number, holdId: number): Promise<HoldView> {
  const hold = await findOwnHold(em, buyerId, holdId);
  const now = app.clock.now();
  if (hold.status !== 'ACTIVE' || !isHoldLive(hold, now)) throw holdExpired();
  const times = extendHoldTimes(hold, now, app.config.holds);
  const [extended] = await query<HoldView>(
    em,
    `update holds set last_activity_at = ?, life_ends_at = ?, expires_at = ?
     where id = ? and status = 'ACTIVE' and expires_at > ? returning ${HOLD_COLUMNS}`,
    [times.lastActivityAt, times.lifeEndsAt, times.expiresAt, holdId, now],
  );
  if (!extended) throw holdExpired();
  await app.publisher.publish('hold', extended.buyerId, extended);
  return extended;
}

/** Gives the whole hold back. Releasing an already ended hold changes nothing and returns it. */
export async function releaseHold(app: AppServices, em: EntityManager, buyerId: number, holdId: number): Promise<HoldView> {
  const hold = await findOwnHold(em, buyerId, holdId);
  const changes = new Changes();
  const [ended] = await em.transactional((tx) => endHolds(tx, [hold.id], 'RELEASED', app.clock.now(), changes));
  await changes.publish(app.publisher);
  return ended ?? toHoldView(await em.fork().findOneOrFail(HoldSchema, holdId));
}
