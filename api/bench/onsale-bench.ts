/**
 * An on-sale: a 20,000-seat event, 2,000 virtual buyers (each its own account and token) on two
 * API processes fanning out through Redis, requests spread over both, through the typed client.
 * Each turn a buyer reserves 1-4 random seats, sometimes drops one, then checks out or walks
 * away. At the end: no seat may be held or sold twice. `node api/bench/onsale-bench.ts [--quick]`.
 */
import { randomUUID } from 'node:crypto';
import { TesseraClient, TesseraError } from '../../cli/src/tessera-client.ts';
import { CheckoutDocument, MyHoldsDocument, ReleaseSeatDocument, ReserveSeatDocument } from '../../cli/src/operations.ts';
import { createBuyers, createEvent, type Buyer } from './bench-fixtures.ts';
import { QUICK } from './bench-mode.ts';
import { createDatabase, startApi, stopAll, type ChildServer } from './bench-processes.ts';
import { machine, report, type BenchResult } from './bench-table.ts';
import { checkOversold } from './onsale-check.ts';
import { fixed, quantiles } from './quantiles.ts';
import { SeatBook } from './seat-book.ts';

const SECONDS = QUICK ? 5 : 60;
const BUYERS = QUICK ? 100 : 2000;
/** Requests in flight at once: virtual buyers take turns on this many workers. */
const WORKERS = QUICK ? 48 : 128;
const ROWS = 80; // x 250 seats = 20,000

interface Tally {
  reserveMs: number[];
  reserved: number;
  conflicts: number;
  released: number;
  checkouts: number;
  abandoned: number;
  /** Answers that were not GraphQL errors (network, 5xx): their outcome is unknown. */
  unavailable: number;
  errorCodes: Record<string, number>;
}

const chance = (p: number) => Math.random() < p;

/** One buyer's turn: reserve, maybe drop a seat, then pay or walk away. */
async function turn(client: TesseraClient, eventId: string, book: SeatBook, tally: Tally): Promise<void> {
  const mine: string[] = [];
  const wanted = 1 + Math.floor(Math.random() * 4);
  for (let i = 0; i < wanted; i++) {
    const seat = book.pick();
    if (!seat) return;
    const sent = performance.now();
    try {
      const { reserveSeat } = await client.request(ReserveSeatDocument, { id: seat.id, version: seat.version });
      tally.reserveMs.push(performance.now() - sent);
      tally.reserved++;
      book.update(reserveSeat.id, reserveSeat.version, reserveSeat.status);
      mine.push(reserveSeat.id);
    } catch (error) {
      tally.reserveMs.push(performance.now() - sent);
      note(error, tally);
      const current = error instanceof TesseraError ? (error.extensions['seat'] as { id: string; version: number; status: string } | undefined) : undefined;
      if (current) book.update(current.id, current.version, current.status);
    }
  }
  if (mine.length === 0) return;
  if (mine.length > 1 && chance(0.25)) await release(client, mine.pop()!, book, tally);
  const holds = await client.request(MyHoldsDocument, {}).catch((error: unknown) => (note(error, tally), null));
  const hold = holds?.me?.holds.find((h) => h.eventId === eventId && h.status === 'ACTIVE');
  if (hold && chance(0.6)) {
    try {
      await client.request(CheckoutDocument, { holdId: hold.id, key: randomUUID() });
      tally.checkouts++;
      return;
    } catch (error) {
      note(error, tally);
    }
  }
  tally.abandoned++;
  for (const id of hold ? hold.seats.map((s) => s.id) : mine) await release(client, id, book, tally);
}

async function release(client: TesseraClient, id: string, book: SeatBook, tally: Tally): Promise<void> {
  try {
    const { releaseSeat } = await client.request(ReleaseSeatDocument, { id });
    book.update(releaseSeat.id, releaseSeat.version, releaseSeat.status);
    tally.released++;
  } catch (error) {
    note(error, tally);
  }
}

function note(error: unknown, tally: Tally): void {
  const code = error instanceof TesseraError ? error.code : 'UNAVAILABLE';
  if (code === 'CONFLICT') tally.conflicts++;
  if (code === 'UNAVAILABLE') tally.unavailable++;
  tally.errorCodes[code] = (tally.errorCodes[code] ?? 0) + 1;
}

async function run(servers: ChildServer[], buyers: Buyer[], eventId: string, book: SeatBook): Promise<Tally> {
  const tally: Tally = { reserveMs: [], reserved: 0, conflicts: 0, released: 0, checkouts: 0, abandoned: 0, unavailable: 0, errorCodes: {} };
  // Buyer i talks to server i % 2: the load balancer's round robin, by buyer.
  const clients = buyers.map((b, i) => new TesseraClient({ url: servers[i % servers.length]!.graphqlUrl, token: b.token }));
  const end = performance.now() + SECONDS * 1000;
  let next = 0;
  const worker = async () => {
    while (performance.now() < end && book.freeCount > 0) await turn(clients[next++ % clients.length]!, eventId, book, tally);
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  return tally;
}

export async function runOnsale(): Promise<BenchResult> {
  const database = await createDatabase('onsale');
  const servers: ChildServer[] = [];
  try {
    const prefix = `bench-onsale-${Date.now()}:`;
    for (let i = 0; i < 2; i++) servers.push(await startApi({ databaseUrl: database.url, publisher: 'redis', redisPrefix: prefix }));
    const event = await createEvent(servers[0]!.graphqlUrl, database.url, ROWS, 8);
    const buyers = await createBuyers(database.url, BUYERS);
    console.log(`on-sale: ${event.seats.length} seats, ${BUYERS} buyers on ${WORKERS} workers, 2 API processes, ${SECONDS} s ...`);
    const started = performance.now();
    const tally = await run(servers, buyers, event.id, new SeatBook(event.seats));
    const seconds = (performance.now() - started) / 1000;
    const check = await checkOversold(database.url, event.id);
    const oversold = check.doubleHeld + check.doubleSold + check.violations.length;
    const reserve = quantiles(tally.reserveMs);
    return {
      bench: 'onsale',
      date: new Date().toISOString(),
      quick: QUICK,
      machine: machine(),
      rows: [
        {
          seats: event.seats.length,
          buyers: BUYERS,
          seconds: fixed(seconds),
          'holds/s': fixed(tally.reserved / seconds),
          'reserve p50 ms': fixed(reserve.p50),
          'reserve p99 ms': fixed(reserve.p99),
          conflicts: tally.conflicts,
          checkouts: tally.checkouts,
          'seats sold': check.soldSeats,
          unavailable: tally.unavailable,
          oversold,
        },
      ],
      bars: [{ name: 'oversold seats (double hold, double sale, invariant violations)', value: oversold, limit: '= 0', passed: oversold === 0 }],
      figures: [
        { name: 'on-sale holds/s', value: fixed(tally.reserved / seconds) },
        { name: 'on-sale reserve p50/p99 ms', value: `${fixed(reserve.p50)} / ${fixed(reserve.p99)}` },
        { name: 'on-sale checkouts / conflicts / unavailable', value: `${tally.checkouts} / ${tally.conflicts} / ${tally.unavailable}` },
      ],
      details: { workers: WORKERS, tally: { ...tally, reserveMs: undefined }, reserve, check },
    };
  } finally {
    await stopAll(servers);
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runOnsale();
  report(result);
  // An oversold seat is a bug, not a slow run.
  if (!result.bars.every((b) => b.passed)) process.exitCode = 1;
}
