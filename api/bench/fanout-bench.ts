/**
 * Fan-out: how long a committed seat change takes to reach N graphql-ws subscribers on one API
 * process, and on two processes joined by Redis, beside a raw `ws` server broadcasting a
 * message of the same size to as many sockets. `node api/bench/fanout-bench.ts [--quick]`.
 *
 * Commit-to-delivery is bracketed, not guessed: the commit happens after the mutation is sent
 * and before its HTTP response arrives, so "from send" is an upper bound (the bar is judged on
 * it) and "from response" a lower bound (negative when the update overtakes the response).
 */
import { randomUUID } from 'node:crypto';
import { TesseraClient } from '../../cli/src/tessera-client.ts';
import { ReserveSeatDocument } from '../../cli/src/operations.ts';
import { createBuyers, createEvent, type LoadEvent } from './bench-fixtures.ts';
import { QUICK, sleep } from './bench-mode.ts';
import { createDatabase, metrics, startApi, startRawWs, stopAll, type ChildServer } from './bench-processes.ts';
import { machine, report, type BenchResult, type Row } from './bench-table.ts';
import { fixed, quantiles, wallMs, type Quantiles } from './quantiles.ts';
import { RawWsSwarm } from './raw-ws-swarm.ts';
import { SubscriberSwarm } from './subscriber-swarm.ts';

const SIZES = QUICK ? [1000] : [1000, 5000];
/** A hundred changes, so that p99 over every receipt is not simply the slowest change (one change is 1 % of them). */
const CHANGES = QUICK ? 10 : 100;
const WAIT_MS = 10_000;
/** The graphql-ws message a subscriber receives for one change; the raw broadcast is padded to its length. */
const MESSAGE_BYTES = JSON.stringify({ id: randomUUID(), type: 'next', payload: { data: { seatUpdated: { id: '123456', version: 2, status: 'HELD' } } } }).length;

interface Measured {
  fromSend: Quantiles;
  fromResponse: Quantiles;
  missing: number;
  /** CPU the API processes spent per change, all subscribers included (ms). */
  apiCpuMsPerChange: number;
  eventLoopLagP99Ms: number;
}

/** Waits until `expected` receipts of a key arrived, or the deadline passed. */
class Receipts {
  private readonly times = new Map<string, number[]>();
  private waiter: { key: string; expected: number; done: () => void } | null = null;

  record(key: string, at: number): void {
    let list = this.times.get(key);
    if (!list) this.times.set(key, (list = []));
    list.push(at);
    if (this.waiter && this.waiter.key === key && list.length >= this.waiter.expected) this.waiter.done();
  }

  async wait(key: string, expected: number): Promise<number[]> {
    if ((this.times.get(key)?.length ?? 0) < expected) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, WAIT_MS);
        this.waiter = { key, expected, done: () => (clearTimeout(timer), resolve()) };
      });
      this.waiter = null;
    }
    return this.times.get(key) ?? [];
  }
}

async function graphqlFanout(servers: ChildServer[], event: LoadEvent, seats: LoadEvent['seats'], databaseUrl: string, count: number): Promise<Measured> {
  const receipts = new Receipts();
  const swarm = new SubscriberSwarm();
  const fromSend: number[] = [];
  const fromResponse: number[] = [];
  let missing = 0;
  try {
    await swarm.open(servers, event.id, count, (seatId, at) => receipts.record(seatId, at));
    // Two buyers taking turns: a hundred changes would pass one buyer's per-order limit.
    const buyers = await createBuyers(databaseUrl, 2);
    const clients = buyers.map((buyer) => new TesseraClient({ url: servers[0]!.graphqlUrl, token: buyer.token }));
    const client = clients[0]!;
    // One change first, not measured: the first reservation and delivery of a fresh process pay for
    // compiling their code paths (one outlier change of 30 is a p99 by itself).
    const warmUp = seats[CHANGES]!;
    await client.request(ReserveSeatDocument, { id: warmUp.id, version: warmUp.version });
    await receipts.wait(warmUp.id, count);
    await sleep(1000);
    const cpuBefore = servers.reduce((sum, s) => sum + s.cpuMs(), 0);
    for (let i = 0; i < CHANGES; i++) {
      const seat = seats[i]!;
      const sentAt = wallMs();
      await clients[i % 2]!.request(ReserveSeatDocument, { id: seat.id, version: seat.version });
      const answeredAt = wallMs();
      const times = await receipts.wait(seat.id, count);
      missing += count - times.length;
      for (const t of times) {
        fromSend.push(t - sentAt);
        fromResponse.push(t - answeredAt);
      }
      await sleep(50);
    }
    const cpuMs = servers.reduce((sum, s) => sum + s.cpuMs(), 0) - cpuBefore;
    const lag = await metrics(servers[0]!, ['nodejs_eventloop_lag_p99_seconds']);
    return {
      fromSend: quantiles(fromSend),
      fromResponse: quantiles(fromResponse),
      missing,
      apiCpuMsPerChange: cpuMs / CHANGES,
      eventLoopLagP99Ms: (lag['nodejs_eventloop_lag_p99_seconds'] ?? Number.NaN) * 1000,
    };
  } finally {
    await swarm.close();
  }
}

