/**
 * reserveSeat throughput on one API process with N idle subscribers connected (subscribed to
 * another event, so they receive nothing) against none: what holding sockets costs the hot path.
 * `node api/bench/idle-load-bench.ts [--quick]`.
 */
import { createBuyers, createEvent } from './bench-fixtures.ts';
import { QUICK, sleep } from './bench-mode.ts';
import { createDatabase, startApi, stopAll, type ChildServer } from './bench-processes.ts';
import { machine, report, type BenchResult } from './bench-table.ts';
import { BuyerQueue, reserveLoad, SeatQueue } from './buyer-load.ts';
import { fixed } from './quantiles.ts';
import { SubscriberSwarm } from './subscriber-swarm.ts';

const SUBSCRIBERS = QUICK ? 1000 : 5000;
const CONCURRENCY = 64;
const MEASURE_MS = QUICK ? 4000 : 8000;
const WARMUP_MS = QUICK ? 1500 : 3000;

export async function runIdleLoad(): Promise<BenchResult> {
  const database = await createDatabase('idle');
  let api: ChildServer | null = null;
  const swarm = new SubscriberSwarm();
  try {
    api = await startApi({ databaseUrl: database.url, publisher: 'memory' });
    const hot = await createEvent(api.graphqlUrl, database.url, QUICK ? 60 : 200);
    const other = await createEvent(api.graphqlUrl, database.url, 1);
    const seats = new SeatQueue(hot.seats);
    const buyers = new BuyerQueue(await createBuyers(database.url, 1500));

    // A throwaway run first: a cold process (JIT, pools) runs at a fraction of its speed.
    await reserveLoad(api.graphqlUrl, buyers, seats, CONCURRENCY, 0, WARMUP_MS * 2);
    // None, with, none again: whatever else loads the shared machine weighs on both sides alike.
    console.log(`idle load: ${CONCURRENCY} buyers, no subscribers ...`);
    const before = await reserveLoad(api.graphqlUrl, buyers, seats, CONCURRENCY, 500, MEASURE_MS / 2);
    console.log(`idle load: ${SUBSCRIBERS} idle subscribers on another event ...`);
    await swarm.open([api], other.id, SUBSCRIBERS);
    await sleep(1000);
    const idle = await reserveLoad(api.graphqlUrl, buyers, seats, CONCURRENCY, 500, MEASURE_MS);
    await swarm.close();
    await sleep(1000);
    console.log(`idle load: no subscribers again ...`);
    const after = await reserveLoad(api.graphqlUrl, buyers, seats, CONCURRENCY, 500, MEASURE_MS / 2);
    const none = { perSecond: fixed((before.perSecond + after.perSecond) / 2), p50Ms: Math.max(before.p50Ms, after.p50Ms), p99Ms: Math.max(before.p99Ms, after.p99Ms), failed: before.failed + after.failed };
    if (before.outOfSeats || idle.outOfSeats || after.outOfSeats) throw new Error('the event ran out of seats: make it larger');
    const ratio = idle.perSecond / none.perSecond;
    return {
      bench: 'idle-load',
      date: new Date().toISOString(),
      quick: QUICK,
      machine: machine(),
      rows: [
        { 'idle subscribers': '0 (before and after, mean)', 'reserves/s': none.perSecond, 'p50 ms': none.p50Ms, 'p99 ms': none.p99Ms, failed: none.failed },
        { 'idle subscribers': SUBSCRIBERS, 'reserves/s': idle.perSecond, 'p50 ms': idle.p50Ms, 'p99 ms': idle.p99Ms, failed: idle.failed },
        { 'idle subscribers': 'ratio', 'reserves/s': fixed(ratio, 2) },
      ],
      bars: [{ name: `throughput with ${SUBSCRIBERS} idle subscribers / none`, value: fixed(ratio, 2), limit: '>= 0.8', passed: ratio >= 0.8 }],
      figures: [{ name: `reserves/s with 0 / ${SUBSCRIBERS} idle subscribers`, value: `${none.perSecond} / ${idle.perSecond}` }],
      details: { concurrency: CONCURRENCY, measureMs: MEASURE_MS, before, idle, after },
    };
  } finally {
    await swarm.close();
    await stopAll([api]);
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) report(await runIdleLoad());
