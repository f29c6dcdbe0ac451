import { parseArgs } from 'node:util';
import pg from 'pg';
import { CreateEventDocument, PublishEventDocument, EventSeatsDocument } from '../../cli/src/operations.ts';
import { TesseraClient } from '../../cli/src/tessera-client.ts';
import { TokenService, type AuthUser } from '../src/auth/tokens.ts';
import { insertAccounts } from '../test/kit/index.ts';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/db/orm.ts';
import { findViolations } from '../src/db/invariants.ts';
import { check, type Check } from './checker.ts';
import { ChaosCluster, TOKEN_SECRET } from './cluster.ts';
import { History } from './history.ts';
import { runBuyer, type Buyer, type Stage } from './workload.ts';
import { checkQueue } from './queue-checker.ts';
import { createQueueStage, newQueueLog, runQueueBuyer } from './queue-workload.ts';
import { Watcher } from './watchers.ts';

export interface ChaosOptions {
  durationMs: number;
  buyers: number;
  apis: number;
  rows: number;
  seatsPerRow: number;
  /** Mean pause between two faults. */
  faultEveryMs: number;
  log?: (line: string) => void;
}

export interface ChaosReport {
  operations: Record<string, Record<string, number>>;
  faults: Record<string, number>;
  checks: Check[];
  info: string[];
  passed: number;
  failed: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function seedAccounts(databaseUrl: string, buyers: number): Promise<{ organizer: string; buyers: Buyer[] }> {
  const tokens = new TokenService(TOKEN_SECRET, 24 * 3600);
  const sign = (user: AuthUser) => tokens.sign(user);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [organizer] = await insertAccounts(db, sign, 1, 'ORGANIZER');
    const accounts = await insertAccounts(db, sign, buyers, 'BUYER');
    return { organizer: organizer!.token, buyers: accounts.map(({ id, token }) => ({ id, token })) };
  } finally {
    await db.end();
  }
}

async function createStage(url: string, organizerToken: string, rows: number, seatsPerRow: number): Promise<Stage> {
  const organizer = new TesseraClient({ url, token: organizerToken });
  const { createEvent } = await organizer.request(CreateEventDocument, {
    input: {
      name: 'Chaos night',
      venue: 'Nemesis Hall',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      perOrderLimit: 6,
      tiers: [
        { name: 'Stalls', kind: 'RESERVED', priceCents: 5000 },
        { name: 'Standing', kind: 'GENERAL_ADMISSION', priceCents: 2500, capacity: 40 },
      ],
      sections: [{ name: 'A', rows, seatsPerRow, tiers: [{ fromRow: 1, toRow: rows, tier: 'Stalls' }] }],
    },
  });
  await organizer.request(PublishEventDocument, { id: createEvent.id });
  const { event } = await organizer.request(EventSeatsDocument, { id: createEvent.id });
  return { eventId: event!.id, seatIds: event!.seats.map((s) => s.id), gaTierId: event!.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!.id };
}

