/**
 * reserveSeat throughput on an API process holding N idle subscribers (subscribed to another
 * event, so they receive nothing) against an identical process holding none: what keeping
 * sockets costs the hot path. Both processes share one database and run in short alternating
 * rounds, because on a shared 2-core machine the load of other jobs swings by half within
 * seconds: interleaving makes it weigh on both sides alike (one process toggled between the two
 * states would need minutes of reconnecting per swap). `node api/bench/idle-load-bench.ts [--quick]`.
 */
import { createBuyers, createEvent } from './bench-fixtures.ts';
import { QUICK, sleep } from './bench-mode.ts';
import { createDatabase, startApi, stopAll, type ChildServer } from './bench-processes.ts';
import { machine, report, type BenchResult } from './bench-table.ts';
import { BuyerQueue, reserveLoad, SeatQueue, type LoadResult } from './buyer-load.ts';
import { fixed } from './quantiles.ts';
import { SubscriberSwarm } from './subscriber-swarm.ts';

const SUBSCRIBERS = QUICK ? 500 : 5000;
const CONCURRENCY = 64;
const ROUNDS = QUICK ? 1 : 4;
/** Measured time per side, split over the rounds. */
const MEASURE_MS = QUICK ? 1500 : 8000;

function combined(runs: LoadResult[]) {
  return {
    perSecond: fixed(runs.reduce((s, r) => s + r.perSecond, 0) / runs.length),
    p50Ms: Math.max(...runs.map((r) => r.p50Ms)),
    p99Ms: Math.max(...runs.map((r) => r.p99Ms)),
    failed: runs.reduce((s, r) => s + r.failed, 0),
    outOfSeats: runs.some((r) => r.outOfSeats),
  };
}

export async function runIdleLoad(): Promise<BenchResult> {
  const database = await createDatabase('idle');
  const servers: ChildServer[] = [];
  const swarm = new SubscriberSwarm();
  try {
    for (let i = 0; i < 2; i++) servers.push(await startApi({ databaseUrl: database.url, publisher: 'memory' }));
    const [quiet, busy] = servers as [ChildServer, ChildServer];
    const hot = await createEvent(quiet.graphqlUrl, database.url, 200);
    const other = await createEvent(quiet.graphqlUrl, database.url, 1);
    const seats = new SeatQueue(hot.seats);
    const buyers = new BuyerQueue(await createBuyers(database.url, 2000));
    console.log(`idle load: ${SUBSCRIBERS} idle subscribers on one of two processes ...`);
    await swarm.open([busy], other.id, SUBSCRIBERS);
    // Cold processes first get a throwaway run each (JIT, pools).
    for (const api of servers) await reserveLoad(api.graphqlUrl, buyers, seats, CONCURRENCY, 0, QUICK ? 1000 : 3000);
    await sleep(500);
    const runs: { none: LoadResult[]; idle: LoadResult[] } = { none: [], idle: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`idle load: round ${round}/${ROUNDS}, ${CONCURRENCY} buyers, none then ${SUBSCRIBERS} idle subscribers ...`);
      runs.none.push(await reserveLoad(quiet.graphqlUrl, buyers, seats, CONCURRENCY, 300, MEASURE_MS / ROUNDS));
      runs.idle.push(await reserveLoad(busy.graphqlUrl, buyers, seats, CONCURRENCY, 300, MEASURE_MS / ROUNDS));
    }
    const none = combined(runs.none);
    const idle = combined(runs.idle);
    if (none.outOfSeats || idle.outOfSeats) throw new Error('the event ran out of seats: make it larger');
    const ratio = idle.perSecond / none.perSecond;
    return {
      bench: 'idle-load',
      date: new Date().toISOString(),
      quick: QUICK,
      machine: machine(),
      rows: [
        { 'idle subscribers': 0, 'reserves/s': none.perSecond, 'p50 ms': none.p50Ms, 'p99 ms': none.p99Ms, failed: none.failed },
        { 'idle subscribers': SUBSCRIBERS, 'reserves/s': idle.perSecond, 'p50 ms': idle.p50Ms, 'p99 ms': idle.p99Ms, failed: idle.failed },
        { 'idle subscribers': 'ratio', 'reserves/s': fixed(ratio, 2) },
      ],
      bars: [{ name: `throughput with ${SUBSCRIBERS} idle subscribers / none`, value: fixed(ratio, 2), limit: '>= 0.8', passed: ratio >= 0.8 }],
      figures: [{ name: `reserves/s with 0 / ${SUBSCRIBERS} idle subscribers`, value: `${none.perSecond} / ${idle.perSecond}` }],
      details: { concurrency: CONCURRENCY, rounds: ROUNDS, measureMs: MEASURE_MS, runs },
    };
  } finally {
    await swarm.close();
    await stopAll(servers);
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) report(await runIdleLoad());
