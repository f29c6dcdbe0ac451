/**
 * An on-sale through the waiting room: a 20,000-seat event with a queue, 20,000 buyers (each its
 * own account and token) join before it opens, spread over two API processes fanning out through
 * Redis; every buyer then watches queueUpdated on a socket of its own (20,000 watchers, from worker
 * processes). At opening the room is shuffled and admits at `admitPerMinute`; a fifth of those
 * admitted hold two seats and check out. Judged: joins per second (all within 10 s) and their
 * p99; admissions in the first minute against the rate (within 5 %) and in any 60 s (never more);
 * every admission step reaching every socket still waiting, and how late (p99 per step); a
 * reserve before admission refused; no seat held or sold twice.
 * `node api/bench/queue-bench.ts [--quick]`.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { CheckoutDocument, JoinQueueDocument, MyHoldsDocument, QueueUpdatedDocument, ReserveSeatDocument } from '../../cli/src/operations.ts';
import { KeepAliveClient, operationText, outcomeOf } from '../test/kit/index.ts';
import { childProcess, CpuMeter, pctOfCore, thisProcess } from './lib/cpu.ts';
import { createBuyers, createEvent, SeatDealer, type Account } from './lib/fixtures.ts';
import { QUICK, envNumber, sleep } from './lib/mode.ts';
import { checkOversold } from './lib/oversold.ts';
import { createDatabase, startApi, stopAll, type ApiProcess } from './lib/processes.ts';
import { QueueWatchers } from './lib/queue-watchers.ts';
import { machine, report, type BenchResult } from './lib/report.ts';
import { describeNonOk, round, summarize, tally, wallMs } from './lib/stats.ts';

const BUYERS = QUICK ? 2000 : envNumber('QUEUE_BENCH_BUYERS', 20_000);
/** Admissions per minute: a tenth of the room a minute (the first minute admits 6,000 of 20,000). */
const RATE = QUICK ? 1200 : 6000;
const ADMIT_SECONDS = QUICK ? 12 : 65;
const JOIN_WORKERS = 256;
const ROWS = 80; // x 250 seats = 20,000
const BARS = {
  joinSeconds: 10,
  rateTolerance: 0.05,
  /** A watcher hears of each step before the next (steps come about once a second). */
  stepP99Ms: 1000,
} as const;

interface StepRow {
  through: number;
  at: number;
  count: number;
}

async function joinAll(clients: KeepAliveClient[], buyers: Account[], eventId: string) {
  const latencies: number[] = [];
  const outcomes: string[] = [];
  let retried = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < buyers.length; i = next++) {
      const sent = performance.now();
      let answer = await clients[i % clients.length]!.send(JoinQueueDocument, { eventId }, buyers[i]!.token);
      // No answer (a kept-alive socket the server closed as it was reused): join again, as a browser
      // would; joining is idempotent. Counted, and the latency runs from the first send.
      if (answer.status === 0) {
        retried++;
        answer = await clients[(i + 1) % clients.length]!.send(JoinQueueDocument, { eventId }, buyers[i]!.token);
      }
      latencies.push(performance.now() - sent);
      outcomes.push(outcomeOf(answer));
    }
  };
  await Promise.all(Array.from({ length: JOIN_WORKERS }, worker));
  return { seconds: (performance.now() - started) / 1000, latency: summarize(latencies), outcomes: tally(outcomes), retried };
}

/** A fifth of the admitted buyers hold two seats and check out while the room keeps admitting. */
async function shop(clients: KeepAliveClient[], db: pg.Pool, byId: Map<number, Account>, eventId: string, dealer: SeatDealer, until: number) {
  const outcomes: string[] = [];
  const seen = new Set<number>();
  const shoppers: Promise<void>[] = [];
  const one = async (buyer: Account, client: KeepAliveClient) => {
    for (let i = 0; i < 2; i++) {
      const seat = dealer.next();
      if (!seat) return;
      let answer = await client.send(ReserveSeatDocument, { id: String(seat.id), version: seat.version }, buyer.token);
      // No answer: ask again (the seat's version makes a second reserve of a seat already taken a CONFLICT).
      if (answer.status === 0) answer = await client.send(ReserveSeatDocument, { id: String(seat.id), version: seat.version }, buyer.token);
      outcomes.push(`reserve.${outcomeOf(answer)}`);
    }
    const holds = await client.send(MyHoldsDocument, {}, buyer.token);
    const hold = holds.data?.me?.holds.find((h) => h.eventId === eventId && h.status === 'ACTIVE');
    if (hold) outcomes.push(`checkout.${outcomeOf(await client.send(CheckoutDocument, { holdId: hold.id, key: randomUUID() }, buyer.token))}`);
  };
  while (wallMs() < until) {
    const { rows } = await db.query<{ buyer_id: number }>(`select buyer_id from queue_tickets where event_id = $1 and status = 'ADMITTED' and position % 5 = 0`, [Number(eventId)]);
    for (const { buyer_id } of rows) {
      if (seen.has(buyer_id)) continue;
      seen.add(buyer_id);
      shoppers.push(one(byId.get(buyer_id)!, clients[buyer_id % clients.length]!));
    }
    await sleep(500);
  }
  await Promise.all(shoppers);
  return tally(outcomes);
}

