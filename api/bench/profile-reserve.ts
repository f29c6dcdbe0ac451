/**
 * Where the API's CPU goes on the reservation path: the API child runs under `node --cpu-prof`
 * while 64 buyers (by default) reserve distinct seats in a closed loop from this process; then the
 * profile's top self-time functions and packages. A diagnostic, not a bench: not in run-all.
 * `node api/bench/profile-reserve.ts [concurrency] [seconds]`.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBuyers, createEvent, SeatDealer } from './lib/fixtures.ts';
import { createDatabase, startApi, stopAll, type ApiProcess } from './lib/processes.ts';
import { profileByPackage, profileTop } from './lib/profile.ts';
import { table } from './lib/report.ts';
import { BuyerQueue, reserveLoad } from './lib/reserve-load.ts';
import { describeNonOk, round } from './lib/stats.ts';

const CONCURRENCY = Number(process.argv[2] ?? 64);
const SECONDS = Number(process.argv[3] ?? 10);

const dir = mkdtempSync(join(tmpdir(), 'tessera-profile-'));
const database = await createDatabase('profile');
let api: ApiProcess | null = null;
try {
  api = await startApi({ databaseUrl: database.url, publisher: 'memory', nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`], cwd: dir, env: { DB_POOL_MAX: '16' } });
  const event = await createEvent(api.url, database.url, { sections: 2, rows: 100 });
  const seats = new SeatDealer(event.seats);
  const buyers = new BuyerQueue(await createBuyers(database.url, 1000));
  // A warm-up outside what is read: the profile then is mostly the steady path.
  await reserveLoad(api.url, buyers, seats, CONCURRENCY, 0, 2000);
  const cpuBefore = api.cpuMs();
  const result = await reserveLoad(api.url, buyers, seats, CONCURRENCY, 0, SECONDS * 1000);
  const cpuMs = api.cpuMs() - cpuBefore;
  console.log(`\n${CONCURRENCY} buyers for ${SECONDS} s: ${round(result.okPerSecond)} OK/s, p50/p99 ${round(result.latencyMs.p50)} / ${round(result.latencyMs.p99)} ms, not OK ${describeNonOk(result.outcomes)}; API CPU ${round(cpuMs / result.ok, 3)} ms per reservation`);
  // SIGTERM: main.ts drains and exits, and Node writes the profile.
  await api.stop('SIGTERM');
  const profile = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!profile) throw new Error('no CPU profile written');
  console.log(`\nAPI CPU self time, % of busy samples (start-up and warm-up included), by package:`);
  console.log(table(profileByPackage(join(dir, profile))));
  console.log(`\nby function:`);
  console.log(table(profileTop(join(dir, profile), 30)));
} finally {
  await stopAll([api]);
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
}
