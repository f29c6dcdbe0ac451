/**
 * reserveSeat over GraphQL against a raw `pg` loop sending ONE statement per reservation (a
 * PL/pgSQL function keeping the same rules, lib/one-statement-reserve.ts) and against the old
 * six-statement loop, at 1, 16, 64 and 256 concurrent buyers on distinct seats, in alternating
 * rounds; CPU per reservation of the API process, of this process (the load generator, or the raw
 * loop's client) and of PostgreSQL. Then the hot-seat races and the contended mix.
 * `node api/bench/reserve-bench.ts [--quick]`; writes bench-results/reserve.json.
 *
 * The API is the real entry point in a child process (lib/processes.ts): the load generator's
 * HTTP client never runs on the server's main thread.
 */
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { KeepAliveClient, type ApiProcess } from '../test/kit/index.ts';
import { childMainThread, childProcess, CpuMeter, pctOfCore, thisProcess, type CpuUse } from './lib/cpu.ts';
import { createBuyers, createEvent, SeatDealer, type Seat } from './lib/fixtures.ts';
import { envList, envNumber, QUICK } from './lib/mode.ts';
import { installOneStatementReserve } from './lib/one-statement-reserve.ts';
import { createDatabase, startApi, stopAll } from './lib/processes.ts';
import { contendedMix, hotSeatRace, type MixResult, type RaceResult } from './lib/races.ts';
import { machine, nonOkBar, report, type Bar, type BenchResult, type Row } from './lib/report.ts';
import { graphqlReserve, oneStatementPath, PATH_LABEL, preparePath, sixStatementPath, type PathName, type PathResult, type PathSetup, type PreparedPath } from './lib/reserve-paths.ts';
import { describeNonOk, round } from './lib/stats.ts';

const SETTINGS = {
  /** The judged level; the others are the sweep. */
  concurrency: envNumber('BENCH_CONCURRENCY', 64),
  levels: envList('BENCH_LEVELS', QUICK ? [64] : [1, 16, 64, 256]),
  /** Measured seconds of each path at the judged level, split into `rounds` alternating rounds; other levels get `sweepSeconds`. */
  measureSeconds: envNumber('BENCH_SECONDS', QUICK ? 1.5 : 10),
  sweepSeconds: envNumber('BENCH_SWEEP_SECONDS', QUICK ? 1 : 4),
  rounds: envNumber('BENCH_ROUNDS', QUICK ? 1 : 2),
  warmupSeconds: envNumber('BENCH_WARMUP_SECONDS', QUICK ? 0.5 : 2),
  hotSeatRounds: envNumber('BENCH_HOT_SEAT_ROUNDS', QUICK ? 1 : 5),
  /** The API's pool and each raw loop's: the same number of connections for every path. */
  poolMax: envNumber('BENCH_DB_POOL_MAX', 16),
  perOrderLimit: 100,
  racers: 256,
  mixSeats: 100,
};

const BARS = { minPerSecond: 1500, minRatio: 0.5, maxNonOkShare: 0.01 } as const;
/**
 * Seats a path may use per second, generously (an exhausted worker is reported, not hidden): at
 * most the cap, and at most what `concurrency` requests in flight can do at the path's least
 * latency on this kind of machine (a single buyer cannot use 5,000 seats a second).
 */
const SEATS_PER_SECOND: Record<PathName, { cap: number; minLatencyMs: number }> = {
  graphql: { cap: 3000, minLatencyMs: 0.7 },
  'one-statement': { cap: 5000, minLatencyMs: 0.3 },
  'six-statement': { cap: 2500, minLatencyMs: 1 },
};
const seatsPerSecond = (path: PathName, concurrency: number) => Math.min(SEATS_PER_SECOND[path].cap, (concurrency * 1000) / SEATS_PER_SECOND[path].minLatencyMs);
const PATHS: readonly PathName[] = ['graphql', 'one-statement', 'six-statement'];
const HOLDS = loadConfig({ NODE_ENV: 'test' }).holds;

interface Level {
  concurrency: number;
  paths: Record<PathName, PathResult>;
  ratioToOneStatement: number;
  ratioToSixStatements: number;
}

