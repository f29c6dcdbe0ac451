/**
 * The parts of the reserveSeat bench around its 64-buyer comparison: the same GraphQL-vs-raw
 * comparison at other concurrencies (1, 16, 256 by default), and a contended mix where 256
 * buyers compete for 100 seats the way real clients do (retrying another seat on CONFLICT).
 */
import type pg from 'pg';
import { httpClient, outcomeOf, post, type GraphQLResponse, type HttpClient } from './http-client.ts';
import { graphqlReserve, heldExactlyBy, preparePath, rawReserve, RESERVE_SEAT, type BenchContext, type ThroughputResult } from './phases.ts';
import { createAccounts, createBenchEvent, SeatDealer, type Account } from './setup.ts';
import { round, summarize, type LatencySummary } from './stats.ts';

export interface SweepLevel {
  concurrency: number;
  graphql: ThroughputResult;
  raw: ThroughputResult;
  ratio: number;
}

/**
 * GraphQL against raw pg at `concurrency` buyers on distinct seats, each on a fresh event of its
 * own (so that no level runs out of seats), in two alternating rounds as at 64.
 */
export async function sweepLevel(ctx: BenchContext, rawPool: pg.Pool, organizer: Account, concurrency: number, seconds: number, warmupSeconds: number): Promise<SweepLevel> {
  const http = httpClient(ctx.server.url, concurrency);
  try {
    const event = await createBenchEvent(http, ctx.db, organizer, { sections: 1, rows: 80, seatsPerRow: 250, perOrderLimit: ctx.perOrderLimit });
    // Raw pg runs about twice as fast: give it the larger share.
    const split = Math.floor(event.seats.length * 0.4);
    const graphqlPath = await preparePath(ctx, graphqlReserve(http), new SeatDealer(event.seats.slice(0, split)), concurrency);
    const rawPath = await preparePath(ctx, rawReserve(rawPool, ctx.server), new SeatDealer(event.seats.slice(split)), concurrency);
    const measureMs = (seconds * 1000) / 2;
    for (let round = 1; round <= 2; round++) {
      const warmupMs = round === 1 ? warmupSeconds * 1000 : 500;
      await graphqlPath.round(warmupMs, measureMs);
      await rawPath.round(warmupMs, measureMs);
    }
    const graphql = graphqlPath.result();
    const raw = rawPath.result();
    return { concurrency, graphql, raw, ratio: graphql.throughputPerSecond / raw.throughputPerSecond };
  } finally {
    http.agent.destroy();
  }
}

export interface MixResult {
  seats: number;
  buyers: number;
  /** Successful reservations (each buyer wants one seat). */
  successes: number;
  attempts: number;
  conflicts: number;
  /** Attempts that failed for any other reason, by code (must be none). */
  otherFailures: Record<string, number>;
  http5xx: number;
  /** Seat-map reads: after every second CONFLICT in a row, and when a buyer's view has no seat left. */
  refetches: number;
  /** From the first request until the last seat was taken. */
  soldOutMs: number;
  /** Until every buyer had stopped (the last ones learn that nothing is left). */
  elapsedMs: number;
  /** Successful reservations per second until the last seat was taken. */
  goodputPerSecond: number;
  /** Attempts per successful reservation, minus one. */
  retriesPerSuccess: number;
  latencyMs: LatencySummary;
  /** Every seat held exactly once, by a buyer told OK, in one active hold. */
  databaseConsistent: boolean;
  passed: boolean;
}

type SeatState = { version: number; status: string };
const EVENT_SEATS = `query($id: ID!) { event(id: $id) { seats { id version status } } }`;

/**
 * `buyers` buyers, all at once, each wanting one of `seats` seats, as the web client would: a
 * buyer tries a random seat it believes available; on CONFLICT it learns that seat's state from
 * the error and tries another, and after two CONFLICTs in a row it reads the seat map again (the
 * web client's live updates, approximated); it stops with a seat, or when the map shows none left.
 */
export async function contendedMix(ctx: BenchContext, organizer: Account, seats: number, buyers: number): Promise<MixResult> {
  const http = httpClient(ctx.server.url, buyers);
  try {
    const event = await createBenchEvent(http, ctx.db, organizer, { sections: 1, rows: 1, seatsPerRow: seats, perOrderLimit: ctx.perOrderLimit });
    const accounts = await createAccounts(ctx.db, ctx.server, buyers);
    const initial = new Map(event.seats.map((s) => [s.id, { version: s.version, status: 'AVAILABLE' }]));
    const latencies: number[] = [];
    const winners = new Map<number, number>();
    let lastWinAt = 0;
    const tally = { attempts: 0, conflicts: 0, http5xx: 0, refetches: 0, other: {} as Record<string, number> };
    const started = performance.now();
    await Promise.all(
      accounts.map(async (buyer) => {
        if (await buyUntilDone(http, buyer, event.id, new Map(initial), latencies, winners, tally)) lastWinAt = performance.now();
      }),
    );
    const elapsedMs = performance.now() - started;
    const soldOutMs = lastWinAt - started;
    const successes = winners.size;
    const databaseConsistent = await heldExactlyBy(ctx.db, { eventId: event.id }, winners);
    return {
      seats,
      buyers,
      successes,
      attempts: tally.attempts,
      conflicts: tally.conflicts,
      otherFailures: tally.other,
      http5xx: tally.http5xx,
      refetches: tally.refetches,
      soldOutMs: round(soldOutMs),
      elapsedMs: round(elapsedMs),
      goodputPerSecond: round((successes * 1000) / soldOutMs),
      retriesPerSuccess: successes ? round(tally.attempts / successes - 1, 2) : Number.NaN,
      latencyMs: summarize(latencies),
      databaseConsistent,
      passed: successes === seats && tally.http5xx === 0 && Object.keys(tally.other).length === 0 && databaseConsistent,
    };
  } finally {
    http.agent.destroy();
  }
}

