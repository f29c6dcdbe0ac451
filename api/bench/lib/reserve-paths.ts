/**
 * The reserve bench's three paths to one reservation, and how each is primed and measured in
 * rounds: reserveSeat over GraphQL (HTTP to the API child process), the one-statement PL/pgSQL
 * reference and the old six-statement loop (both straight through pg.Pool from this process).
 */
import type pg from 'pg';
import { ReserveSeatDocument } from '../../../cli/src/operations.ts';
import type { HoldPolicy } from '../../src/config.ts';
import { outcomeOf, type KeepAliveClient } from '../../test/kit/index.ts';
import { addCpu, type CpuMeter, type CpuUse } from './cpu.ts';
import { createBuyers, type Account, type Seat, type SeatDealer } from './fixtures.ts';
import { BuyerLanes, buyersFor } from './lanes.ts';
import { closedLoop, inBatches, mergeRuns, okRate, type LoadResult, type LoadRun, type Outcome } from './load.ts';
import { oneStatementReserve } from './one-statement-reserve.ts';
import { sixStatementReserve } from './six-statement-reserve.ts';

/** Reserves one seat for one buyer, by whatever path is measured. */
export type Reserve = (buyer: Account, seat: Seat) => Promise<Outcome>;

export type PathName = 'graphql' | 'one-statement' | 'six-statement';

export const PATH_LABEL: Record<PathName, string> = {
  graphql: 'reserveSeat over GraphQL',
  'one-statement': 'raw pg, one statement (PL/pgSQL)',
  'six-statement': 'raw pg, six statements (old loop)',
};

/** The mutation over real HTTP with kept-alive sockets, as a browser or a partner would send it. */
export function graphqlReserve(api: KeepAliveClient): Reserve {
  return async (buyer, seat) => outcomeOf(await api.send(ReserveSeatDocument, { id: String(seat.id), version: seat.version }, buyer.token));
}

export function oneStatementPath(pool: pg.Pool, policy: HoldPolicy): Reserve {
  return (buyer, seat) => oneStatementReserve(pool, buyer.id, seat, policy);
}

export function sixStatementPath(pool: pg.Pool, policy: HoldPolicy): Reserve {
  return (buyer, seat) => sixStatementReserve(pool, buyer.id, seat, policy);
}

export interface PathResult extends LoadResult {
  path: PathName;
  buyers: number;
  /** OK reservations per second of each measured round, in the order run. */
  rounds: number[];
  cpu: CpuUse;
}

/** One reservation path, primed and ready to be measured in rounds. */
export interface PreparedPath {
  name: PathName;
  round(warmupMs: number, measureMs: number): Promise<void>;
  result(): PathResult;
}

export interface PathSetup {
  databaseUrl: string;
  meter: CpuMeter;
  perOrderLimit: number;
  /** Opens each buyer's hold (its first seat): the one-statement reference for the raw paths (see six-statement-reserve.ts). */
  prime: Reserve;
}

/**
 * Every buyer first takes one seat, which opens its hold; after that each round reserves
 * distinct seats for a fixed time, so what is measured is the steady path: the seat read, the
 * hold claim, the seat's conditional update and the hold line. Workers rotate through their own
 * buyers, so none reaches the per-order limit and no two workers act for one buyer at once.
 */
export async function preparePath(name: PathName, setup: PathSetup, reserve: Reserve, seats: SeatDealer, workers: number): Promise<PreparedPath> {
  const buyerCount = buyersFor(seats.remaining, workers, setup.perOrderLimit, 1);
  const buyers = await createBuyers(setup.databaseUrl, buyerCount);
  await inBatches(buyers, Math.min(workers, 32), async (buyer) => {
    const outcome = await setup.prime(buyer, seats.next()!);
    if (outcome !== 'OK') throw new Error(`${name}: opening a hold failed: ${outcome}`);
  });
  const lanes = new BuyerLanes(buyers, workers, setup.perOrderLimit, 1);
  const task = async (worker: number) => {
    const buyer = lanes.take(worker);
    const seat = buyer && seats.next();
    return buyer && seat ? reserve(buyer, seat) : null;
  };
  const runs: LoadRun[] = [];
  const cpu: CpuUse[] = [];
  return {
    name,
    async round(warmupMs, measureMs) {
      // Warm up outside the CPU window, then measure: the window holds measured requests only.
      if (warmupMs > 0) await closedLoop({ workers, warmupMs: warmupMs, measureMs: 0 }, task);
      const before = await setup.meter.snapshot();
      const run = await closedLoop({ workers, warmupMs: 0, measureMs }, task);
      const after = await setup.meter.snapshot();
      runs.push(run);
      cpu.push(setup.meter.between(before, after));
    },
    result: () => ({ ...mergeRuns(workers, runs), path: name, buyers: buyerCount, rounds: runs.map(okRate), cpu: addCpu(cpu) }),
  };
}
