/**
 * An on-sale: a 20,000-seat event, 2,000 virtual buyers (each its own account and token) on two
 * API processes fanning out through Redis, requests spread over both. Each turn a buyer reserves
 * 1-4 random seats (one reserveSeat per click, as the web client sends them), sometimes drops
 * one, then checks out or walks away. Judged: seats held per second, a minimum of seats sold,
 * the share of answers that were not OK, and no seat held or sold twice.
 * `node api/bench/onsale-bench.ts [--quick]`.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { CheckoutDocument, MyHoldsDocument, ReleaseSeatDocument, ReserveSeatDocument } from '../../cli/src/operations.ts';
import { KeepAliveClient, outcomeOf, type GraphQLResponse } from '../test/kit/index.ts';
import { childProcess, CpuMeter, pctOfCore, thisProcess, type CpuUse } from './lib/cpu.ts';
import { createBuyers, createEvent, type Account } from './lib/fixtures.ts';
import { envNumber, QUICK } from './lib/mode.ts';
import { checkOversold } from './lib/oversold.ts';
import { createDatabase, startApi, stopAll, type ApiProcess } from './lib/processes.ts';
import { machine, nonOkBar, report, type BenchResult } from './lib/report.ts';
import { SeatBook } from './lib/seat-book.ts';
import { describeNonOk, nonOkShare, round, summarize } from './lib/stats.ts';

const SECONDS = envNumber('BENCH_ONSALE_SECONDS', QUICK ? 5 : 60);
const BUYERS = QUICK ? 200 : 2000;
/** Requests in flight at once: virtual buyers take turns on this many workers. */
const WORKERS = QUICK ? 64 : 128;
const ROWS = 80; // x 250 seats = 20,000
const BARS = {
  minHeldPerSecond: 1000,
  /** A run that sells almost nothing proves nothing about overselling. */
  minSold: QUICK ? 100 : 5000,
  /** 10 % of picks come from a stale map by design, so CONFLICTs are part of the run; a quarter is too many. */
  maxNonOk: 0.25,
} as const;

interface Tally {
  reserveMs: number[];
  /** Answers by operation and outcome: reserve.OK, reserve.CONFLICT, checkout.OK, ... */
  outcomes: Record<string, Record<string, number>>;
  /** Seats held in each 5 s of the run, from its start. */
  heldBySlice: number[];
  startedAt: number;
  /** The first answers that were not GraphQL answers (network errors, 5xx), to say what they were. */
  unanswered: string[];
}

const chance = (p: number) => Math.random() < p;

function count<T>(tally: Tally, operation: string, response: GraphQLResponse<T>): T | null {
  const outcome = outcomeOf(response);
  const of = (tally.outcomes[operation] ??= {});
  if (outcome.startsWith('HTTP_') && tally.unanswered.length < 5) tally.unanswered.push(`${operation}: ${outcome} ${response.errors?.[0]?.message ?? ''}`);
  of[outcome] = (of[outcome] ?? 0) + 1;
  return outcome === 'OK' ? response.data! : null;
}

/** One buyer's turn: reserve, maybe drop a seat, then pay or walk away. */
async function turn(api: KeepAliveClient, buyer: Account, eventId: number, book: SeatBook, tally: Tally): Promise<void> {
  const mine: string[] = [];
  const wanted = 1 + Math.floor(Math.random() * 4);
  for (let i = 0; i < wanted; i++) {
    const seat = book.pick();
    if (!seat) break;
    const sent = performance.now();
    const response = await api.send(ReserveSeatDocument, { id: seat.id, version: seat.version }, buyer.token);
    const data = count(tally, 'reserve', response);
    if (data) {
      tally.reserveMs.push(performance.now() - sent);
      const slice = Math.floor((performance.now() - tally.startedAt) / 5000);
      tally.heldBySlice[slice] = (tally.heldBySlice[slice] ?? 0) + 1;
      book.update(data.reserveSeat.id, data.reserveSeat.version, data.reserveSeat.status);
      mine.push(data.reserveSeat.id);
    } else {
      const current = response.errors?.[0]?.extensions?.['seat'] as { id: string; version: number; status: string } | undefined;
      if (current) book.update(current.id, current.version, current.status);
    }
  }
  if (mine.length === 0) return;
  if (mine.length > 1 && chance(0.25)) await release(api, buyer, mine.pop()!, book, tally);
  const holds = count(tally, 'myHolds', await api.send(MyHoldsDocument, {}, buyer.token));
  const hold = holds?.me?.holds.find((h) => h.eventId === String(eventId) && h.status === 'ACTIVE');
  if (hold && chance(0.6)) {
    if (count(tally, 'checkout', await api.send(CheckoutDocument, { holdId: hold.id, key: randomUUID() }, buyer.token))) return;
  }
  for (const id of hold ? hold.seats.map((s) => s.id) : mine) await release(api, buyer, id, book, tally);
}

async function release(api: KeepAliveClient, buyer: Account, id: string, book: SeatBook, tally: Tally): Promise<void> {
  const data = count(tally, 'release', await api.send(ReleaseSeatDocument, { id }, buyer.token));
  if (data) book.update(data.releaseSeat.id, data.releaseSeat.version, data.releaseSeat.status);
}

