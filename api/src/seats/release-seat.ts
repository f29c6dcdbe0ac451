import type { AppServices } from '../context.ts';
import { holdDeadlines } from '../holds/hold-timing.ts';
import { releaseSeat as releaseSeatTransition } from '../inventory/release-seat.ts';
import { conflict, forbidden, notFound } from '../shared/errors.ts';
import { settleReturns } from '../waitlist/offer-returned.ts';
import type { SeatView } from './seat-view.ts';

/** Gives a seat of the caller's own hold back to sale, in one statement. Only the holder may (rule 8). */
export async function releaseSeat(app: AppServices, buyerId: number, seatId: number): Promise<SeatView> {
  const outcome = await releaseSeatTransition(app.inventory, buyerId, seatId, holdDeadlines(app.clock.now(), app.config.holds));
  switch (outcome.kind) {
    case 'released':
      await (await settleReturns(app, outcome.changes)).publish(app.publisher);
      return outcome.seat;
    case 'missing':
      throw notFound('Seat', String(seatId));
    case 'not-held':
      throw conflict({ id: String(outcome.seat.id), version: outcome.seat.version, status: outcome.seat.status }, `Seat ${seatId} is not held`);
    case 'not-yours':
      throw forbidden('This seat is not in your hold');
  }
}
