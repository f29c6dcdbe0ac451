import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { CreateEventDocument, PublishEventDocument, EventSeatsDocument } from '../../cli/src/operations.ts';
import { TesseraClient } from '../../cli/src/tessera-client.ts';
import { TokenService, type AuthUser } from '../src/auth/tokens.ts';
import { insertAccounts } from '../test/kit/index.ts';
import { ormConfig } from '../src/db/orm.ts';
import { findViolations, INVARIANT_RULES } from '../src/db/invariants.ts';
import { installChangeLog } from './change-log.ts';
import { check, type Check } from './checker.ts';
import { checkEveryOrderDelivered, checkNoTicketCheckedInTwice, drainOutbox, runDoors, WebhookSink } from './partners.ts';
import { PUBLISH_MS } from './checks/fault-windows.ts';
import { ChaosCluster, TOKEN_SECRET, type Sabotage } from './cluster.ts';
import { readDatabase, readVersions, subscriberRecord, type FaultRecord, type RunEvidence } from './evidence.ts';
import { History } from './history.ts';
import { checkQueue } from './queue-checker.ts';
import { createQueueStage, newQueueLog, runQueueBuyer } from './queue-workload.ts';
import { nemesis } from './nemesis.ts';
import { evidenceToJson } from './rejudge.ts';
import { runBuyer, type Buyer, type Stage } from './workload.ts';
import { Watcher } from './watchers.ts';

