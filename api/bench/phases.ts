import type pg from 'pg';
import type { TesseraServer } from '../src/server.ts';
import { BuyerLanes, buyersFor } from './buyers.ts';
import { cpuBetween, cpuSnapshot, type CpuFigures } from './cpu.ts';
import { outcomeOf, post, type HttpClient } from './http-client.ts';
import { closedLoop, inBatches, type LoadResult, type Outcome } from './load.ts';
import { rawReserveSeat } from './raw-reserve.ts';
import { createAccounts, type Account, type SeatDealer } from './setup.ts';
import { summarize, tally, type LatencySummary } from './stats.ts';

type Seat = { id: number; version: number };

/** Reserves one seat for one buyer, by whatever path the phase measures. */
export type Reserve = (buyer: Account, seat: Seat) => Promise<Outcome>;

const RESERVE_SEAT = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version status } }`;

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

export interface ThroughputOptions {
  workers: number;
  warmupMs: number;
  measureMs: number;
  /** Seats this phase may use; it stops early (and says so) if they run out. */
  seats: SeatDealer;
}

export interface ThroughputResult extends LoadResult {
  buyers: number;
  cpu: CpuFigures;
}

/**
 * Every buyer first takes one seat (which creates its hold: the first-seat path), then the
 * workers reserve distinct seats for a fixed time. Only the steady state is measured, which
 * is the path of the issue: select, hold update, hold_seats insert, seat update.
 */
export async function throughputPhase(ctx: BenchContext, reserve: Reserve, options: ThroughputOptions): Promise<ThroughputResult> {
  const buyerCount = buyersFor(options.seats.remaining, options.workers, ctx.perOrderLimit, 1);
  const buyers = await createAccounts(ctx.db, ctx.server, buyerCount);
  await inBatches(buyers, options.workers, async (buyer) => {
    const outcome = await reserve(buyer, options.seats.next()!);
    if (outcome !== 'OK') throw new Error(`priming a hold failed: ${outcome}`);
  });
  const lanes = new BuyerLanes(buyers, options.workers, ctx.perOrderLimit, 1);
  const before = await cpuSnapshot(ctx.db, ctx.databaseName);
  const result = await closedLoop(options, async (worker) => {
    const buyer = lanes.take(worker);
    const seat = buyer && options.seats.next();
    return buyer && seat ? reserve(buyer, seat) : null;
  });
  const after = await cpuSnapshot(ctx.db, ctx.databaseName);
  return { ...result, buyers: buyerCount, cpu: cpuBetween(before, after) };
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
  const databaseConsistent = await raceLeftOneHolder(ctx.db, seat.id, winners[0]?.buyer.id);
  return {
    seatId: seat.id,
    outcomes,
    http5xx,
    latencyMs: summarize(answers.map((a) => a.ms)),
    databaseConsistent,
    passed: winners.length === 1 && outcomes['CONFLICT'] === buyers.length - 1 && http5xx === 0 && databaseConsistent,
  };
}

async function raceLeftOneHolder(db: pg.Pool, seatId: number, winnerId: number | undefined): Promise<boolean> {
  const { rows } = await db.query<{ status: string; holder_id: number | null; active: number }>(
    `select s.status, s.holder_id, (select count(*)::int from hold_seats h where h.seat_id = s.id and h.active) as active
     from seats s where s.id = $1`,
    [seatId],
  );
  const row = rows[0];
  return row !== undefined && row.status === 'HELD' && row.holder_id === winnerId && row.active === 1;
}
