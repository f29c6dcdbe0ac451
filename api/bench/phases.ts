import type pg from 'pg';
import type { TesseraServer } from '../src/server.ts';
import { BuyerLanes, buyersFor } from './buyers.ts';
import { averageCpu, cpuBetween, cpuSnapshot, type CpuFigures } from './cpu.ts';
import { outcomeOf, post, type HttpClient } from './http-client.ts';
import { closedLoop, inBatches, mergeRuns, type LoadResult, type LoadRun, type Outcome } from './load.ts';
import { rawReserveSeat } from './raw-reserve.ts';
import { createAccounts, type Account, type SeatDealer } from './setup.ts';
import { summarize, tally, type LatencySummary } from './stats.ts';

type Seat = { id: number; version: number };

/** Reserves one seat for one buyer, by whatever path the phase measures. */
export type Reserve = (buyer: Account, seat: Seat) => Promise<Outcome>;

export const RESERVE_SEAT = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version status } }`;

/** The mutation over real HTTP, as a browser would send it. */
export function graphqlReserve(http: HttpClient): Reserve {
  return async (buyer, seat) => {
    const body = JSON.stringify({ query: RESERVE_SEAT, variables: { id: String(seat.id), version: seat.version } });
    return outcomeOf(await post(http, body, buyer.token));
  };
}

/** The same statements straight through pg. */
export function rawReserve(pool: pg.Pool, server: TesseraServer): Reserve {
  return (buyer, seat) => rawReserveSeat(pool, buyer.id, seat, server.app.config.holds);
}

export interface BenchContext {
  server: TesseraServer;
  /** A small pool for setup and for reading pg_stat_activity. */
  db: pg.Pool;
  databaseName: string;
  perOrderLimit: number;
}

export interface ThroughputResult extends LoadResult {
  buyers: number;
  /** Requests per second of each measured round, in the order run. */
  rounds: number[];
  cpu: CpuFigures;
}

/** One reservation path, primed and ready to be measured in rounds. */
export interface PreparedPath {
  buyers: number;
  round(warmupMs: number, measureMs: number): Promise<void>;
  result(): ThroughputResult;
}

/**
 * Every buyer first takes one seat, which creates its hold (the first-seat path: hold lookup and
 * insert). After that each round reserves distinct seats for a fixed time, so what is measured
 * is the steady path of the issue: select, hold update, hold_seats insert, seat update.
 */
export async function preparePath(ctx: BenchContext, reserve: Reserve, seats: SeatDealer, workers: number): Promise<PreparedPath> {
  const buyerCount = buyersFor(seats.remaining, workers, ctx.perOrderLimit, 1);
  const buyers = await createAccounts(ctx.db, ctx.server, buyerCount);
  await inBatches(buyers, workers, async (buyer) => {
    const outcome = await reserve(buyer, seats.next()!);
    if (outcome !== 'OK') throw new Error(`priming a hold failed: ${outcome}`);
  });
  const lanes = new BuyerLanes(buyers, workers, ctx.perOrderLimit, 1);
  const task = async (worker: number) => {
    const buyer = lanes.take(worker);
    const seat = buyer && seats.next();
    return buyer && seat ? reserve(buyer, seat) : null;
  };
  const runs: LoadRun[] = [];
  const cpu: { figures: CpuFigures; wallMs: number }[] = [];
  return {
    buyers: buyerCount,
    async round(warmupMs, measureMs) {
      const before = await cpuSnapshot(ctx.db, ctx.databaseName);
      const run = await closedLoop({ workers, warmupMs, measureMs }, task);
      const after = await cpuSnapshot(ctx.db, ctx.databaseName);
      runs.push(run);
      cpu.push({ figures: cpuBetween(before, after), wallMs: after.at - before.at });
    },
    result: () => ({
      ...mergeRuns(workers, runs),
      buyers: buyerCount,
      rounds: runs.map((r) => (r.elapsedMs > 0 ? (r.latenciesMs.length * 1000) / r.elapsedMs : 0)),
      cpu: averageCpu(cpu),
    }),
  };
}

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
export async function hotSeatRace(ctx: BenchContext, http: HttpClient, seat: Seat, buyers: readonly Account[]): Promise<RaceResult> {
  const body = JSON.stringify({ query: RESERVE_SEAT, variables: { id: String(seat.id), version: seat.version } });
  const answers = await Promise.all(
    buyers.map(async (buyer) => {
      const sent = performance.now();
      const response = await post(http, body, buyer.token);
      return { buyer, status: response.status, outcome: outcomeOf(response), ms: performance.now() - sent };
    }),
  );
  const winners = answers.filter((a) => a.outcome === 'OK');
  const outcomes = tally(answers.map((a) => a.outcome));
  const http5xx = answers.filter((a) => a.status >= 500).length;
  const winner = winners[0]?.buyer.id;
  const databaseConsistent = await heldExactlyBy(ctx.db, { seatId: seat.id }, new Map(winner === undefined ? [] : [[seat.id, winner]]));
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
