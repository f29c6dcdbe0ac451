import {
  LockMode,
  OptimisticLockError,
  UniqueConstraintViolationException,
  type EntityManager,
} from '@mikro-orm/postgresql';
import type { AppServices } from '../context.ts';
import type { Event } from '../events/event.entity.ts';
import { claimHold } from '../holds/hold-claim.ts';
import { HoldSeatSchema } from '../holds/hold.entity.ts';
import { Changes } from '../realtime/changes.ts';
import type { SeatView } from '../realtime/views.ts';
import { badInput, conflict, notFound, type SeatState } from '../shared/errors.ts';
import { SeatSchema, seatView, type Seat } from './seat.entity.ts';

export interface SeatVersion {
  id: number;
  version: number;
}

const stateOf = (seat: Pick<Seat, 'id' | 'version' | 'status'>): SeatState => ({
  id: String(seat.id),
  version: seat.version,
  status: seat.status,
});

/**
 * Holds the given seats for the buyer, all or nothing (PRODUCT.md rules 1-3, 7). Optimistic
 * concurrency only: each seat is loaded with the version the buyer saw (MikroORM's optimistic
 * lock check), changed in memory, and flushed as `UPDATE seats ... WHERE id = ? AND version = ?`.
 * A seat changed by anyone in between fails the whole transaction with CONFLICT, carrying the
 * seat's current state. No row, table or advisory lock is requested.
 */
export async function reserveSeats(
  app: AppServices,
  em: EntityManager,
  buyerId: number,
  requests: readonly SeatVersion[],
): Promise<SeatView[]> {
  if (requests.length === 0) throw badInput('seats: give at least one seat');
  if (new Set(requests.map((r) => r.id)).size !== requests.length) throw badInput('seats: a seat is listed twice');
  const now = app.clock.now();
  const changes = new Changes();
  try {
    const seats = await em.transactional(async (tx) => {
      const seats = await loadAtVersions(tx, requests);
      const event = seats[0]!.event.getEntity();
      if (seats.some((s) => s.event.id !== event.id)) throw badInput('seats: all seats must belong to one event');
      assertOnSale(event);
      const taken = seats.find((s) => s.status !== 'AVAILABLE');
      if (taken) throw conflict(stateOf(taken));

      const hold = await claimHold(tx, buyerId, event, seats.length, now, app.config.holds, changes);
      for (const seat of seats) {
        seat.status = 'HELD';
        seat.holdId = hold.id;
        seat.holderId = buyerId;
        tx.create(HoldSeatSchema, { holdId: hold.id, seatId: seat.id, tierId: seat.tier.id, priceCents: seat.tier.getEntity().priceCents, active: true });
      }
      await tx.flush();
      return seats;
    });
    const views = seats.map(seatView);
    changes.seats.push(...views);
    await changes.publish(app.publisher);
    return views;
  } catch (error) {
    if (error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException) {
      throw await conflictFromCurrentState(em, requests);
    }
    throw error;
  }
}

async function loadAtVersions(tx: EntityManager, requests: readonly SeatVersion[]): Promise<Seat[]> {
  if (requests.length === 1) {
    const { id, version } = requests[0]!;
    const seat = await tx.findOne(SeatSchema, id, { populate: ['event', 'tier'] });
    if (!seat) throw notFound('Seat', String(id));
    // MikroORM's optimistic lock check: throws OptimisticLockError when the stored version differs.
    await tx.lock(seat, LockMode.OPTIMISTIC, version);
    return [seat];
  }
  const seats = await tx.find(SeatSchema, { id: { $in: requests.map((r) => r.id) } }, { populate: ['event', 'tier'] });
  const byId = new Map(seats.map((s) => [s.id, s]));
  for (const { id, version } of requests) {
    const seat = byId.get(id);
    if (!seat) throw notFound('Seat', String(id));
    await tx.lock(seat, LockMode.OPTIMISTIC, version);
  }
  return requests.map((r) => byId.get(r.id)!);
}

export function assertOnSale(event: Pick<Event, 'id' | 'status'>): void {
  if (event.status !== 'ON_SALE') throw badInput(`Event ${event.id} is not on sale`);
}

/** After a lost race: read what the seats are now, so the client can repair its cache at once. */
async function conflictFromCurrentState(em: EntityManager, requests: readonly SeatVersion[]) {
  const current = await em.fork().find(SeatSchema, { id: { $in: requests.map((r) => r.id) } });
  const byId = new Map(current.map((s) => [s.id, s]));
  const changed = requests
    .map((r) => byId.get(r.id))
    .filter((s): s is Seat => s !== undefined)
    .filter((s) => s.status !== 'AVAILABLE' || requests.some((r) => r.id === s.id && r.version !== s.version));
  const first = changed[0] ?? current[0];
  if (!first) return notFound('Seat', String(requests[0]!.id));
  return conflict(stateOf(first), undefined, changed.length > 1 ? changed.map(stateOf) : undefined);
}
