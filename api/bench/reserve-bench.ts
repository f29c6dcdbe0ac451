/**
 * `npm run bench`: reserveSeat through the real server over HTTP against the same statements sent
 * straight through pg, then the 64-buyers-on-one-seat race. Prints a table and writes
 * bench-results/reserve.json. Not part of `npm test`.
 */
import pg from 'pg';
import type { TesseraServer } from '../src/server.ts';
import { machine } from './bench-table.ts';
import { httpClient, type HttpClient } from './http-client.ts';
import { graphqlReserve, hotSeatRace, preparePath, rawReserve, type BenchContext, type PreparedPath, type RaceResult } from './phases.ts';
import { BAR, printReport, writeReport, type BenchReport } from './report.ts';
import { contendedMix, printMix, printSweep, sweepLevel, type SweepLevel } from './reserve-sweep.ts';
import { formatted, traceStatements } from './sql-trace.ts';
import { createAccounts, createBenchDatabase, createBenchEvent, SeatDealer, startServer } from './setup.ts';

const number = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

const SETTINGS = {
  concurrency: number('BENCH_CONCURRENCY', 64),
  warmupSeconds: number('BENCH_WARMUP_SECONDS', 2),
  /** Measured time of each path, split into `rounds` alternating rounds. */
  measureSeconds: number('BENCH_SECONDS', 10),
  rounds: number('BENCH_ROUNDS', 2),
  hotSeatRounds: number('BENCH_HOT_SEAT_ROUNDS', 5),
  /** The other concurrencies compared with raw pg, each on its own event, for BENCH_SWEEP_SECONDS. */
  sweep: (process.env['BENCH_SWEEP'] ?? '1,16,256').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0),
  sweepSeconds: number('BENCH_SWEEP_SECONDS', 4),
  /** The second hot-seat size, and the contended mix: this many buyers for MIX_SEATS seats. */
  racers: 256,
  mixSeats: 100,
  perOrderLimit: 100,
};

/** 50,000 seats (the most one event may have) in two sections of 100 rows of 250. */
const EVENT_SHAPE = { sections: 2, rows: 100, seatsPerRow: 250, perOrderLimit: SETTINGS.perOrderLimit };
/** Seats kept for the GraphQL phase: well above what it reaches on two cores; the raw loop gets the rest. */
const GRAPHQL_SEATS = 16_000;

function machineWith(postgres: string): BenchReport['machine'] {
  const { loadAverage: _loadAverage, ...described } = machine();
  return { ...described, postgres };
}

/**
 * One traced reservation of a fresh buyer's first seat, then of its second. The second is the
 * measured path and must be the raw loop's statements exactly. The first (hold creation) runs
 * only while priming, before any measurement; it is recorded, not compared.
 */
async function traceSql(ctx: BenchContext, http: HttpClient, seats: SeatDealer): Promise<BenchReport['sql']> {
  const [buyer] = await createAccounts(ctx.db, ctx.server, 1);
  const reserve = graphqlReserve(http);
  const once = async () => {
    const outcome = await reserve(buyer!, seats.next()!);
    if (outcome !== 'OK') throw new Error(`traced reservation failed: ${outcome}`);
  };
  const first = formatted(ctx.server, await traceStatements(ctx.server, once));
  const steady = formatted(ctx.server, await traceStatements(ctx.server, once));
  return { statements: steady, firstSeatStatements: first, matchesRawLoop: false, mismatches: [] };
}

/**
 * GraphQL, raw, GraphQL, raw...: whatever else the machine does during the run (CI, a test
 * suite) then weighs on both paths alike instead of on one, which would skew the ratio.
 */
async function alternate(graphql: PreparedPath, raw: PreparedPath): Promise<void> {
  const measureMs = (SETTINGS.measureSeconds * 1000) / SETTINGS.rounds;
  for (let round = 1; round <= SETTINGS.rounds; round++) {
    // The first round of each path also warms it up (JIT, pool connections); later rounds only refill the pipeline.
    const warmupMs = round === 1 ? SETTINGS.warmupSeconds * 1000 : 500;
    console.log(`round ${round}/${SETTINGS.rounds}: GraphQL then raw pg, ${SETTINGS.concurrency} concurrent buyers, ${measureMs / 1000} s each ...`);
    await graphql.round(warmupMs, measureMs);
    await raw.round(warmupMs, measureMs);
  }
}

async function hotSeatRounds(ctx: BenchContext, http: HttpClient, seats: SeatDealer, racers: number): Promise<RaceResult[]> {
  const rounds: RaceResult[] = [];
  for (let i = 0; i < SETTINGS.hotSeatRounds; i++) {
    const buyers = await createAccounts(ctx.db, ctx.server, racers);
    rounds.push(await hotSeatRace(ctx, http, seats.next()!, buyers));
  }
  return rounds;
}