async function rawFanout(server: ChildServer, count: number): Promise<Measured> {
  const swarm = new RawWsSwarm();
  const latencies: number[] = [];
  const fromTrigger: number[] = [];
  let received = 0;
  let triggeredAt = 0;
  let done: (() => void) | null = null;
  let missing = 0;
  try {
    await swarm.open(server, count, (sentAt, at) => {
      latencies.push(at - sentAt);
      fromTrigger.push(at - triggeredAt);
      if (++received >= count) done?.();
    });
    // The same unmeasured first broadcast as the API gets.
    await fetch(`http://127.0.0.1:${server.port}/broadcast?bytes=${MESSAGE_BYTES}`, { method: 'POST' }).then((r) => r.text());
    await sleep(1000);
    latencies.length = 0;
    fromTrigger.length = 0;
    const cpuBefore = server.cpuMs();
    for (let i = 0; i < CHANGES; i++) {
      received = 0;
      const all = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, WAIT_MS);
        done = () => (clearTimeout(timer), resolve());
      });
      triggeredAt = wallMs();
      await fetch(`http://127.0.0.1:${server.port}/broadcast?bytes=${MESSAGE_BYTES}`, { method: 'POST' }).then((r) => r.text());
      await all;
      missing += count - received;
      await sleep(50);
    }
    return { fromSend: quantiles(latencies), fromResponse: quantiles(fromTrigger), missing, apiCpuMsPerChange: (server.cpuMs() - cpuBefore) / CHANGES, eventLoopLagP99Ms: Number.NaN };
  } finally {
    await swarm.close();
  }
}

const row = (setup: string, count: number, m: Measured): Row => ({
  setup,
  subscribers: count,
  'p50 ms': fixed(m.fromSend.p50),
  'p99 ms': fixed(m.fromSend.p99),
  'max ms': fixed(m.fromSend.max),
  'p99 from response ms': fixed(m.fromResponse.p99),
  missing: m.missing,
  'server CPU ms/change': fixed(m.apiCpuMsPerChange),
});

export async function runFanout(): Promise<BenchResult> {
  const database = await createDatabase('fanout');
  const servers: ChildServer[] = [];
  let raw: ChildServer | null = null;
  try {
    // Both API processes fan out through Redis (a fresh prefix per run), the single-process case included,
    // so the one-versus-two comparison differs only in the split.
    const prefix = `bench-fanout-${Date.now()}:`;
    servers.push(await startApi({ databaseUrl: database.url, publisher: 'redis', redisPrefix: prefix }));
    servers.push(await startApi({ databaseUrl: database.url, publisher: 'redis', redisPrefix: prefix }));
    raw = await startRawWs();
    const event = await createEvent(servers[0]!.graphqlUrl, database.url, 4);
    const rows: Row[] = [];
    const details: Record<string, Measured> = {};
    let offset = 0;
    const nextSeats = () => event.seats.slice(offset, (offset += CHANGES + 1)); // + 1: the warm-up change
    for (const count of SIZES) {
      console.log(`fan-out: ${count} subscribers ...`);
      const rawRun = await rawFanout(raw, count);
      const one = await graphqlFanout([servers[0]!], event, nextSeats(), database.url, count);
      const two = await graphqlFanout(servers, event, nextSeats(), database.url, count);
      rows.push(row('raw ws broadcast (send-to-receipt)', count, rawRun), row('1 API process', count, one), row('2 API processes + Redis', count, two));
      rows.push({ setup: `ratio 1 API / raw, p99`, subscribers: count, 'p99 ms': fixed(one.fromSend.p99 / rawRun.fromSend.p99, 2) });
      Object.assign(details, { [`raw-${count}`]: rawRun, [`one-${count}`]: one, [`two-${count}`]: two });
    }
    const largest = SIZES.at(-1)!;
    const judged = details[`one-${largest}`]!;
    return {
      bench: 'fanout',
      date: new Date().toISOString(),
      quick: QUICK,
      machine: machine(),
      rows,
      bars: [{ name: `commit-to-delivery p99 (upper bound) at ${largest}, 1 process`, value: fixed(judged.fromSend.p99), limit: '< 250 ms', passed: judged.fromSend.p99 < 250 && judged.missing === 0 }],
      figures: SIZES.flatMap((n) => [
        { name: `fan-out p50/p99 ms at ${n}, 1 process`, value: `${fixed(details[`one-${n}`]!.fromSend.p50)} / ${fixed(details[`one-${n}`]!.fromSend.p99)}` },
        { name: `fan-out p50/p99 ms at ${n}, 2 processes + Redis`, value: `${fixed(details[`two-${n}`]!.fromSend.p50)} / ${fixed(details[`two-${n}`]!.fromSend.p99)}` },
        { name: `raw ws broadcast p50/p99 ms at ${n}`, value: `${fixed(details[`raw-${n}`]!.fromSend.p50)} / ${fixed(details[`raw-${n}`]!.fromSend.p99)}` },
      ]),
      details: { changes: CHANGES, messageBytes: MESSAGE_BYTES, measured: details },
    };
  } finally {
    await stopAll([...servers, raw]);
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) report(await runFanout());
