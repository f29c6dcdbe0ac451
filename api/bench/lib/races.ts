/**
 * The reserve bench's correctness runs: many buyers on one seat at one instant, and many buyers
 * for a few seats retrying as the web client does. Each is judged on the answers AND on the
 * database afterwards.
 */
import type pg from 'pg';
import { EventSeatsDocument, ReserveSeatDocument } from '../../../cli/src/operations.ts';
import { outcomeOf, type KeepAliveClient } from '../../test/kit/index.ts';
import type { Account, Seat } from './fixtures.ts';
import { round, summarize, tally, type LatencySummary } from './stats.ts';

export interface RaceResult {
  seatId: number;
  outcomes: Record<string, number>;
  http5xx: number;
  latencyMs: LatencySummary;
  /** One active hold_seats row, and the seat HELD by the one buyer who got OK. */
  databaseConsistent: boolean;
  /** Exactly one OK, every other answer CONFLICT, no 5xx, database consistent. */
  passed: boolean;
}

/** `buyers` fresh buyers send reserveSeat for the same seat at the same version at the same instant. */
export async function hotSeatRace(db: pg.Pool, api: KeepAliveClient, seat: Seat, buyers: readonly Account[]): Promise<RaceResult> {
  const variables = { id: String(seat.id), version: seat.version };
  const answers = await Promise.all(
    buyers.map(async (buyer) => {
      const sent = performance.now();
      const response = await api.send(ReserveSeatDocument, variables, buyer.token);
      return { buyer, status: response.status, outcome: outcomeOf(response), ms: performance.now() - sent };
    }),
  );
  const winners = answers.filter((a) => a.outcome === 'OK');
  const outcomes = tally(answers.map((a) => a.outcome));
  const http5xx = answers.filter((a) => a.status >= 500 || a.status === 0).length;
  const winner = winners[0]?.buyer.id;
  const databaseConsistent = await heldExactlyBy(db, { seatId: seat.id }, new Map(winner === undefined ? [] : [[seat.id, winner]]));
  return {
    seatId: seat.id,
    outcomes,
    http5xx,
    latencyMs: summarize(answers.map((a) => a.ms)),
    databaseConsistent,
    passed: winners.length === 1 && outcomes['CONFLICT'] === buyers.length - 1 && http5xx === 0 && databaseConsistent,
  };
}

/**
 * The database after a race: every seat of the event (or the one seat) HELD by the buyer
 * `holders` names for it, in exactly one active hold, and no seat `holders` does not name.
 */
export async function heldExactlyBy(db: pg.Pool, scope: { eventId: number } | { seatId: number }, holders: ReadonlyMap<number, number>): Promise<boolean> {
  const [column, value] = 'eventId' in scope ? ['s.event_id', scope.eventId] : ['s.id', scope.seatId];
  const { rows } = await db.query<{ id: number; status: string; holder_id: number | null; active: number }>(
    `select s.id, s.status, s.holder_id, (select count(*)::int from hold_seats h where h.seat_id = s.id and h.active) as active
     from seats s where ${column} = $1`,
    [value],
  );
  return rows.length === holders.size && rows.every((r) => r.status === 'HELD' && r.active === 1 && holders.get(r.id) === r.holder_id);
}

export interface MixResult {
  seats: number;
  buyers: number;
  /** Successful reservations (each buyer wants one seat). */
  successes: number;
  attempts: number;
  conflicts: number;
  /** Attempts that failed for any other reason, by code (must be none). */
  otherFailures: Record<string, number>;
  http5xx: number;
  /** Seat-map reads: after every second CONFLICT in a row, and when a buyer's view has no seat left. */
  refetches: number;
  /** From the first request until the last seat was taken. */
  soldOutMs: number;
  /** Until every buyer had stopped (the last ones learn that nothing is left). */
  elapsedMs: number;
  /** Successful reservations per second until the last seat was taken. */
  goodputPerSecond: number;
  /** Attempts per successful reservation, minus one. */
  retriesPerSuccess: number;
  latencyMs: LatencySummary;
  /** Every seat held exactly once, by a buyer told OK, in one active hold. */
  databaseConsistent: boolean;
  passed: boolean;
}