interface Context {
  api: ApiProcess;
  databaseUrl: string;
  db: pg.Pool;
  reference: pg.Pool;
  meter: CpuMeter;
}

/** Seats for a level, from events of at most 50,000 seats (the most one event may have). */
async function seatsFor(ctx: Context, count: number): Promise<Seat[]> {
  const seats: Seat[] = [];
  while (seats.length < count) {
    const rows = Math.min(200, Math.ceil((count - seats.length) / 250));
    const event = await createEvent(ctx.api.url, ctx.databaseUrl, { sections: 1, rows, perOrderLimit: SETTINGS.perOrderLimit });
    seats.push(...event.seats);
  }
  return seats;
}

async function runLevel(ctx: Context, concurrency: number): Promise<Level> {
  const seconds = concurrency === SETTINGS.concurrency ? SETTINGS.measureSeconds : SETTINGS.sweepSeconds;
  const rounds = concurrency === SETTINGS.concurrency ? SETTINGS.rounds : Math.min(2, SETTINGS.rounds);
  const perPath = (name: PathName) => Math.ceil(seatsPerSecond(name, concurrency) * (seconds + SETTINGS.warmupSeconds + 0.5 * rounds)) + 2 * concurrency;
  const supply = new SeatDealer(await seatsFor(ctx, PATHS.reduce((n, p) => n + perPath(p), 0)));
  const http = new KeepAliveClient(ctx.api.url, concurrency);
  try {
    const setup: PathSetup = { databaseUrl: ctx.databaseUrl, meter: ctx.meter, perOrderLimit: SETTINGS.perOrderLimit, prime: oneStatementPath(ctx.reference, HOLDS) };
    const reserveBy: Record<PathName, PathSetup['prime']> = {
      graphql: graphqlReserve(http),
      'one-statement': oneStatementPath(ctx.reference, HOLDS),
      'six-statement': sixStatementPath(ctx.reference, HOLDS),
    };
    const prepared: PreparedPath[] = [];
    for (const name of PATHS) {
      // The GraphQL path opens its holds through the API itself.
      const own = name === 'graphql' ? { ...setup, prime: reserveBy.graphql } : setup;
      prepared.push(await preparePath(name, own, reserveBy[name], supply.split(perPath(name)), concurrency));
    }
    const measureMs = (seconds * 1000) / rounds;
    for (let round = 1; round <= rounds; round++) {
      console.log(`reserve: ${concurrency} buyers, round ${round}/${rounds}: ${PATHS.join(', ')}, ${measureMs / 1000} s each ...`);
      // The first round of each path also warms it up (JIT, pool connections); later ones only refill the pipeline.
      for (const path of prepared) await path.round(round === 1 ? SETTINGS.warmupSeconds * 1000 : 300, measureMs);
    }
    const paths = Object.fromEntries(prepared.map((p) => [p.name, p.result()])) as Record<PathName, PathResult>;
    return {
      concurrency,
      paths,
      ratioToOneStatement: paths.graphql.okPerSecond / paths['one-statement'].okPerSecond,
      ratioToSixStatements: paths.graphql.okPerSecond / paths['six-statement'].okPerSecond,
    };
  } finally {
    http.close();
  }
}

async function hotSeatRounds(ctx: Context, racers: number): Promise<RaceResult[]> {
  const seats = new SeatDealer(await seatsFor(ctx, SETTINGS.hotSeatRounds));
  const http = new KeepAliveClient(ctx.api.url, racers);
  try {
    const rounds: RaceResult[] = [];
    for (let i = 0; i < SETTINGS.hotSeatRounds; i++) rounds.push(await hotSeatRace(ctx.db, http, seats.next()!, await createBuyers(ctx.databaseUrl, racers)));
    return rounds;
  } finally {
    http.close();
  }
}

async function mix(ctx: Context): Promise<MixResult> {
  const event = await createEvent(ctx.api.url, ctx.databaseUrl, { rows: 1, seatsPerRow: SETTINGS.mixSeats });
  const http = new KeepAliveClient(ctx.api.url, SETTINGS.racers);
  try {
    return await contendedMix(ctx.db, http, event, await createBuyers(ctx.databaseUrl, SETTINGS.racers));
  } finally {
    http.close();
  }
}