async function run(servers: ApiProcess[], buyers: Account[], eventId: number, book: SeatBook): Promise<Tally> {
  const tally: Tally = { reserveMs: [], outcomes: {}, unanswered: [], heldBySlice: [], startedAt: performance.now() };
  // Buyer i talks to server i % 2: the load balancer's round robin, by buyer.
  const clients = servers.map((s) => new KeepAliveClient(s.url, WORKERS));
  const end = performance.now() + SECONDS * 1000;
  let next = 0;
  const worker = async () => {
    while (performance.now() < end && book.freeCount > 0) {
      const i = next++ % buyers.length;
      await turn(clients[i % clients.length]!, buyers[i]!, eventId, book, tally);
    }
  };
  try {
    await Promise.all(Array.from({ length: WORKERS }, worker));
  } finally {
    for (const c of clients) c.close();
  }
  return tally;
}

const all = (tally: Tally) => {
  const merged: Record<string, number> = {};
  for (const byOutcome of Object.values(tally.outcomes)) for (const [k, v] of Object.entries(byOutcome)) merged[k] = (merged[k] ?? 0) + v;
  return merged;
};

export async function runOnsale(): Promise<BenchResult> {
  const database = await createDatabase('onsale');
  const servers: ApiProcess[] = [];
  const db = new pg.Pool({ connectionString: database.url, max: 2 });
  db.on('error', () => {});
  try {
    const prefix = `bench-onsale-${Date.now()}:`;
    for (let i = 0; i < 2; i++) servers.push(await startApi({ databaseUrl: database.url, publisher: 'redis', redisPrefix: prefix }));
    const event = await createEvent(servers[0]!.url, database.url, { rows: ROWS, perOrderLimit: 8 });
    const buyers = await createBuyers(database.url, BUYERS);
    const meter = new CpuMeter(db, database.name, [...servers.map((s, i) => childProcess(`api ${i + 1}`, s)), thisProcess('load')]);
    console.log(`on-sale: ${event.seats.length} seats, ${BUYERS} buyers on ${WORKERS} workers, 2 API processes, ${SECONDS} s ...`);
    const before = await meter.snapshot();
    const started = performance.now();
    const tally = await run(servers, buyers, event.id, new SeatBook(event.seats.map((s) => ({ id: String(s.id), version: s.version }))));
    const seconds = (performance.now() - started) / 1000;
    const cpu: CpuUse = meter.between(before, await meter.snapshot());
    const check = await checkOversold(database.url, String(event.id));
    const oversold = check.doubleHeld + check.doubleSold + check.violations.length;
    const reserve = summarize(tally.reserveMs);
    const reserves = tally.outcomes['reserve'] ?? {};
    const held = reserves['OK'] ?? 0;
    const heldPerSecond = held / seconds;
    const everything = all(tally);
    console.log(`seats held per second in each 5 s: ${Array.from(tally.heldBySlice, (n) => Math.round((n ?? 0) / 5)).join(', ')}`);
    if (tally.unanswered.length > 0) console.log(`answers that were not GraphQL answers: ${tally.unanswered.join('; ')}`);
    const unavailable = Object.entries(everything).filter(([k]) => k.startsWith('HTTP_')).reduce((n, [, v]) => n + v, 0);
    const apiCpu = Object.entries(cpu.ms).filter(([k]) => k.startsWith('api')).reduce((n, [, v]) => n + v, 0);
    return {
      bench: 'onsale',
      date: new Date().toISOString(),
      quick: QUICK,
      machine: machine(),
      rows: [
        {
          seats: event.seats.length,
          buyers: BUYERS,
          seconds: round(seconds),
          'seats held/s': round(heldPerSecond),
          'reserve p50 ms': round(reserve.p50),
          'reserve p99 ms': round(reserve.p99),
          'reserve not OK': describeNonOk(reserves),
          'seats sold': check.soldSeats,
          'checkouts OK': tally.outcomes['checkout']?.['OK'] ?? 0,
          'all requests not OK': describeNonOk(everything),
          oversold,
        },
        {
          seats: 'CPU % of a core',
          buyers: `API ${pctOfCore(apiCpu, cpu.wallMs)}`,
          seconds: `pg ${pctOfCore(cpu.postgresMs, cpu.wallMs)}`,
          'seats held/s': `load ${pctOfCore(cpu.ms['load'] ?? 0, cpu.wallMs)}`,
          'reserve p50 ms': `others ${pctOfCore(cpu.othersMs, cpu.wallMs)}`,
        },
      ],
      bars: [
        { name: 'seats held per second, two API processes', value: round(heldPerSecond), limit: `>= ${BARS.minHeldPerSecond}`, passed: heldPerSecond >= BARS.minHeldPerSecond },
        { name: 'seats sold (a run that sells little proves little)', value: check.soldSeats, limit: `>= ${BARS.minSold}`, passed: check.soldSeats >= BARS.minSold },
        nonOkBar('on-sale, every request', nonOkShare(everything), BARS.maxNonOk),
        { name: 'answers that were not GraphQL answers (5xx, network)', value: unavailable, limit: '= 0', passed: unavailable === 0 },
        { name: 'oversold seats (double hold, double sale, invariant violations)', value: oversold, limit: '= 0', passed: oversold === 0 },
      ],
      figures: [
        { name: 'on-sale seats held/s; reserve p50/p99 ms; reserve not OK', value: `${round(heldPerSecond)}; ${round(reserve.p50)} / ${round(reserve.p99)}; ${describeNonOk(reserves)}` },
        { name: 'on-sale seats sold / checkouts OK', value: `${check.soldSeats} / ${tally.outcomes['checkout']?.['OK'] ?? 0}` },
      ],
      details: { workers: WORKERS, outcomes: tally.outcomes, unanswered: tally.unanswered, reserve, check, cpu },
    };
  } finally {
    await stopAll(servers);
    await db.end().catch(() => {});
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) report(await runOnsale());