/**
 * pg.Pool#end() resolves before its sockets have closed, and dropping the database WITH (FORCE)
 * then ends them from the server side: an idle client's error event must not crash the run.
 */
function quietPool(pool: pg.Pool): pg.Pool {
  pool.on('error', () => {});
  return pool;
}

async function runBench(server: TesseraServer, db: pg.Pool, databaseName: string): Promise<BenchReport> {
  const http = httpClient(server.url, SETTINGS.concurrency);
  const rawPool = quietPool(new pg.Pool({ connectionString: server.app.config.databaseUrl ?? undefined, max: server.app.config.dbPoolMax }));
  try {
    const ctx: BenchContext = { server, db, databaseName, perOrderLimit: SETTINGS.perOrderLimit };
    const [organizer] = await createAccounts(db, server, 1, 'ORGANIZER');
    const event = await createBenchEvent(http, db, organizer!, EVENT_SHAPE);
    const graphqlSeats = new SeatDealer(event.seats.slice(0, GRAPHQL_SEATS));
    const raceSeatCount = SETTINGS.hotSeatRounds * 2 + 2;
    const raceSeats = new SeatDealer(event.seats.slice(GRAPHQL_SEATS, GRAPHQL_SEATS + raceSeatCount));
    const rawSeats = new SeatDealer(event.seats.slice(GRAPHQL_SEATS + raceSeatCount));

    const sql = await traceSql(ctx, http, raceSeats);
    console.log(`priming: one hold per buyer, both paths ...`);
    const graphqlPath = await preparePath(ctx, graphqlReserve(http), graphqlSeats, SETTINGS.concurrency);
    const rawPath = await preparePath(ctx, rawReserve(rawPool, server), rawSeats, SETTINGS.concurrency);
    await alternate(graphqlPath, rawPath);
    const graphql = graphqlPath.result();
    const raw = rawPath.result();
    console.log(`hot-seat race: ${SETTINGS.hotSeatRounds} rounds of ${SETTINGS.concurrency} and of ${SETTINGS.racers} ...`);
    const rounds = await hotSeatRounds(ctx, http, raceSeats, SETTINGS.concurrency);
    const wideHttp = httpClient(server.url, SETTINGS.racers);
    const wideRounds = await hotSeatRounds(ctx, wideHttp, raceSeats, SETTINGS.racers).finally(() => wideHttp.agent.destroy());
    console.log(`contended mix: ${SETTINGS.racers} buyers, ${SETTINGS.mixSeats} seats ...`);
    const mix = await contendedMix(ctx, organizer!, SETTINGS.mixSeats, SETTINGS.racers);
    const sweep: SweepLevel[] = [];
    for (const concurrency of SETTINGS.sweep) {
      console.log(`sweep: ${concurrency} concurrent buyers, GraphQL then raw pg, ${SETTINGS.sweepSeconds} s each ...`);
      sweep.push(await sweepLevel(ctx, rawPool, organizer!, concurrency, SETTINGS.sweepSeconds, SETTINGS.warmupSeconds));
    }
    const at64: SweepLevel = { concurrency: SETTINGS.concurrency, graphql, raw, ratio: graphql.throughputPerSecond / raw.throughputPerSecond };
    sweep.push(at64);
    sweep.sort((a, b) => a.concurrency - b.concurrency);

    const { rows } = await db.query<{ version: string }>(`select split_part(version(), ' on ', 1) as version`);
    const ratio = graphql.throughputPerSecond / raw.throughputPerSecond;
    return {
      date: new Date().toISOString(),
      machine: machineWith(rows[0]?.version ?? 'PostgreSQL'),
      settings: { ...SETTINGS, sweep: SETTINGS.sweep.join(','), dbPoolMax: server.app.config.dbPoolMax, eventSeats: event.seats.length },
      sql,
      graphql,
      raw,
      ratio,
      bar: { ...BAR, ratioMet: ratio >= BAR.minRatio, p99Met: graphql.latencyMs.p99 < BAR.maxP99Ms },
      hotSeat: { rounds, allPassed: rounds.every((r) => r.passed) },
      hotSeatWide: { rounds: wideRounds, allPassed: wideRounds.every((r) => r.passed) },
      mix,
      sweep,
    };
  } finally {
    http.agent.destroy();
    await rawPool.end();
  }
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  try {
    const server = await startServer(database.url);
    const db = quietPool(new pg.Pool({ connectionString: database.url, max: 4 }));
    try {
      const report = await runBench(server, db, database.name);
      printReport(report);
      printSweep(report.sweep);
      printMix(report.mix);
      writeReport(report);
      // A lost race that lets two buyers hold one seat is a bug, not a slow run: fail loudly.
      if (!report.hotSeat.allPassed || !report.hotSeatWide.allPassed || !report.mix.passed) process.exitCode = 1;
    } finally {
      await db.end();
      await server.close();
    }
  } finally {
    await database.drop();
  }
}

await main();
