import pg from 'pg';
import { readChangeLog, type Change } from './change-log.ts';
import type { Operation } from './history.ts';
import type { SeatState } from './subscriber-ledger.ts';
import type { StreamRecord, Watcher } from './watchers.ts';

export const FAULT_KINDS = ['kill-api', 'crash-postgres', 'cut-sockets', 'restart-redis'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** One fault the nemesis caused: from when it struck until it had healed (`api`: the process it killed). */
export interface FaultRecord {
  kind: FaultKind;
  api?: number;
  start: number;
  end: number;
}

/** What one live subscriber saw, for the checker. */
export interface SubscriberRecord {
  name: string;
  /** The API process it subscribed through. */
  api: number;
  streams: StreamRecord[];
  /** Its view once the faults stopped and deliveries settled, before the final resync. */
  viewBeforeFinalResync: ReadonlyMap<string, SeatState>;
  /** Its view after the final resync (null: that resync failed, with `finalResyncError`). */
  viewAfterFinalResync: ReadonlyMap<string, SeatState> | null;
  finalResyncError: string | null;
  received: number;
  /** The ledger's order violations, described. */
  streamViolations: string[];
  viewViolations: string[];
}

/**
 * Everything the checker judges, gathered once the run is over: the clients' histories, the
 * database's log of every committed change and its final rows, the nemesis's faults and what each
 * subscriber saw. `check()` is a pure function of it, so tests can plant a violation in it.
 */
export interface RunEvidence {
  /** When the workload started and stopped, and when the views were taken (epoch ms). */
  startedAt: number;
  stoppedAt: number;
  settledAt: number;
  operations: Operation[];
  changes: Change[];
  /** Seat and tier versions when the log was installed. */
  initialVersions: { seats: ReadonlyMap<number, number>; tiers: ReadonlyMap<number, number> };
  /** The database at the end. */
  seats: ReadonlyMap<string, SeatState>;
  tierVersions: ReadonlyMap<number, number>;
  orders: ReadonlyMap<string, { buyer: number; status: string; key: string; hold: number }>;
  activeHolds: number;
  /** Whether every hold had ended before the run gave up waiting (a sweeper that works). */
  quiet: boolean;
  /** api/src/db/invariants.ts: the rules of the data, and those broken. */
  invariantRules: number;
  violations: { rule: string; ids: number[] }[];
  faults: FaultRecord[];
  subscribers: SubscriberRecord[];
  /**
   * The seats of the event the subscribers watch (the run has other events: the waiting room's):
   * only these must reach them. Absent in evidence saved before there was another event.
   */
  watchedSeatIds?: readonly string[];
}

/** The versions of every seat and tier of the run's database now. */
export async function readVersions(db: pg.Client): Promise<RunEvidence['initialVersions']> {
  const seats = (await db.query(`select id, version from seats`)).rows;
  const tiers = (await db.query(`select id, version from tiers`)).rows;
  return { seats: new Map(seats.map((r) => [Number(r.id), Number(r.version)])), tiers: new Map(tiers.map((r) => [Number(r.id), Number(r.version)])) };
}

/** Reads the log and the final rows from the run's database. */
export async function readDatabase(databaseUrl: string): Promise<Pick<RunEvidence, 'changes' | 'seats' | 'tierVersions' | 'orders' | 'activeHolds'>> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const seats = (await db.query(`select id::text as id, version, status from seats`)).rows;
    const tiers = (await db.query(`select id, version from tiers`)).rows;
    const orders = (await db.query(`select id::text as id, buyer_id, status, idempotency_key, hold_id from orders`)).rows;
    const [active] = (await db.query(`select count(*)::int as n from holds where status = 'ACTIVE'`)).rows;
    return {
      changes: await readChangeLog(db),
      seats: new Map(seats.map((r) => [r.id as string, { version: Number(r.version), status: r.status as string }])),
      tierVersions: new Map(tiers.map((r) => [Number(r.id), Number(r.version)])),
      orders: new Map(orders.map((r) => [r.id as string, { buyer: Number(r.buyer_id), status: r.status, key: r.idempotency_key, hold: Number(r.hold_id) }])),
      activeHolds: Number(active.n),
    };
  } finally {
    await db.end();
  }
}

export function subscriberRecord(name: string, watcher: Watcher, before: ReadonlyMap<string, SeatState>, finalResyncError: string | null): SubscriberRecord {
  const { ledger } = watcher;
  return {
    name,
    api: watcher.api,
    streams: watcher.streams,
    viewBeforeFinalResync: before,
    viewAfterFinalResync: finalResyncError === null ? new Map(ledger.view) : null,
    finalResyncError,
    received: ledger.received,
    streamViolations: ledger.streamViolations.map((v) => `connection ${v.connection} seat ${v.seat}: v${v.received} after v${v.previous}`),
    viewViolations: ledger.viewViolations.map((v) => `seat ${v.seat}: ${v.kind}, v${v.from.version} ${v.from.status} -> v${v.to.version} ${v.to.status} (${v.source})`),
  };
}