const perReservation = (ms: number, r: PathResult) => (r.ok > 0 ? round(ms / r.ok, 3) : Number.NaN);

/** The CPU columns: ms of CPU per OK reservation, by process. For GraphQL "node" is the API process; for the raw loops, this process. */
function cpuCells(r: PathResult): Row {
  const c: CpuUse = r.cpu;
  const node = r.path === 'graphql' ? (c.ms['api'] ?? 0) : (c.ms['load'] ?? 0);
  return {
    'node ms/res': perReservation(node, r),
    'api main thread %': r.path === 'graphql' ? pctOfCore(c.ms['api main thread'] ?? 0, c.wallMs) : '',
    'load generator ms/res': r.path === 'graphql' ? perReservation(c.ms['load'] ?? 0, r) : '',
    'pg ms/res': perReservation(c.postgresMs, r),
    'others %': pctOfCore(c.othersMs, c.wallMs),
  };
}

function levelRows(level: Level): Row[] {
  return PATHS.map((name) => {
    const r = level.paths[name];
    return {
      buyers: level.concurrency,
      path: PATH_LABEL[name],
      'OK/s': round(r.okPerSecond, 0),
      'p50 ms': round(r.latencyMs.p50),
      'p99 ms': round(r.latencyMs.p99),
      'not OK': describeNonOk(r.outcomes),
      ratio: name === 'graphql' ? `${level.ratioToOneStatement.toFixed(2)} / ${level.ratioToSixStatements.toFixed(2)}` : '',
      ...cpuCells(r),
      rounds: r.rounds.map((x) => Math.round(x)).join(', '),
      ...(r.workersExhausted ? { note: `${r.workersExhausted} workers ran out of seats` } : {}),
    };
  });
}

function raceRow(what: string, rounds: readonly RaceResult[]): Row {
  const failed = rounds.filter((r) => !r.passed);
  return { buyers: what, path: 'hot seat', 'OK/s': '', 'not OK': failed.length ? `FAILED ${JSON.stringify(failed.map((f) => f.outcomes))}` : `${rounds.length} rounds: 1 OK, rest CONFLICT, DB consistent` };
}

function bars(judged: Level, levels: readonly Level[], races: { narrow: RaceResult[]; wide: RaceResult[] }, m: MixResult): Bar[] {
  const g = judged.paths.graphql;
  const c = SETTINGS.concurrency;
  return [
    { name: `reserveSeat OK/s at ${c} buyers`, value: round(g.okPerSecond, 0), limit: `>= ${BARS.minPerSecond}`, passed: g.okPerSecond >= BARS.minPerSecond },
    { name: `reserveSeat / one-statement raw pg at ${c}`, value: round(judged.ratioToOneStatement, 2), limit: `>= ${BARS.minRatio}`, passed: judged.ratioToOneStatement >= BARS.minRatio },
    ...levels.flatMap((l) => PATHS.map((p) => nonOkBar(`${PATH_LABEL[p]} at ${l.concurrency}`, l.paths[p].nonOkShare, BARS.maxNonOkShare))),
    { name: `${c} buyers on one seat: 1 OK, ${c - 1} CONFLICT, database consistent`, value: races.narrow.filter((r) => r.passed).length, limit: `all ${races.narrow.length} rounds`, passed: races.narrow.every((r) => r.passed) },
    { name: `${SETTINGS.racers} buyers on one seat: 1 OK, ${SETTINGS.racers - 1} CONFLICT, database consistent`, value: races.wide.filter((r) => r.passed).length, limit: `all ${races.wide.length} rounds`, passed: races.wide.every((r) => r.passed) },
    { name: `${m.buyers} buyers for ${m.seats} seats: every seat held once, no 5xx`, value: m.successes, limit: `= ${m.seats}`, passed: m.passed },
  ];
}

