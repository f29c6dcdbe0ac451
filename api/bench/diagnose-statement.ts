/**
 * The SQL alone: the API's own reservation statement (api/src/inventory/hold-seats.ts, the
 * HOLD_SEATS transition) sent straight through a pg.Pool, beside the bench's hand-written
 * one-statement reference, same concurrency, alternating rounds, CPU per reservation of this
 * process and of PostgreSQL. It tells how much of reserveSeat's cost is its SQL and how much is
 * the API around it. A diagnostic, not a bench: not in run-all.
 * `node api/bench/diagnose-statement.ts [concurrency] [seconds]`.
 */
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { holdDeadlines } from '../src/holds/hold-timing.ts';
import { HOLD_SEATS } from '../src/inventory/hold-seats.ts';
import { CpuMeter, thisProcess } from './lib/cpu.ts';
import { createEvent, SeatDealer } from './lib/fixtures.ts';
import { installOneStatementReserve } from './lib/one-statement-reserve.ts';
import { createDatabase, startApi, stopAll } from './lib/processes.ts';
import { table } from './lib/report.ts';
import { oneStatementPath, preparePath, type Reserve } from './lib/reserve-paths.ts';
import { describeNonOk, round } from './lib/stats.ts';

const CONCURRENCY = Number(process.argv[2] ?? 64);
const SECONDS = Number(process.argv[3] ?? 6);
const POLICY = loadConfig({ NODE_ENV: 'test' }).holds;

/** The API's statement with the values its use case binds (reserve-seats.ts), its row read as the API reads it. */
function apiStatement(pool: pg.Pool): Reserve {
  return async (buyer, seat) => {
    const values: Record<string, unknown> = { ...holdDeadlines(new Date(), POLICY), buyer: buyer.id, maxEvents: POLICY.maxEvents, seatIds: [seat.id], versions: [seat.version] };
    try {
      const { rows } = await pool.query<{ hold: unknown; stale: unknown[] }>({ name: HOLD_SEATS.name, text: HOLD_SEATS.text, values: HOLD_SEATS.params.map((p) => values[p]) });
      return rows[0]?.hold ? 'OK' : rows[0]?.stale.length ? 'CONFLICT' : 'REFUSED';
    } catch (error) {
      return typeof error === 'object' && error !== null && 'code' in error ? `SQLSTATE_${String(error.code)}` : 'ERROR';
    }
  };
}

const database = await createDatabase('statement');
const pool = new pg.Pool({ connectionString: database.url, max: 16 });
const db = new pg.Pool({ connectionString: database.url, max: 2 });
pool.on('error', () => {});
db.on('error', () => {});
try {
  // The API only migrates the database and makes the event; then it stops, and only SQL runs.
  const api = await startApi({ databaseUrl: database.url, publisher: 'memory' });
  const event = await createEvent(api.url, database.url, { sections: 2, rows: 100 });
  await stopAll([api]);
  await installOneStatementReserve(db);
  const seats = new SeatDealer(event.seats);
  const meter = new CpuMeter(db, database.name, [thisProcess('node')]);
  const setup = { databaseUrl: database.url, meter, perOrderLimit: 100, prime: oneStatementPath(pool, POLICY) };
  const paths = [
    await preparePath('graphql', setup, apiStatement(pool), seats.split(20_000), CONCURRENCY),
    await preparePath('one-statement', setup, oneStatementPath(pool, POLICY), seats.split(25_000), CONCURRENCY),
  ];
  for (let r = 1; r <= 2; r++) for (const path of paths) await path.round(r === 1 ? 1000 : 300, (SECONDS * 1000) / 2);
  const rows = paths.map((p, i) => {
    const result = p.result();
    return {
      path: i === 0 ? 'the API statement (HOLD_SEATS) through pg' : 'the PL/pgSQL reference through pg',
      'OK/s': round(result.okPerSecond),
      'p99 ms': round(result.latencyMs.p99),
      'not OK': describeNonOk(result.outcomes),
      'node ms/res': round((result.cpu.ms['node'] ?? 0) / result.ok, 3),
      'pg ms/res': round(result.cpu.postgresMs / result.ok, 3),
      'others %': round((result.cpu.othersMs / result.cpu.wallMs) * 100),
    };
  });
  console.log(`\n${CONCURRENCY} concurrent reservations on distinct seats, ${SECONDS} s per path in 2 alternating rounds:`);
  console.log(table(rows));
} finally {
  await pool.end().catch(() => {});
  await db.end().catch(() => {});
  await database.drop();
}