/** Waits until no hold is active any more: after that no sweep changes a seat. */
async function waitUntilQuiet(orm: MikroORM, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const rows = await orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from holds where status = 'ACTIVE'`).catch(() => [{ n: 1 }]);
    if (rows[0]?.n === 0) return;
    await sleep(250);
  }
}

/** A resync may meet a process still warming up after a restart: try a few times. Returns the last error, or null once it succeeded. */
async function resyncWithRetries(watcher: Watcher): Promise<string | null> {
  let last = 'not tried';
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await watcher.resync();
      return null;
    } catch (error) {
      last = (error as Error).message;
      await sleep(1000);
    }
  }
  return last;
}

/** Faults at random: kill -9 an API process, crash PostgreSQL, cut subscribers' sockets, restart Redis; then heal. */
async function nemesis(cluster: ChaosCluster, options: ChaosOptions, until: () => boolean, faults: Record<string, number>, kills: number[] = []): Promise<void> {
  const log = options.log ?? (() => {});
  // Every kind of fault once, in random order, then at random.
  const kinds = ['kill-api', 'crash-postgres', 'cut-sockets', 'restart-redis'];
  const queue = [...kinds].sort(() => Math.random() - 0.5);
  while (!until()) {
    // The first round of faults comes quicker, so a short run still sees every kind.
    await sleep(queue.length > 0 ? options.faultEveryMs / 2 : options.faultEveryMs * (0.5 + Math.random()));
    if (until()) break;
    const fault = queue.shift() ?? kinds[Math.floor(Math.random() * kinds.length)]!;
    faults[fault] = (faults[fault] ?? 0) + 1;
    log(`nemesis: ${fault}`);
    if (fault === 'kill-api') {
      const i = Math.floor(Math.random() * options.apis);
      kills.push(Date.now());
      cluster.killApi(i);
      await sleep(500 + Math.random() * 1000);
      await cluster.startApi(i);
    } else if (fault === 'crash-postgres') {
      cluster.crashPostgres();
      await sleep(500 + Math.random() * 1000);
      await cluster.startPostgres();
    } else if (fault === 'cut-sockets') {
      const ms = 300 + Math.random() * 1200;
      const cut = await cluster.cutSockets(ms);
      log(`nemesis: cut ${cut} subscriber connection(s), network back after ${Math.round(ms)} ms`);
    } else {
      await cluster.restartRedis();
    }
  }
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const log = options.log ?? (() => {});
  const cluster = new ChaosCluster();
  const history = new History();
  const faults: Record<string, number> = {};
  const watchers: Watcher[] = [];
  const info: string[] = [];
  try {
    // Short hold times so that holds expire (and race checkouts) during the run.
    await cluster.start(options.apis, { HOLD_IDLE_SECONDS: '4', HOLD_LIFE_SECONDS: '8', HOLD_MAX_SECONDS: '12', SWEEP_INTERVAL_MS: '200' });
    const { organizer, buyers } = await seedAccounts(cluster.databaseUrl, options.buyers);
    const stage = await createStage(cluster.urlOf(0), organizer, options.rows, options.seatsPerRow);
    // The waiting room opens 3 s in and admits 2 a second: processes are killed while they admit.
    const queueStage = await createQueueStage(cluster.urlOf(0), organizer, 3000, 120);
    const queueBuyers = (await seedAccounts(cluster.databaseUrl, Math.ceil((options.durationMs / 60_000) * 120) + 20)).buyers;
    const queueLog = newQueueLog();
    const kills: number[] = [];
    for (let i = 0; i < options.apis * 2; i++) {
      const watcher = new Watcher(cluster.proxiedUrlOf(i % options.apis), stage.eventId);
      await watcher.start();
      watchers.push(watcher);
    }
    log(`cluster up: ${options.apis} API processes, ${stage.seatIds.length} seats, ${buyers.length} buyers, ${watchers.length} subscribers`);

    const deadline = Date.now() + options.durationMs;
    const urls = () => cluster.apiPorts.map((_, i) => cluster.urlOf(i));
    await Promise.all([
      ...buyers.map((buyer) => runBuyer(buyer, stage, urls, history, deadline)),
      ...queueBuyers.map((buyer) => runQueueBuyer(buyer, queueStage, urls, queueLog, deadline)),
      nemesis(cluster, options, () => Date.now() >= deadline, faults, kills),
    ]);

    // Heal: every process up, the database up. Then wait until nothing changes any more (the last
    // holds expire within HOLD_MAX_SECONDS), so the final comparison does not race a sweep.
    for (let i = 0; i < options.apis; i++) if (!cluster.isApiUp(i)) await cluster.startApi(i);
    const orm = await MikroORM.init(ormConfig({ databaseUrl: cluster.databaseUrl, poolMax: 2 }));
    await waitUntilQuiet(orm, 30_000);
    await sleep(1000);
    const resyncErrors = await Promise.all(watchers.map((w) => resyncWithRetries(w)));
    // For each subscriber that could not resync: is it its API process or the proxy in front of it?
    const unsynced: string[] = [];
    for (const [i, error] of resyncErrors.entries()) {
      if (error === null) continue;
      const api = i % options.apis;
      const direct = await new TesseraClient({ url: cluster.urlOf(api) })
        .request(EventSeatsDocument, { id: stage.eventId }, AbortSignal.timeout(5000))
        .then(() => 'direct request ok', (e: Error) => `direct request failed: ${e.message}`);
      // /healthz needs no database: it tells a blocked process from one waiting on the database.
      const health = await fetch(cluster.urlOf(api).replace('/graphql', '/healthz'), { signal: AbortSignal.timeout(3000) })
        .then((r) => `healthz ${r.status}`, (e: Error) => `healthz failed: ${e.message}`);
      const ready = await fetch(cluster.urlOf(api).replace('/graphql', '/readyz'), { signal: AbortSignal.timeout(3000) })
        .then((r) => `readyz ${r.status}`, (e: Error) => `readyz failed: ${e.message}`);
      unsynced.push(`watcher ${i} (API ${api} ${cluster.isApiUp(api) ? 'up' : 'down'}, ${direct}, ${health}, ${ready}; proxy ${cluster.proxies[api]!.state()}): ${error}`);
    }
    if (unsynced.length > 0) {
      info.push(`${unsynced.length} subscriber(s) could not resynchronise after recovery: ${unsynced.join('; ')}`);
      // What the API processes' database connections are doing (a pool that no longer answers).
      const sessions = await orm.em
        .fork()
        .execute<{ state: string | null; wait: string | null; query: string; n: number }[]>(
          `select state, wait_event_type || ':' || wait_event as wait, left(regexp_replace(query, '\s+', ' ', 'g'), 90) as query, count(*)::int as n
           from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() group by 1, 2, 3 order by 4 desc limit 12`,
        )
        .catch((e: Error) => [{ state: 'error', wait: null, query: e.message, n: 0 }]);
      info.push(`database sessions: ${sessions.map((r) => `${r.n}x ${r.state} ${r.wait ?? ''} ${r.query}`).join(' | ')}`);
      const tail = cluster.log.slice(-5);
      if (tail.length > 0) info.push(`last API stderr: ${tail.join(' | ')}`);
    }

    const violations = await findViolations(orm.em.fork());
    const queueTickets = await orm.em
      .fork()
      .execute<{ id: number; position: number | null; status: string; admittedAt: Date | null }[]>(
        `select id, position, status, admitted_at as "admittedAt" from queue_tickets where event_id = ?`,
        [Number(queueStage.eventId)],
      );
    await orm.close();
    const checked = await check(cluster.databaseUrl, history, watchers, violations);
    const { checks } = checked;
    checks.push(
      ...checkQueue({
        admitPerMinute: queueStage.admitPerMinute,
        tickets: queueTickets.map((t) => ({ ...t, admittedAt: t.admittedAt === null ? null : new Date(t.admittedAt).getTime() })),
        log: queueLog,
        kills,
        end: deadline,
      }),
    );
    info.push(`queue: ${queueTickets.filter((t) => t.admittedAt !== null).length} of ${queueTickets.length} admitted, ${queueLog.told.length} told, ${kills.length} kills during the run`);
    // A process that is up but cannot serve the resync (a wedged database pool) is a failure, not a note.
    checks.push({
      name: 'every subscriber resynchronised from its API process once the faults stopped',
      ok: unsynced.length === 0,
      detail: unsynced.length === 0 ? `${watchers.length} checked` : unsynced.slice(0, 2).join('; '),
    });
    info.push(...checked.info);
    const proxies = cluster.proxies;
    info.push(
      `network: ${proxies.reduce((n, p) => n + p.cutConnections, 0)} subscriber connections cut, ` +
        `${proxies.reduce((n, p) => n + p.refusedConnections, 0)} refused and ${proxies.reduce((n, p) => n + p.droppedConnections, 0)} dropped while cut`,
    );

    const operations: Record<string, Record<string, number>> = {};
    for (const op of history.operations) {
      const outcome = op.outcome === 'fail' ? `fail:${op.code}` : op.outcome;
      operations[op.op] ??= {};
      operations[op.op]![outcome] = (operations[op.op]![outcome] ?? 0) + 1;
    }
    return { operations, faults, checks, info, passed: checks.filter((c) => c.ok).length, failed: checks.filter((c) => !c.ok).length };
  } finally {
    await Promise.all(watchers.map((w) => w.close().catch(() => {})));
    await cluster.stop();
  }
}

export function printReport(report: ChaosReport): void {
  const total = Object.values(report.operations).reduce((n, o) => n + Object.values(o).reduce((a, b) => a + b, 0), 0);
  console.log(`\noperations: ${total}`);
  for (const [op, outcomes] of Object.entries(report.operations)) {
    console.log(`  ${op.padEnd(12)} ${Object.entries(outcomes).map(([k, v]) => `${k}=${v}`).join('  ')}`);
  }
  console.log(`faults: ${Object.entries(report.faults).map(([k, v]) => `${k}=${v}`).join('  ') || 'none'}`);
  for (const line of report.info) console.log(`info: ${line}`);
  for (const c of report.checks) console.log(`${c.ok ? 'PASS' : 'FAIL'}  ${c.name} (${c.detail})`);
  console.log(`${report.passed} passed, ${report.failed} failed`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean' }, seconds: { type: 'string' }, buyers: { type: 'string' } } });
  const quick = values.quick ?? false;
  const report = await runChaos({
    durationMs: Number(values.seconds ?? (quick ? 30 : 360)) * 1000,
    buyers: Number(values.buyers ?? (quick ? 24 : 64)),
    apis: 2,
    rows: 6,
    seatsPerRow: 20,
    faultEveryMs: quick ? 4000 : 6000,
    log: (line) => console.log(line),
  });
  printReport(report);
  process.exit(report.failed === 0 ? 0 : 1);
}
