/**
 * What the no-Redis fallback costs: reserveSeat throughput at 64 buyers on a process with
 * PUBLISHER=postgres (LISTEN/NOTIFY: NOTIFY serialises committing transactions) against one with
 * PUBLISHER=memory, same shape, same database, in alternating rounds.
 * `node api/bench/notify-bench.ts [--quick]`.
 */
import { createBuyers, createEvent, SeatDealer } from './lib/fixtures.ts';
import type { LoadResult } from './lib/load.ts';
import { QUICK } from './lib/mode.ts';
import { notifyCeiling } from './lib/notify-ceiling.ts';
import { createDatabase, startApi, stopAll, type ApiProcess } from './lib/processes.ts';
import { BuyerQueue, combine, reserveLoad } from './lib/reserve-load.ts';
import { machine, nonOkBar, report, type BenchResult } from './lib/report.ts';
import { describeNonOk, round } from './lib/stats.ts';

const CONCURRENCY = 64;
const ROUNDS = QUICK ? 1 : 2;
const MEASURE_MS = QUICK ? 1000 : 4000;
const MAX_NON_OK = 0.01;

export async function runNotify(): Promise<BenchResult> {
  const database = await createDatabase('notify');
  let memory: ApiProcess | null = null;
  let postgres: ApiProcess | null = null;
  try {
    memory = await startApi({ databaseUrl: database.url, publisher: 'memory' });
    postgres = await startApi({ databaseUrl: database.url, publisher: 'postgres' });
    // 50,000 seats at most an event: two, so that the faster fan-out cannot run out.
    const events = QUICK
      ? [await createEvent(memory.url, database.url, { sections: 1, rows: 60 })]
      : [await createEvent(memory.url, database.url, { sections: 2, rows: 100 }), await createEvent(memory.url, database.url, { sections: 2, rows: 100 })];
    const seats = new SeatDealer(events.flatMap((event) => event.seats));
    const buyers = new BuyerQueue(await createBuyers(database.url, 1500));
    // Cold processes first get a throwaway run each (JIT, pools).
    for (const api of [memory, postgres]) await reserveLoad(api.url, buyers, seats, CONCURRENCY, 0, QUICK ? 1000 : 3000);
    const runs: Record<'memory' | 'postgres', LoadResult[]> = { memory: [], postgres: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`notify: round ${round}/${ROUNDS}, PUBLISHER=memory then postgres ...`);
      runs.memory.push(await reserveLoad(memory.url, buyers, seats, CONCURRENCY, 500, MEASURE_MS));
      runs.postgres.push(await reserveLoad(postgres.url, buyers, seats, CONCURRENCY, 500, MEASURE_MS));
    }
    console.log('notify: the database alone, commits/s with and without pg_notify ...');
    const ceiling = await notifyCeiling(database.url, CONCURRENCY, MEASURE_MS / 2);
    const mem = combine(runs.memory);
    const pg = combine(runs.postgres);
    if (mem.workersExhausted || pg.workersExhausted) throw new Error('the event ran out of seats: make it larger');
    const ratio = pg.okPerSecond / mem.okPerSecond;
    const row = (publisher: string, r: LoadResult) => ({ publisher, 'OK reserves/s': round(r.okPerSecond), 'p50 ms': round(r.latencyMs.p50), 'p99 ms': round(r.latencyMs.p99), 'not OK': describeNonOk(r.outcomes) });
    return {
      bench: 'notify',
      date: new Date().toISOString(),
      quick: QUICK,
      machine: machine(),
      rows: [
        row('memory (one process)', mem),
        row('postgres (LISTEN/NOTIFY)', pg),
        { publisher: 'ratio postgres / memory', 'OK reserves/s': round(ratio, 2) },
        { publisher: 'raw pg: one-row commits, no NOTIFY', 'OK reserves/s': ceiling.plain },
        { publisher: 'raw pg: one-row commits + pg_notify', 'OK reserves/s': ceiling.notify },
      ],
      // Not a product bar beyond the answers being OK: the figure the README quotes for the fallback's ceiling.
      bars: [nonOkBar('reserveSeat, both publishers', (mem.answered - mem.ok + pg.answered - pg.ok) / Math.max(1, mem.answered + pg.answered), MAX_NON_OK)],
      figures: [
        { name: 'OK reserves/s PUBLISHER=memory / postgres; not OK', value: `${round(mem.okPerSecond)} / ${round(pg.okPerSecond)}; ${describeNonOk(mem.outcomes)} / ${describeNonOk(pg.outcomes)}` },
        { name: 'ratio postgres / memory', value: round(ratio, 2) },
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
