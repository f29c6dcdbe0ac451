/**
 * reserveSeat latency under an offered load, as an on-sale offers it: Poisson arrivals at 500
 * reservations per second for 20 s (5 s with --quick), each sent at its arrival whatever the
 * earlier ones are doing (an open loop), on distinct seats by 500 buyers. A closed loop cannot
 * judge latency: with 64 requests always in flight its mean latency is 64 / throughput whatever
 * the server does. Latency runs from each arrival's scheduled time. `node api/bench/open-loop-bench.ts [--quick]`.
 */
import pg from 'pg';
import { KeepAliveClient } from '../test/kit/index.ts';
import { childMainThread, childProcess, CpuMeter, pctOfCore, thisProcess } from './lib/cpu.ts';
import { createBuyers, createEvent, SeatDealer } from './lib/fixtures.ts';
import { inBatches, mergeRuns, openLoop } from './lib/load.ts';
import { envNumber, QUICK } from './lib/mode.ts';
import { createDatabase, startApi, stopAll, type ApiProcess } from './lib/processes.ts';
import { machine, nonOkBar, report, type BenchResult } from './lib/report.ts';
import { graphqlReserve } from './lib/reserve-paths.ts';
import { describeNonOk, round, summarize } from './lib/stats.ts';

const RATE = envNumber('BENCH_OPEN_RATE', 500);
const SECONDS = envNumber('BENCH_OPEN_SECONDS', QUICK ? 4 : 20);
const WARMUP_SECONDS = QUICK ? 1 : 2;
const BUYERS = 500;
const BARS = { maxP99Ms: 25, minRateShare: 0.98, maxNonOk: 0.01 } as const;

export async function runOpenLoop(): Promise<BenchResult> {
  const database = await createDatabase('open_loop');
  let api: ApiProcess | null = null;
  const db = new pg.Pool({ connectionString: database.url, max: 2 });
  db.on('error', () => {});
  try {
    api = await startApi({ databaseUrl: database.url, publisher: 'memory', env: { DB_POOL_MAX: '16' } });
    // Seats for every arrival (and the buyers' first seats), with room for a Poisson run's extra arrivals.
    const needed = BUYERS + RATE * (SECONDS + WARMUP_SECONDS) * 1.2;
    const event = await createEvent(api.url, database.url, { sections: Math.ceil(needed / 25_000), rows: 100 });
    const seats = new SeatDealer(event.seats);
    // Enough sockets that arrivals never queue in the client: an open loop's queue must be the server's.
    const http = new KeepAliveClient(api.url, 512);
    const reserve = graphqlReserve(http);
    try {
      const buyers = await createBuyers(database.url, BUYERS);
      // Each buyer's hold exists before measuring, as in the closed loop: the steady path is measured.
      await inBatches(buyers, 32, async (buyer) => void (await reserve(buyer, seats.next()!)));
      const meter = new CpuMeter(db, database.name, [childProcess('api', api), childMainThread('api main thread', api), thisProcess('load')]);
      console.log(`open loop: Poisson arrivals at ${RATE}/s for ${SECONDS} s (after ${WARMUP_SECONDS} s of warm-up) ...`);
      const before = await meter.snapshot();
      const run = await openLoop({ ratePerSecond: RATE, warmupMs: WARMUP_SECONDS * 1000, measureMs: SECONDS * 1000 }, async (arrival) => {
        const seat = seats.next();
        return seat ? reserve(buyers[arrival % BUYERS]!, seat) : null;
      });
      const cpu = meter.between(before, await meter.snapshot());
      const result = mergeRuns(0, [run]);
      const late = summarize(run.lateSendsMs);
      const offered = run.outcomes.length / SECONDS;
      const l = result.latencyMs;
      return {
        bench: 'open-loop',
        date: new Date().toISOString(),
        quick: QUICK,
        machine: machine(),
        rows: [
          {
            'offered/s': RATE,
            'arrived/s': round(offered),
            'OK/s': round(result.okPerSecond),
            'p50 ms': round(l.p50),
            'p99 ms': round(l.p99),
            'max ms': round(l.max),
            'not OK': describeNonOk(result.outcomes),
            'send late p99 ms': round(late.p99),
            'API CPU %': pctOfCore(cpu.ms['api'] ?? 0, cpu.wallMs),
            'API main thread %': pctOfCore(cpu.ms['api main thread'] ?? 0, cpu.wallMs),
            'pg CPU %': pctOfCore(cpu.postgresMs, cpu.wallMs),
            'load CPU %': pctOfCore(cpu.ms['load'] ?? 0, cpu.wallMs),
            'others %': pctOfCore(cpu.othersMs, cpu.wallMs),
          },
        ],
        bars: [
          { name: `reserveSeat p99 at ${RATE}/s offered (open loop, Poisson)`, value: round(l.p99), limit: `< ${BARS.maxP99Ms} ms`, passed: l.p99 < BARS.maxP99Ms },
          { name: `OK reservations per second, share of ${RATE} offered`, value: round(result.okPerSecond / RATE, 3), limit: `>= ${BARS.minRateShare}`, passed: result.okPerSecond / RATE >= BARS.minRateShare },
          nonOkBar(`reserveSeat at ${RATE}/s offered`, result.nonOkShare, BARS.maxNonOk),
        ],
        figures: [{ name: `open loop at ${RATE}/s: OK/s; p50 / p99 / max ms; not OK`, value: `${round(result.okPerSecond)}; ${round(l.p50)} / ${round(l.p99)} / ${round(l.max)}; ${describeNonOk(result.outcomes)}` }],
        details: { rate: RATE, seconds: SECONDS, result, lateSends: late, cpu, exhausted: run.workersExhausted },
      };
    } finally {
      http.close();
    }
  } finally {
    await stopAll([api]);
    await db.end().catch(() => {});
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) report(await runOpenLoop());
