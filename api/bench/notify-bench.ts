/**
 * What the no-Redis fallback costs: reserveSeat throughput at 64 buyers on a process with
 * PUBLISHER=postgres (LISTEN/NOTIFY: NOTIFY serialises committing transactions) against one with
 * PUBLISHER=memory, same shape, same database, in alternating rounds.
 * `node api/bench/notify-bench.ts [--quick]`.
 */
import { createBuyers, createEvent } from './bench-fixtures.ts';
import { QUICK } from './bench-mode.ts';
import { createDatabase, startApi, stopAll, type ChildServer } from './bench-processes.ts';
import { machine, report, type BenchResult } from './bench-table.ts';
import { BuyerQueue, reserveLoad, SeatQueue, type LoadResult } from './buyer-load.ts';
import { notifyCeiling } from './notify-ceiling.ts';
import { fixed } from './quantiles.ts';

const CONCURRENCY = 64;
const ROUNDS = QUICK ? 1 : 2;
const MEASURE_MS = QUICK ? 1000 : 4000;

function combined(runs: LoadResult[]): LoadResult {
  return {
    ok: runs.reduce((s, r) => s + r.ok, 0),
    perSecond: fixed(runs.reduce((s, r) => s + r.perSecond, 0) / runs.length),
    p50Ms: Math.max(...runs.map((r) => r.p50Ms)),
    p99Ms: Math.max(...runs.map((r) => r.p99Ms)),
    failed: runs.reduce((s, r) => s + r.failed, 0),
    failures: Object.assign({}, ...runs.map((r) => r.failures)) as Record<string, number>,
    outOfSeats: runs.some((r) => r.outOfSeats),
  };
}

export async function runNotify(): Promise<BenchResult> {
  const database = await createDatabase('notify');
  let memory: ChildServer | null = null;
  let postgres: ChildServer | null = null;
  try {
    memory = await startApi({ databaseUrl: database.url, publisher: 'memory' });
    postgres = await startApi({ databaseUrl: database.url, publisher: 'postgres' });
    const event = await createEvent(memory.graphqlUrl, database.url, 160);
    const seats = new SeatQueue(event.seats);
    const buyers = new BuyerQueue(await createBuyers(database.url, 1500));
    // Cold processes first get a throwaway run each (JIT, pools).
    for (const api of [memory, postgres]) await reserveLoad(api.graphqlUrl, buyers, seats, CONCURRENCY, 0, QUICK ? 1000 : 3000);
    const runs: Record<'memory' | 'postgres', LoadResult[]> = { memory: [], postgres: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`notify: round ${round}/${ROUNDS}, PUBLISHER=memory then postgres ...`);
      runs.memory.push(await reserveLoad(memory.graphqlUrl, buyers, seats, CONCURRENCY, 500, MEASURE_MS));
      runs.postgres.push(await reserveLoad(postgres.graphqlUrl, buyers, seats, CONCURRENCY, 500, MEASURE_MS));
    }
    console.log('notify: the database alone, commits/s with and without pg_notify ...');
    const ceiling = await notifyCeiling(database.url, CONCURRENCY, MEASURE_MS / 2);
    const mem = combined(runs.memory);
    const pg = combined(runs.postgres);
    if (mem.outOfSeats || pg.outOfSeats) throw new Error('the event ran out of seats: make it larger');
    const ratio = pg.perSecond / mem.perSecond;
    return {
      bench: 'notify',
      date: new Date().toISOString(),
      quick: QUICK,
      machine: machine(),
      rows: [
        { publisher: 'memory (one process)', 'reserves/s': mem.perSecond, 'p50 ms': mem.p50Ms, 'p99 ms': mem.p99Ms, failed: mem.failed },
        { publisher: 'postgres (LISTEN/NOTIFY)', 'reserves/s': pg.perSecond, 'p50 ms': pg.p50Ms, 'p99 ms': pg.p99Ms, failed: pg.failed },
        { publisher: 'ratio postgres / memory', 'reserves/s': fixed(ratio, 2) },
        { publisher: 'raw pg: one-row commits, no NOTIFY', 'reserves/s': ceiling.plain },
        { publisher: 'raw pg: one-row commits + pg_notify', 'reserves/s': ceiling.notify },
      ],
      // Not a product bar: the figure the README quotes for the fallback's ceiling.
      bars: [],
      figures: [
        { name: 'reserves/s PUBLISHER=memory / postgres', value: `${mem.perSecond} / ${pg.perSecond}` },
        { name: 'ratio postgres / memory', value: fixed(ratio, 2) },
        { name: 'raw pg commits/s without / with pg_notify (the fallback ceiling)', value: `${ceiling.plain} / ${ceiling.notify}` },
      ],
      details: { concurrency: CONCURRENCY, rounds: ROUNDS, measureMs: MEASURE_MS, runs, ceiling },
    };
  } finally {
    await stopAll([memory, postgres]);
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) report(await runNotify());