export async function runReserve(): Promise<BenchResult> {
  const database = await createDatabase('reserve');
  let api: ApiProcess | null = null;
  const db = new pg.Pool({ connectionString: database.url, max: 4 });
  const reference = new pg.Pool({ connectionString: database.url, max: SETTINGS.poolMax });
  // Dropping the database WITH (FORCE) ends idle pooled connections from the server side.
  db.on('error', () => {});
  reference.on('error', () => {});
  try {
    // A diagnostic knob: PostgreSQL settings for the bench database, set before anyone connects (BENCH_PG_SETTINGS="plan_cache_mode=force_generic_plan").
    for (const setting of (process.env['BENCH_PG_SETTINGS'] ?? '').split(',').filter(Boolean)) {
      const [name, value] = setting.split('=');
      if (!/^[a-z_]+$/.test(name ?? '') || !/^[A-Za-z0-9_.]+$/.test(value ?? '')) throw new Error(`BENCH_PG_SETTINGS: ${setting} is not name=value`);
      await db.query(`alter database ${database.name} set ${name} = '${value}'`);
    }
    api = await startApi({ databaseUrl: database.url, publisher: 'memory', env: { DB_POOL_MAX: String(SETTINGS.poolMax) } });
    await installOneStatementReserve(db);
    const meter = new CpuMeter(db, database.name, [childProcess('api', api), childMainThread('api main thread', api), thisProcess('load')]);
    const ctx: Context = { api, databaseUrl: database.url, db, reference, meter };
    const levels: Level[] = [];
    for (const concurrency of [...new Set([...SETTINGS.levels, SETTINGS.concurrency])].sort((a, b) => a - b)) levels.push(await runLevel(ctx, concurrency));
    const judged = levels.find((l) => l.concurrency === SETTINGS.concurrency)!;
    console.log(`reserve: hot seat, ${SETTINGS.hotSeatRounds} rounds of ${SETTINGS.concurrency} and of ${SETTINGS.racers}; contended mix ...`);
    const races = { narrow: await hotSeatRounds(ctx, SETTINGS.concurrency), wide: await hotSeatRounds(ctx, SETTINGS.racers) };
    const contended = await mix(ctx);
    const g = judged.paths.graphql;
    return {
      bench: 'reserve',
      date: new Date().toISOString(),
      quick: QUICK,
      machine: machine(),
      rows: [
        ...levels.flatMap(levelRows),
        raceRow(String(SETTINGS.concurrency), races.narrow),
        raceRow(String(SETTINGS.racers), races.wide),
        { buyers: `${contended.buyers} for ${contended.seats} seats`, path: 'contended mix', 'OK/s': contended.goodputPerSecond, 'p50 ms': round(contended.latencyMs.p50), 'p99 ms': round(contended.latencyMs.p99), 'not OK': `${contended.retriesPerSuccess} retries per seat, ${contended.http5xx} 5xx` },
      ],
      bars: bars(judged, levels, races, contended),
      figures: [
        ...levels.map((l) => ({
          name: `${l.concurrency} buyers: OK/s GraphQL / one statement / six statements (ratios); GraphQL p50/p99 ms; not OK`,
          value: `${round(l.paths.graphql.okPerSecond, 0)} / ${round(l.paths['one-statement'].okPerSecond, 0)} / ${round(l.paths['six-statement'].okPerSecond, 0)} (${l.ratioToOneStatement.toFixed(2)} / ${l.ratioToSixStatements.toFixed(2)}); ${round(l.paths.graphql.latencyMs.p50)} / ${round(l.paths.graphql.latencyMs.p99)}; ${describeNonOk(l.paths.graphql.outcomes)}`,
        })),
        {
          name: `CPU ms per reservation at ${SETTINGS.concurrency}: API node + pg / one statement node + pg / load generator`,
          value: `${perReservation(g.cpu.ms['api'] ?? 0, g)} + ${perReservation(g.cpu.postgresMs, g)} / ${perReservation(judged.paths['one-statement'].cpu.ms['load'] ?? 0, judged.paths['one-statement'])} + ${perReservation(judged.paths['one-statement'].cpu.postgresMs, judged.paths['one-statement'])} / ${perReservation(g.cpu.ms['load'] ?? 0, g)}`,
        },
      ],
      details: { settings: { ...SETTINGS, levels: SETTINGS.levels.join(',') }, levels, races, mix: contended },
    };
  } finally {
    await stopAll([api]);
    await db.end().catch(() => {});
    await reference.end().catch(() => {});
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) report(await runReserve());