async function buyUntilDone(
  http: HttpClient,
  buyer: Account,
  eventId: number,
  view: Map<number, SeatState>,
  latencies: number[],
  winners: Map<number, number>,
  tally: { attempts: number; conflicts: number; http5xx: number; refetches: number; other: Record<string, number> },
): Promise<boolean> {
  let conflictsInARow = 0;
  let refetchedEmpty = false;
  for (;;) {
    const open = [...view].filter(([, s]) => s.status === 'AVAILABLE');
    if (open.length === 0 || conflictsInARow >= 2) {
      if (open.length === 0 && refetchedEmpty) return false;
      conflictsInARow = 0;
      tally.refetches++;
      const response = await post<{ event: { seats: { id: string; version: number; status: string }[] } }>(http, JSON.stringify({ query: EVENT_SEATS, variables: { id: String(eventId) } }), buyer.token);
      for (const s of response.data?.event.seats ?? []) view.set(Number(s.id), { version: s.version, status: s.status });
      refetchedEmpty = ![...view.values()].some((s) => s.status === 'AVAILABLE');
      continue;
    }
    const [seatId, state] = open[Math.floor(Math.random() * open.length)]!;
    const sent = performance.now();
    const response: GraphQLResponse<unknown> = await post(http, JSON.stringify({ query: RESERVE_SEAT, variables: { id: String(seatId), version: state.version } }), buyer.token);
    latencies.push(performance.now() - sent);
    tally.attempts++;
    const outcome = outcomeOf(response);
    if (outcome === 'OK') {
      winners.set(seatId, buyer.id);
      return true;
    }
    if (response.status >= 500) tally.http5xx++;
    if (outcome === 'CONFLICT') {
      tally.conflicts++;
      conflictsInARow++;
      const current = response.errors?.[0]?.extensions?.['seat'] as { version?: number; status?: string } | undefined;
      view.set(seatId, { version: current?.version ?? state.version, status: current?.status ?? 'HELD' });
      continue;
    }
    tally.other[outcome] = (tally.other[outcome] ?? 0) + 1;
    return false;
  }
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

export function printSweep(levels: readonly SweepLevel[]): void {
  console.log(`\nThroughput by concurrency, distinct seats (GraphQL / raw pg, alternating rounds):`);
  console.log(`${pad('buyers', 7)} ${pad('GraphQL/s', 10)} ${pad('p50', 7)} ${pad('p95', 7)} ${pad('p99', 7)} ${pad('raw pg/s', 10)} ${pad('p50', 7)} ${pad('p99', 7)} ${pad('ratio', 6)}`);
  for (const l of levels) {
    const g = l.graphql.latencyMs;
    const r = l.raw.latencyMs;
    console.log(
      `${pad(l.concurrency, 7)} ${pad(Math.round(l.graphql.throughputPerSecond), 10)} ${pad(g.p50.toFixed(1), 7)} ${pad(g.p95.toFixed(1), 7)} ${pad(g.p99.toFixed(1), 7)} ` +
        `${pad(Math.round(l.raw.throughputPerSecond), 10)} ${pad(r.p50.toFixed(1), 7)} ${pad(r.p99.toFixed(1), 7)} ${pad(l.ratio.toFixed(2), 6)}`,
    );
  }
}

export function printMix(mix: MixResult): void {
  console.log(`\nContended mix: ${mix.buyers} buyers, ${mix.seats} seats, each buyer wants one and retries another seat on CONFLICT:`);
  console.log(
    `  ${mix.successes} held, the last after ${(mix.soldOutMs / 1000).toFixed(2)} s (every buyer done after ${(mix.elapsedMs / 1000).toFixed(2)} s): goodput ${mix.goodputPerSecond}/s, ${mix.attempts} attempts, ${mix.retriesPerSuccess} retries per success, ` +
      `${mix.conflicts} CONFLICT, ${mix.refetches} seat-map reads, ${mix.http5xx} 5xx, p50/p99 ${mix.latencyMs.p50.toFixed(1)} / ${mix.latencyMs.p99.toFixed(1)} ms, ` +
      `database ${mix.databaseConsistent ? 'consistent' : 'INCONSISTENT'}${Object.keys(mix.otherFailures).length ? `, other failures ${JSON.stringify(mix.otherFailures)}` : ''}: ${mix.passed ? 'pass' : 'FAIL'}`,
  );
}
