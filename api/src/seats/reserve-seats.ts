import type { AppServices } from '../context.ts';
import { claimRefusalError } from '../holds/claim-refusal.ts';
import { holdDeadlines } from '../holds/hold-timing.ts';
import { expireHolds } from '../inventory/end-holds.ts';
import type { ClaimedHold } from '../inventory/hold-claim.ts';
import { holdSeats, type SeatRequest } from '../inventory/hold-seats.ts';
import { InventoryContention } from '../inventory/statement.ts';
import { intArray, query } from '../db/sql.ts';
import type { HoldTokenClaims } from '../partners/hold-tokens.ts';
import { holdTokenRefusal } from '../partners/hold-token-refusal.ts';
import { badInput, conflict, notFound, type DomainError, type SeatState } from '../shared/errors.ts';
import { settleReturns } from '../waitlist/offer-returned.ts';
import type { SeatView } from './seat-view.ts';

export type { SeatRequest as SeatVersion } from '../inventory/hold-seats.ts';

/** What a reservation answers: the seats as they are now, and the hold they went into. */
export interface Reservation {
  seats: SeatView[];
  holdId: number;
  hold: ClaimedHold;
}

/** For a partner's customer: the hold token they reserve with (see partners/access.ts). */
export interface ReserveOptions {
  token?: HoldTokenClaims | null;
}

/**
 * Holds the given seats for the buyer, all or nothing (docs/rules.md rules 1-3, 7): one statement
 * (inventory/hold-seats.ts) whose conditional update on each seat's version is the optimistic
 * lock. A stale version is a CONFLICT carrying the seats' current state, read by that statement.
 */
export async function reserveSeats(app: AppServices, buyerId: number, requests: readonly SeatRequest[], options: ReserveOptions = {}): Promise<Reservation> {
  const token = options.token ?? null;
  if (requests.length === 0) throw badInput('seats: give at least one seat');
  if (requests.length > 100) throw badInput('seats: at most 100 seats at once');
  if (new Set(requests.map((r) => r.id)).size !== requests.length) throw badInput('seats: a seat is listed twice');
  for (let attempt = 1; ; attempt++) {
    const now = app.clock.now();
    let outcome;
    try {
      // A hold token's customer has their one hold and may open no other (events cap 0).
      outcome = await holdSeats(app.inventory, buyerId, requests, holdDeadlines(now, app.config.holds), token ? 0 : app.config.holds.maxEvents);
    } catch (error) {
      if (error instanceof InventoryContention) throw await conflictFromCurrentState(app, requests, 'These seats are changing right now; try again');
      throw error;
    }
    switch (outcome.kind) {
      case 'held':
        await outcome.changes.publish(app.publisher);
        return { seats: outcome.seats, holdId: outcome.hold.id, hold: outcome.hold };
      case 'missing':
        throw notFound('Seat', String(outcome.seatId));
      case 'several-events':
        throw badInput('seats: all seats must belong to one event');
      case 'not-on-sale':
        // A draft's seats answer like missing ones: drafts and their sizes stay unknown to buyers.
        if (outcome.eventStatus === 'DRAFT') throw notFound('Seat', String(requests[0]!.id));
        throw badInput(`Event ${outcome.eventId} is not on sale`);
      case 'stale': {
        const [first, ...more] = outcome.seats;
        const message = first!.status === 'AVAILABLE' ? `Seat ${first!.id} changed meanwhile (now version ${first!.version})` : `Seat ${first!.id} was just taken`;
        throw conflict(first!, message, more.length > 0 ? outcome.seats : undefined);
      }
      case 'refused':
        if (outcome.refusal === 'HOLD_ENDED' && attempt < 3) {
          // The buyer's hold expired a moment ago and the sweeper has not ended it yet: end it now
          // rather than make the buyer wait, then reserve again.
          await (await settleReturns(app, (await expireHolds(app.inventory, now, 500)).changes)).publish(app.publisher);
          continue;
        }
        if (token && (outcome.refusal === 'EVENTS_LIMIT' || outcome.refusal === 'COOLING_DOWN')) throw holdTokenRefusal(token, outcome.eventId);
        if (outcome.refusal === 'HOLD_ENDED' || outcome.refusal === 'RACE') {
          throw await conflictFromCurrentState(app, requests, 'Your hold changed at the same moment; try again');
        }
        throw claimRefusalError(outcome.refusal, outcome, now, app.config.holds);
    }
  }
}

/** Only after statements that kept losing races: what the seats are now, for the client's repair. */
async function conflictFromCurrentState(app: AppServices, requests: readonly SeatRequest[], message: string): Promise<DomainError> {
  const rows = await query<SeatState>(app.orm.em.fork(), `select id::text as id, version, status from seats where id = any(?::int[]) order by id`, [intArray(requests.map((r) => r.id))]);
  const first = rows[0];
  if (!first) return notFound('Seat', String(requests[0]!.id));
  return conflict(first, message, rows.length > 1 ? rows : undefined);
}