export async function runQueue(): Promise<BenchResult> {
  const database = await createDatabase('queue');
  const servers: ApiProcess[] = [];
  const db = new pg.Pool({ connectionString: database.url, max: 3 });
  db.on('error', () => {});
  const watchers = new QueueWatchers();
  const clients: KeepAliveClient[] = [];
  try {
    const prefix = `bench-queue-${Date.now()}:`;
    for (let i = 0; i < 2; i++) servers.push(await startApi({ databaseUrl: database.url, publisher: 'redis', redisPrefix: prefix, env: { QUEUE_TICK_MS: '1000' } }));
    const event = await createEvent(servers[0]!.url, database.url, { rows: ROWS, perOrderLimit: 8 });
    const eventId = String(event.id);
    // The waiting room, opening in an hour for now (the bench opens it once every watcher is in).
    await db.query(`insert into event_queues (event_id, opens_at, admit_per_minute, admission_minutes) values ($1, now() + interval '1 hour', $2, 10)`, [event.id, RATE]);
    const buyers = await createBuyers(database.url, BUYERS);
    clients.push(...servers.map((s) => new KeepAliveClient(s.url, JOIN_WORKERS)));

    console.log(`queue: ${event.seats.length} seats, ${BUYERS} buyers joining over 2 API processes ...`);
    const joinMeter = new CpuMeter(db, database.name, [...servers.map((s, i) => childProcess(`api ${i + 1}`, s)), thisProcess('load')]);
    const beforeJoins = await joinMeter.snapshot();
    const joins = await joinAll(clients, buyers, eventId);
    const joinCpu = joinMeter.between(beforeJoins, await joinMeter.snapshot());
    const joinsPerSecond = BUYERS / joins.seconds;
    console.log(`  joined in ${joins.seconds.toFixed(1)} s (${joinsPerSecond.toFixed(0)}/s); opening ${BUYERS} watchers ...`);
    const watching = await watchers.open(
      servers.map((s) => s.url.replace(/^http/, 'ws')),
      buyers.map((b) => b.token),
      operationText(QueueUpdatedDocument),
      eventId,
    );
    // Before admission: a reserve is refused and changes nothing.
    const early = await clients[0]!.send(ReserveSeatDocument, { id: String(event.seats[0]!.id), version: event.seats[0]!.version }, buyers[0]!.token);
    const refusedBefore = early.errors?.[0]?.extensions?.code === 'NOT_ADMITTED';

    const meter = new CpuMeter(db, database.name, [...servers.map((s, i) => childProcess(`api ${i + 1}`, s)), thisProcess('load')]);
    const before = await meter.snapshot();
    await db.query(`update event_queues set opens_at = now() + interval '1 second' where event_id = $1`, [event.id]);
    const opened = wallMs() + 1000;
    console.log(`  ${watching.opened} watching (${watching.failed} failed${watching.failed ? `: ${JSON.stringify(watching.stuck)}` : ''}); open for ${ADMIT_SECONDS} s at ${RATE}/min ...`);
    const byId = new Map(buyers.map((b) => [b.id, b]));
    const shopped = await shop(clients, db, byId, eventId, new SeatDealer(event.seats), opened + ADMIT_SECONDS * 1000);
    await sleep(1500); // the last step's frames
    const cpu = meter.between(before, await meter.snapshot());

    const { rows: stepRows } = await db.query<{ through: number; at: Date; count: string }>(
      `select max(position) as through, admitted_at as at, count(*) as count from queue_tickets where event_id = $1 and admitted_at is not null group by admitted_at order by admitted_at`,
      [event.id],
    );
    const steps: StepRow[] = stepRows.map((r) => ({ through: r.through, at: new Date(r.at).getTime(), count: Number(r.count) }));
    const stamps = steps.flatMap((s) => Array.from({ length: s.count }, () => s.at));
    const first = steps[0]?.at ?? opened;
    const firstMinute = stamps.filter((t) => t >= first && t < first + 60_000).length;
    // The rate the room kept: admissions after the first step over the time they took (the first
    // step admits what accrued since opening; steps come about once a second).
    const last = steps.at(-1)?.at ?? first;
    const window = last - first;
    const inWindow = steps.slice(1).reduce((n, s) => n + s.count, 0);
    const expected = (RATE * window) / 60_000;
    const followRatio = expected > 0 ? inWindow / expected : 0;
    let busiest = 0;
    for (let end = 0, start = 0; end < stamps.length; end++) {
      while (stamps[start]! <= stamps[end]! - 60_000) start++;
      busiest = Math.max(busiest, end - start + 1);
    }

    const heard = await watchers.report();
    const positions = heard.positions;
    let missing = 0;
    const delays: number[] = [];
    const stepP99s: number[] = [];
    for (const step of steps) {
      const waiting = positions.filter((p) => p > step.through).length;
      const receipts = heard.steps[String(step.through)] ?? [];
      missing += Math.max(0, waiting - receipts.length);
      const late = receipts.map((t) => t - step.at);
      delays.push(...late);
      if (late.length > 0) stepP99s.push(summarize(late).p99);
    }
    const delay = summarize(delays);
    const perStep = summarize(stepP99s);
    const check = await checkOversold(database.url, eventId);
    const oversold = check.doubleHeld + check.doubleSold + check.violations.length;
    const apiCpu = Object.entries(cpu.ms).filter(([k]) => k.startsWith('api')).reduce((n, [, v]) => n + v, 0);
    const joinsNotOk = describeNonOk(joins.outcomes);

    return {
      bench: 'queue',
      date: new Date().toISOString(),
      quick: QUICK,
      machine: machine(),
      rows: [
        {
          buyers: BUYERS,
          'joins/s': round(joinsPerSecond),
          'join p50/p99 ms': `${round(joins.latency.p50)} / ${round(joins.latency.p99)}`,
          'joins not OK': joinsNotOk,
          watchers: watching.opened,
          'rate /min': RATE,
          'admitted in window / expected': `${inWindow} / ${round(expected)}`,
          'busiest 60 s': busiest,
          steps: steps.length,
          'frames per step p99 ms (worst step)': `${round(perStep.p50)} (${round(perStep.max)})`,
          'missed step frames': missing,
          oversold,
        },
        {
          buyers: 'CPU % of a core while joining',
          'joins/s': `API ${pctOfCore(Object.entries(joinCpu.ms).filter(([k]) => k.startsWith('api')).reduce((n, [, v]) => n + v, 0), joinCpu.wallMs)}`,
          'join p50/p99 ms': `pg ${pctOfCore(joinCpu.postgresMs, joinCpu.wallMs)}`,
          'joins not OK': `load ${pctOfCore(joinCpu.ms['load'] ?? 0, joinCpu.wallMs)}`,
          watchers: `others ${pctOfCore(joinCpu.othersMs, joinCpu.wallMs)}`,
          'rate /min': `retried ${joins.retried}`,
        },
        {
          buyers: 'CPU % of a core while admitting',
          'joins/s': `API ${pctOfCore(apiCpu, cpu.wallMs)}`,
          'join p50/p99 ms': `pg ${pctOfCore(cpu.postgresMs, cpu.wallMs)}`,
          'joins not OK': `load ${pctOfCore(cpu.ms['load'] ?? 0, cpu.wallMs)}`,
          watchers: `others ${pctOfCore(cpu.othersMs, cpu.wallMs)}`,
          'rate /min': `sold ${check.soldSeats}`,
          'admitted in window / expected': `shoppers ${describeNonOk(shopped)}`,
        },
      ],
      bars: [
        { name: `${BUYERS} buyers join within ${BARS.joinSeconds} s, two API processes (s)`, value: round(joins.seconds), limit: `<= ${BARS.joinSeconds}`, passed: joins.seconds <= BARS.joinSeconds },
        { name: 'joins answered OK (share)', value: round((joins.outcomes['OK'] ?? 0) / BUYERS, 4), limit: '= 1', passed: (joins.outcomes['OK'] ?? 0) === BUYERS },
        { name: `admissions over ${round(window / 1000)} s of steps / the rate's`, value: round(followRatio, 3), limit: `${1 - BARS.rateTolerance}..${1 + BARS.rateTolerance}`, passed: Math.abs(followRatio - 1) <= BARS.rateTolerance },
        { name: 'admissions in any 60 s', value: busiest, limit: `<= ${RATE}`, passed: busiest <= RATE },
        { name: `step frames that never reached a waiting socket (${watching.opened} watchers)`, value: missing, limit: '= 0', passed: missing === 0 && watching.failed === 0 },
        { name: `p99 delay from an admission step to its frame, worst step, ${watching.opened} watchers (ms)`, value: round(perStep.max), limit: `< ${BARS.stepP99Ms}`, passed: perStep.max < BARS.stepP99Ms },
        { name: 'a reserve before admission is NOT_ADMITTED', value: refusedBefore ? 1 : 0, limit: '= 1', passed: refusedBefore },
        { name: 'oversold seats (double hold, double sale, invariant violations)', value: oversold, limit: '= 0', passed: oversold === 0 },
      ],
      figures: [
        { name: 'queue joins/s; join p50/p99 ms', value: `${round(joinsPerSecond)}; ${round(joins.latency.p50)} / ${round(joins.latency.p99)}` },
        { name: 'queue admitted in the first minute (rate)', value: `${firstMinute} (${RATE})` },
        { name: `queue step-to-frame p50/p99 ms over all frames at ${watching.opened} watchers`, value: `${round(delay.p50)} / ${round(delay.p99)}` },
        { name: 'queue API CPU % of a core while admitting (2 processes)', value: pctOfCore(apiCpu, cpu.wallMs) },
      ],
      details: { stuck: watching.stuck, joinCpu, joins, steps: steps.length, delay, perStep, shopped, check, cpu, admitted: heard.admitted, lost: heard.lost, errors: heard.errors },
    };
  } finally {
    for (const c of clients) c.close();
    await watchers.end();
    await stopAll(servers);
    await db.end().catch(() => {});
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) report(await runQueue());
