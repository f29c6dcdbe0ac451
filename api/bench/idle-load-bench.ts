/**
 * reserveSeat throughput on an API process holding N idle subscribers (subscribed to another
 * event, so they receive nothing) against an identical process holding none: what keeping
 * sockets costs the hot path. Both processes share one database and run in short alternating
 * rounds, because on a shared 2-core machine the load of other jobs swings by half within
 * seconds: interleaving makes it weigh on both sides alike (one process toggled between the two
 * states would need minutes of reconnecting per swap). `node api/bench/idle-load-bench.ts [--quick]`.
 */
import { createBuyers, createEvent, SeatDealer } from './lib/fixtures.ts';
import { QUICK, sleep } from './lib/mode.ts';
import { createDatabase, startApi, stopAll, type ApiProcess } from './lib/processes.ts';
import { BuyerQueue, combine, reserveLoad } from './lib/reserve-load.ts';
import { machine, nonOkBar, report, type BenchResult } from './lib/report.ts';
import { describeNonOk, round } from './lib/stats.ts';
import { SubscriberSwarm } from './lib/swarm.ts';
import type { LoadResult } from './lib/load.ts';

const SUBSCRIBERS = QUICK ? 500 : 5000;
const CONCURRENCY = 64;
const ROUNDS = QUICK ? 1 : 4;
/** Measured time per side, split over the rounds. */
const MEASURE_MS = QUICK ? 1500 : 8000;
const MAX_NON_OK = 0.01;

export async function runIdleLoad(): Promise<BenchResult> {
  const database = await createDatabase('idle');
  const servers: ApiProcess[] = [];
  const swarm = new SubscriberSwarm();
  try {
    for (let i = 0; i < 2; i++) servers.push(await startApi({ databaseUrl: database.url, publisher: 'memory' }));
    const [quiet, busy] = servers as [ApiProcess, ApiProcess];
    // 25,000 seats a section, 50,000 at most an event: at 3,000 reservations a second the measured
    // rounds take up to 50,000, so they deal from two events, and the warm-ups from one of their own.
    const hot = QUICK
      ? [await createEvent(quiet.url, database.url, { sections: 1, rows: 60 })]
      : [await createEvent(quiet.url, database.url, { sections: 2, rows: 100 }), await createEvent(quiet.url, database.url, { sections: 2, rows: 100 })];
    const warmUp = await createEvent(quiet.url, database.url, { sections: 1, rows: QUICK ? 20 : 100 });
    const other = await createEvent(quiet.url, database.url, { rows: 1 });
    const seats = new SeatDealer(hot.flatMap((event) => event.seats));
    const buyers = new BuyerQueue(await createBuyers(database.url, 2000));
    console.log(`idle load: ${SUBSCRIBERS} idle subscribers on one of two processes ...`);
    await swarm.open([busy], other.id, SUBSCRIBERS);
    // Cold processes first get a throwaway run each (JIT, pools).
    const warmUpSeats = new SeatDealer(warmUp.seats);
    for (const api of servers) await reserveLoad(api.url, buyers, warmUpSeats, CONCURRENCY, 0, QUICK ? 1000 : 3000);
    await sleep(500);
    const runs: { none: LoadResult[]; idle: LoadResult[] } = { none: [], idle: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`idle load: round ${round}/${ROUNDS}, ${CONCURRENCY} buyers, none then ${SUBSCRIBERS} idle subscribers ...`);
      runs.none.push(await reserveLoad(quiet.url, buyers, seats, CONCURRENCY, 300, MEASURE_MS / ROUNDS));
      runs.idle.push(await reserveLoad(busy.url, buyers, seats, CONCURRENCY, 300, MEASURE_MS / ROUNDS));
    }
    const none = combine(runs.none);
    const idle = combine(runs.idle);
    if (none.workersExhausted || idle.workersExhausted) throw new Error('the event ran out of seats: make it larger');
    const ratio = idle.okPerSecond / none.okPerSecond;
    const row = (subscribers: number, r: LoadResult) => ({ 'idle subscribers': subscribers, 'OK reserves/s': round(r.okPerSecond), 'p50 ms': round(r.latencyMs.p50), 'p99 ms': round(r.latencyMs.p99), 'not OK': describeNonOk(r.outcomes) });
    return {
      bench: 'idle-load',
      date: new Date().toISOString(),
      quick: QUICK,
      machine: machine(),
      rows: [row(0, none), row(SUBSCRIBERS, idle), { 'idle subscribers': 'ratio', 'OK reserves/s': round(ratio, 2) }],
      bars: [
        { name: `throughput with ${SUBSCRIBERS} idle subscribers / none`, value: round(ratio, 2), limit: '>= 0.8', passed: ratio >= 0.8 },
        nonOkBar('reserveSeat, both processes', (none.answered - none.ok + idle.answered - idle.ok) / Math.max(1, none.answered + idle.answered), MAX_NON_OK),
      ],
      figures: [{ name: `OK reserves/s with 0 / ${SUBSCRIBERS} idle subscribers; not OK`, value: `${round(none.okPerSecond)} / ${round(idle.okPerSecond)}; ${describeNonOk(none.outcomes)} / ${describeNonOk(idle.outcomes)}` }],
      details: { concurrency: CONCURRENCY, rounds: ROUNDS, measureMs: MEASURE_MS, runs },
    };
  } finally {
    await swarm.end();
    await stopAll(servers);
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) report(await runIdleLoad());
