import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError } from '@mikro-orm/postgresql';
import type { AppServices } from '../context.ts';
import { query } from '../db/sql.ts';
import { unclaimHold } from '../holds/hold-claim.ts';
import { Changes } from '../realtime/changes.ts';
import type { SeatView } from '../realtime/views.ts';
import { conflict, forbidden, notFound } from '../shared/errors.ts';
import { SeatSchema, seatView } from './seat.entity.ts';

/** Gives a seat of the caller's own hold back to sale. Only the holder may (rule 8). */
export async function releaseSeat(app: AppServices, em: EntityManager, buyerId: number, seatId: number): Promise<SeatView> {
  const now = app.clock.now();
  const changes = new Changes();
  try {
    const seat = await em.transactional(async (tx) => {
      const seat = await tx.findOne(SeatSchema, seatId);
      if (!seat) throw notFound('Seat', String(seatId));
      if (seat.status !== 'HELD') throw conflict({ id: String(seat.id), version: seat.version, status: seat.status }, `Seat ${seat.id} is not held`);
      if (seat.holderId !== buyerId) throw forbidden('This seat is not in your hold');
      const holdId = seat.holdId!;
      seat.status = 'AVAILABLE';
      seat.holdId = null;
      seat.holderId = null;
      await query(tx, `update hold_seats set active = false where hold_id = ? and seat_id = ? and active`, [holdId, seat.id]);
      await unclaimHold(tx, holdId, 1, now, app.config.holds, changes);
      await tx.flush();
      return seat;
    });
    const view = seatView(seat);
    changes.seats.push(view);
    await changes.publish(app.publisher);
    return view;
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      const current = await em.fork().findOne(SeatSchema, seatId);
      if (current) throw conflict({ id: String(current.id), version: current.version, status: current.status }, `Seat ${seatId} changed meanwhile`);
    }
    throw error;
  }
}