export interface ChaosOptions {
  durationMs: number;
  buyers: number;
  apis: number;
  rows: number;
  seatsPerRow: number;
  /** Mean pause between two faults. */
  faultEveryMs: number;
  /** Break the API on purpose (sabotage.ts): the run must then fail. */
  sabotage?: Sabotage | null;
  /** Write the evidence the checker judged to this file (JSON), to study a failure. */
  evidenceFile?: string | null;
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

/** Waits until no hold is active any more (after that no sweep changes a seat); false if the wait ran out. */
async function waitUntilQuiet(orm: MikroORM, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const rows = await orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from holds where status = 'ACTIVE'`).catch(() => [{ n: 1 }]);
    if (rows[0]?.n === 0) return true;
    await sleep(250);
  }
  return false;
}

/** Waits until every subscriber is connected again and has resynchronised after its last reconnect; false if the wait ran out. */
async function waitForSubscribers(watchers: readonly Watcher[], ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  const live = (w: Watcher) => w.current !== undefined && w.current.closedAt === null && (w.current.n === 1 || w.current.resync !== null);
  while (Date.now() < deadline) {
    if (watchers.every(live)) return true;
    await sleep(250);
  }
  return false;
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

/** For a subscriber that could not resync: is it its API process or the proxy in front of it? */
async function diagnose(cluster: ChaosCluster, api: number, eventId: string): Promise<string> {
  const direct = await new TesseraClient({ url: cluster.urlOf(api) })
    .request(EventSeatsDocument, { id: eventId }, AbortSignal.timeout(5000))
    .then(() => 'direct request ok', (e: Error) => `direct request failed: ${e.message}`);
  // /healthz needs no database: it tells a blocked process from one waiting on the database.
  const probe = (path: string) =>
    fetch(cluster.urlOf(api).replace('/graphql', path), { signal: AbortSignal.timeout(3000) }).then((r) => `${path} ${r.status}`, (e: Error) => `${path} failed: ${e.message}`);
  return `API ${api} ${cluster.isApiUp(api) ? 'up' : 'down'}, ${direct}, ${await probe('/healthz')}, ${await probe('/readyz')}; proxy ${cluster.proxies[api]!.state()}`;
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const log = options.log ?? (() => {});
  const cluster = new ChaosCluster(options.sabotage ?? null);
  const history = new History();
  const faults: FaultRecord[] = [];
  const watchers: Watcher[] = [];
  const info: string[] = [];
  const sink = new WebhookSink();
  try {
    // Short hold times so that holds expire (and race checkouts) during the run.
    await cluster.start(options.apis, { HOLD_IDLE_SECONDS: '4', HOLD_LIFE_SECONDS: '8', HOLD_MAX_SECONDS: '12', SWEEP_INTERVAL_MS: '200', WEBHOOK_POLL_MS: '200', WEBHOOK_TIMEOUT_MS: '2000' });
    const { organizer, buyers } = await seedAccounts(cluster.databaseUrl, options.buyers);
    const stage = await createStage(cluster.urlOf(0), organizer, options.rows, options.seatsPerRow);
    // The organiser's webhook receives every change of the run; door staff scan sold tickets throughout.
    await sink.register(cluster.urlOf(0), organizer, stage);
    // The waiting room opens 3 s in and admits 2 a second: processes are killed while they admit.
    const queueStage = await createQueueStage(cluster.urlOf(0), organizer, 3000, 120);
    const queueBuyers = (await seedAccounts(cluster.databaseUrl, Math.ceil((options.durationMs / 60_000) * 120) + 20)).buyers;
    const queueLog = newQueueLog();
    await installChangeLog(cluster.databaseUrl);
    const db = new pg.Client({ connectionString: cluster.databaseUrl });
    await db.connect();
    const initialVersions = await readVersions(db);
    await db.end();
    for (let i = 0; i < options.apis * 2; i++) {
      const watcher = new Watcher(cluster.proxiedUrlOf(i % options.apis), stage.eventId, i % options.apis);
      await watcher.start();
      watchers.push(watcher);
    }
    log(`cluster up: ${options.apis} API processes${options.sabotage ? ` (sabotage: ${options.sabotage})` : ''}, ${stage.seatIds.length} seats, ${buyers.length} buyers, ${watchers.length} subscribers`);

    const startedAt = Date.now();
    const deadline = startedAt + options.durationMs;
    const urls = () => cluster.apiPorts.map((_, i) => cluster.urlOf(i));
    await Promise.all([
      ...buyers.map((buyer) => runBuyer(buyer, stage, urls, history, deadline)),
      runDoors(organizer, cluster.databaseUrl, stage, urls, history, deadline),
      ...queueBuyers.map((buyer) => runQueueBuyer(buyer, queueStage, urls, queueLog, history, deadline)),
      nemesis(cluster, { ...options }, () => Date.now() >= deadline, faults),
    ]);
    const stoppedAt = Date.now();

    // Heal: every process up, the database up. Then wait until nothing changes any more (the last
    // holds expire within HOLD_MAX_SECONDS) and the last deliveries have arrived.
    for (let i = 0; i < options.apis; i++) if (!cluster.isApiUp(i)) await cluster.startApi(i);
    const orm = await MikroORM.init(ormConfig({ databaseUrl: cluster.databaseUrl, poolMax: 2 }));
    const quiet = await waitUntilQuiet(orm, 30_000);
    if (!(await waitForSubscribers(watchers, 30_000))) info.push('some subscriber was not connected and resynchronised 30 s after the faults stopped');
    await sleep(PUBLISH_MS);
    const settledAt = Date.now();
    const before = watchers.map((w) => new Map(w.view));
    const resyncErrors = await Promise.all(watchers.map((w) => resyncWithRetries(w)));
    for (const [i, error] of resyncErrors.entries()) {
      if (error !== null) info.push(`subscriber ${i} could not resynchronise after recovery (${await diagnose(cluster, i % options.apis, stage.eventId)}): ${error}`);
    }
    const violations = await findViolations(orm.em.fork());
    const queueTickets = await orm.em
      .fork()
      .execute<{ id: number; position: number | null; status: string; admittedAt: Date | null }[]>(
        `select id, position, status, admitted_at as "admittedAt" from queue_tickets where event_id = ?`,
        [Number(queueStage.eventId)],
      );
    await orm.close();
    // Deliveries claimed by a killed process wait for their claim to run out (timeout + 5 s), and a 500 for its retry (5 s).
    const undelivered = await drainOutbox(cluster.databaseUrl, 30_000);
    info.push(`webhooks: ${[...sink.received].map(([type, n]) => `${type} ${n}`).join(', ') || 'none received'}; ${undelivered} still pending after the drain`);

    const evidence: RunEvidence = {
      startedAt,
      stoppedAt,
      settledAt,
      operations: history.operations,
      initialVersions,
      ...(await readDatabase(cluster.databaseUrl)),
      quiet,
      invariantRules: INVARIANT_RULES,
      violations,
      faults,
      subscribers: watchers.map((w, i) => subscriberRecord(`subscriber ${i} (API ${w.api})`, w, before[i]!, resyncErrors[i]!)),
      watchedSeatIds: stage.seatIds,
    };
    if (options.evidenceFile) writeFileSync(options.evidenceFile, evidenceToJson(evidence));
    const checked = check(evidence);
    info.push(...checked.info);
    const proxies = cluster.proxies;
    info.push(
      `network: ${proxies.reduce((n, p) => n + p.cutConnections, 0)} subscriber connections cut, ` +
        `${proxies.reduce((n, p) => n + p.refusedConnections, 0)} refused and ${proxies.reduce((n, p) => n + p.droppedConnections, 0)} dropped while cut; ` +
        `${watchers.reduce((n, w) => n + w.subscriptionErrors, 0)} subscriptions ended by the server and sent again`,
      `change log: ${evidence.changes.length} committed row changes; machine load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    );