type SeatState = { version: number; status: string };
type MixTally = { attempts: number; conflicts: number; http5xx: number; refetches: number; other: Record<string, number> };

/**
 * `buyers` buyers, all at once, each wanting one of the event's seats, as the web client would: a
 * buyer tries a random seat it believes available; on CONFLICT it learns that seat's state from
 * the error and tries another, and after two CONFLICTs in a row it reads the seat map again (the
 * web client's live updates, approximated); it stops with a seat, or when the map shows none left.
 */
export async function contendedMix(db: pg.Pool, api: KeepAliveClient, event: { id: number; seats: readonly Seat[] }, buyers: readonly Account[]): Promise<MixResult> {
  const initial = new Map(event.seats.map((s) => [s.id, { version: s.version, status: 'AVAILABLE' }]));
  const latencies: number[] = [];
  const winners = new Map<number, number>();
  let lastWinAt = 0;
  const counts: MixTally = { attempts: 0, conflicts: 0, http5xx: 0, refetches: 0, other: {} };
  const started = performance.now();
  await Promise.all(
    buyers.map(async (buyer) => {
      if (await buyUntilDone(api, buyer, event.id, new Map(initial), latencies, winners, counts)) lastWinAt = performance.now();
    }),
  );
  const elapsedMs = performance.now() - started;
  const soldOutMs = lastWinAt - started;
  const successes = winners.size;
  const databaseConsistent = await heldExactlyBy(db, { eventId: event.id }, winners);
  return {
    seats: event.seats.length,
    buyers: buyers.length,
    successes,
    attempts: counts.attempts,
    conflicts: counts.conflicts,
    otherFailures: counts.other,
    http5xx: counts.http5xx,
    refetches: counts.refetches,
    soldOutMs: round(soldOutMs),
    elapsedMs: round(elapsedMs),
    goodputPerSecond: round((successes * 1000) / soldOutMs),
    retriesPerSuccess: successes ? round(counts.attempts / successes - 1, 2) : Number.NaN,
    latencyMs: summarize(latencies),
    databaseConsistent,
    passed: successes === event.seats.length && counts.http5xx === 0 && Object.keys(counts.other).length === 0 && databaseConsistent,
  };
}

async function buyUntilDone(
  api: KeepAliveClient,
  buyer: Account,
  eventId: number,
  view: Map<number, SeatState>,
  latencies: number[],
  winners: Map<number, number>,
  counts: MixTally,
): Promise<boolean> {
  let conflictsInARow = 0;
  let refetchedEmpty = false;
  for (;;) {
    const open = [...view].filter(([, s]) => s.status === 'AVAILABLE');
    if (open.length === 0 || conflictsInARow >= 2) {
      if (open.length === 0 && refetchedEmpty) return false;
      conflictsInARow = 0;
      counts.refetches++;
      const response = await api.send(EventSeatsDocument, { id: String(eventId) }, buyer.token);
      for (const s of response.data?.event?.seats ?? []) view.set(Number(s.id), { version: s.version, status: s.status });
      refetchedEmpty = ![...view.values()].some((s) => s.status === 'AVAILABLE');
      continue;
    }
    const [seatId, state] = open[Math.floor(Math.random() * open.length)]!;
    const sent = performance.now();
    const response = await api.send(ReserveSeatDocument, { id: String(seatId), version: state.version }, buyer.token);
    latencies.push(performance.now() - sent);
    counts.attempts++;
    const outcome = outcomeOf(response);
    if (outcome === 'OK') {
      winners.set(seatId, buyer.id);
      return true;
    }
    if (response.status >= 500 || response.status === 0) counts.http5xx++;
    if (outcome === 'CONFLICT') {
      counts.conflicts++;
      conflictsInARow++;
      const current = response.errors?.[0]?.extensions?.['seat'] as { version?: number; status?: string } | undefined;
      view.set(seatId, { version: current?.version ?? state.version, status: current?.status ?? 'HELD' });
      continue;
    }
    counts.other[outcome] = (counts.other[outcome] ?? 0) + 1;
    return false;
  }
}
