import type { EntityManager } from '@mikro-orm/postgresql';
import type { HoldPolicy } from '../config.ts';
import { HOLD_COLUMNS, query } from '../db/sql.ts';
import type { Changes } from '../realtime/changes.ts';
import type { HoldView } from '../realtime/views.ts';
import { DomainError, limitExceeded } from '../shared/errors.ts';
import { endHolds } from './hold-release.ts';
import { newHoldTimes } from './hold-timing.ts';

export interface HoldRow extends HoldView {
  itemCount: number;
  itemLimit: number;
}

const plusSeconds = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

/**
 * Counts `count` more seats or tickets into the buyer's active hold for the event, creating the
 * hold if there is none, inside the caller's transaction. One conditional UPDATE on the hot path:
 * the per-order limit and the expiry are checked by the database, so concurrent requests of one
 * buyer cannot together exceed the limit (LIMIT_EXCEEDED). Taking something is activity: the
 * inactivity clock restarts (never past the hold's life).
 */
export async function claimHold(
  em: EntityManager,
  buyerId: number,
  event: { id: number; perOrderLimit: number },
  count: number,
  now: Date,
  policy: HoldPolicy,
  changes: Changes,
): Promise<HoldRow> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [claimed] = await query<HoldRow>(
      em,
      `update holds set item_count = item_count + ?, last_activity_at = ?, expires_at = least(life_ends_at, ?)
       where buyer_id = ? and event_id = ? and status = 'ACTIVE' and expires_at > ? and item_count + ? <= item_limit
       returning ${HOLD_COLUMNS}`,
      [count, now, plusSeconds(now, policy.idleSeconds), buyerId, event.id, now, count],
    );
    if (claimed) {
      changes.holds.push(claimed);
      return claimed;
    }
    const [current] = await query<HoldRow>(
      em,
      `select ${HOLD_COLUMNS} from holds where buyer_id = ? and event_id = ? and status = 'ACTIVE'`,
      [buyerId, event.id],
    );
    if (current && new Date(current.expiresAt) > now) {
      // The UPDATE's snapshot can predate a hold that another request of this buyer committed
      // since: this statement sees it. Under the limit, claim again; over it, refuse.
      if (current.itemCount + count <= current.itemLimit) continue;
      throw limitExceeded(current.itemLimit);
    }
    if (current) {
      // Expired but not yet swept: end it here rather than make the buyer wait for the sweeper.
      await endHolds(em, [current.id], 'EXPIRED', now, changes);
    }
    if (count > event.perOrderLimit) throw limitExceeded(event.perOrderLimit);
    await assertRoomForAnotherEvent(em, buyerId, event.id, now, policy.maxEvents);
    const times = newHoldTimes(now, policy);
    const [created] = await query<HoldRow>(
      em,
      `insert into holds (event_id, buyer_id, status, item_count, item_limit, created_at, last_activity_at, life_ends_at, max_expires_at, expires_at)
       values (?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing returning ${HOLD_COLUMNS}`,
      [event.id, buyerId, count, event.perOrderLimit, now, times.lastActivityAt, times.lifeEndsAt, times.maxExpiresAt, times.expiresAt],
    );
    if (created) {
      changes.holds.push(created);
      return created;
    }
    // Another request of the same buyer created the hold a moment ago: claim in that one.
  }
  throw new Error(`could not claim a hold for buyer ${buyerId} on event ${event.id}`);
}

/**
 * A buyer holds seats in at most `maxEvents` events at once (bots hoarding across events). The
 * UPDATE of the buyer's row orders the buyer's concurrent hold creations: a second one waits here
 * until the first commits, and its count (a new statement, so a new snapshot) then sees that hold.
 * Two first reservations in two different events cannot both slip under the cap.
 */
async function assertRoomForAnotherEvent(em: EntityManager, buyerId: number, eventId: number, now: Date, maxEvents: number) {
  await query(em, `update users set last_hold_at = ? where id = ?`, [now, buyerId]);
  const [row] = await query<{ n: number }>(
    em,
    `select count(*)::int as n from holds where buyer_id = ? and status = 'ACTIVE' and expires_at > ? and event_id <> ?`,
    [buyerId, now, eventId],
  );
  if ((row?.n ?? 0) >= maxEvents) {
    throw new DomainError('LIMIT_EXCEEDED', `You already hold seats or tickets in ${maxEvents} events: check out or release one first`, { maxEvents });
  }
}

/** Takes `count` items back out of a hold (a seat released); the buyer acted, so the idle clock restarts. */
export async function unclaimHold(em: EntityManager, holdId: number, count: number, now: Date, policy: HoldPolicy, changes: Changes) {
  const [hold] = await query<HoldRow>(
    em,
    `update holds set item_count = item_count - ?, last_activity_at = ?, expires_at = least(life_ends_at, ?)
     where id = ? and status = 'ACTIVE' returning ${HOLD_COLUMNS}`,
    [count, now, plusSeconds(now, policy.idleSeconds), holdId],
  );
  if (hold) changes.holds.push(hold);
}