    const operations: Record<string, Record<string, number>> = {};
    for (const op of history.operations) {
      const outcome = op.outcome === 'fail' ? `fail:${op.code}` : op.outcome;
      operations[op.op] ??= {};
      operations[op.op]![outcome] = (operations[op.op]![outcome] ?? 0) + 1;
    }
    const faultCounts: Record<string, number> = {};
    for (const f of faults) faultCounts[f.kind] = (faultCounts[f.kind] ?? 0) + 1;
    const kills = faults.filter((f) => f.kind === 'kill-api').map((f) => f.start);
    const queueChecks = checkQueue({
      admitPerMinute: queueStage.admitPerMinute,
      tickets: queueTickets.map((t) => ({ ...t, admittedAt: t.admittedAt === null ? null : new Date(t.admittedAt).getTime() })),
      log: queueLog,
      kills,
      end: deadline,
    });
    info.push(`queue: ${queueTickets.filter((t) => t.admittedAt !== null).length} of ${queueTickets.length} admitted, ${queueLog.told.length} told, ${kills.length} kills during the run`);
    const checks = [...checked.checks, ...(await partnerChecks(cluster.databaseUrl, sink, history)), ...queueChecks];
    return { operations, faults: faultCounts, checks, info, passed: checks.filter((c) => c.ok).length, failed: checks.filter((c) => !c.ok).length };
  } finally {
    // Tearing down must not keep a judged run's report from being printed: each step gets 20 s.
    const bounded = (step: Promise<unknown>) => Promise.race([step.catch(() => {}), sleep(20_000)]);
    await bounded(Promise.all(watchers.map((w) => w.close())));
    await bounded(cluster.stop());
    await bounded(sink.close());
  }
}

/** The partners' checks (partners.ts): every confirmed order delivered by webhook, no ticket let in twice. */
async function partnerChecks(databaseUrl: string, sink: WebhookSink, history: History): Promise<Check[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return [await checkEveryOrderDelivered(db, sink), await checkNoTicketCheckedInTwice(db, history)];
  } finally {
    await db.end();
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

const SABOTAGES: readonly Sabotage[] = ['drop-publish', 'lose-ack'];

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean' }, seconds: { type: 'string' }, buyers: { type: 'string' }, sabotage: { type: 'string' }, evidence: { type: 'string' } } });
  const quick = values.quick ?? false;
  const sabotage = (values.sabotage ?? null) as Sabotage | null;
  if (sabotage !== null && !SABOTAGES.includes(sabotage)) {
    console.error(`--sabotage takes ${SABOTAGES.join(' or ')}`);
    process.exit(2);
  }
  const report = await runChaos({
    durationMs: Number(values.seconds ?? (quick ? 30 : 360)) * 1000,
    buyers: Number(values.buyers ?? (quick ? 24 : 64)),
    apis: 2,
    rows: 6,
    seatsPerRow: 20,
    faultEveryMs: quick ? 4000 : 6000,
    sabotage,
    evidenceFile: values.evidence ?? null,
    log: (line) => console.log(line),
  });
  printReport(report);
  process.exit(report.failed === 0 ? 0 : 1);
}
