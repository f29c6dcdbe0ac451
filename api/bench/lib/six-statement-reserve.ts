import type pg from 'pg';
import type { HoldPolicy } from '../../src/config.ts';
import { holdDeadlines } from '../../src/holds/hold-timing.ts';
import type { Outcome } from './load.ts';

// The columns the statements below returned (copied from the code of 2026-11-23).
const HOLD_COLUMNS = `id, event_id as "eventId", buyer_id as "buyerId", status, item_count as "itemCount", item_limit as "itemLimit",
  expires_at as "expiresAt", max_expires_at as "maxExpiresAt", life_ends_at as "lifeEndsAt", last_activity_at as "lastActivityAt"`;
const seatViewColumns = (a: string) =>
  `${a}.id, ${a}.event_id as "eventId", ${a}.tier_id as "tierId", ${a}.version, ${a}.status, ${a}.section, ${a}."row", ${a}.number, ${a}.x, ${a}.y, ${a}.holder_id as "holderId"`;

/**
 * The six-statement reservation `reserveSeat` sent until 2026-12-01 (BEGIN, the seat with its
 * event and tier, the hold claim (plus, for a buyer's first seat, the hold lookup and insert),
 * the hold line, the seat's conditional update, COMMIT), kept as the bench's second reference:
 * what the API did before each change became one statement. Its first-seat path predates
 * `users.active_holds` and does not count it, so the bench opens every buyer's hold through the
 * one-statement reference (one-statement-reserve.ts) and measures only the steady path here:
 * BEGIN, seat read, hold claim, hold line, seat update, COMMIT.
 */
export const RESERVE_SQL = {
  // Copied from seats/reserve-seats.ts, whitespace included.
  selectSeat: `select ${seatViewColumns('s')}, e.status as "eventStatus", e.per_order_limit as "perOrderLimit", t.price_cents as "priceCents"
     from seats s join events e on e.id = s.event_id join tiers t on t.id = s.tier_id
     where s.id = any(?::int[])`,
  // The next three are copied from holds/hold-claim.ts, whitespace included.
  claimHold: `update holds set item_count = item_count + ?, last_activity_at = ?, expires_at = least(life_ends_at, ?)
       where buyer_id = ? and event_id = ? and status = 'ACTIVE' and expires_at > ? and item_count + ? <= item_limit
       returning ${HOLD_COLUMNS}`,
  selectHold: `select ${HOLD_COLUMNS} from holds where buyer_id = ? and event_id = ? and status = 'ACTIVE'`,
  insertHold: `insert into holds (event_id, buyer_id, status, item_count, item_limit, created_at, last_activity_at, life_ends_at, max_expires_at, expires_at)
       values (?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing returning ${HOLD_COLUMNS}`,
  insertHoldSeat: `insert into "hold_seats" ("hold_id", "seat_id", "tier_id", "price_cents", "active") values (?, ?, ?, ?, ?) returning "id"`,
  updateSeat: `update "seats" set "status" = ?, "hold_id" = ?, "holder_id" = ?, "version" = ? where "id" = ? and "version" = ? and "status" = ? returning "version"`,
} as const;

/** A piece of SQL placed as it is (MikroORM's `raw()`, which has the same shape). */
export interface RawSql {
  sql: string;
}

const isRawSql = (value: unknown): value is RawSql =>
  typeof value === 'object' && value !== null && 'sql' in value && typeof value.sql === 'string';

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (isRawSql(value)) return value.sql;
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  throw new Error(`no literal for ${typeof value}`);
}

/**
 * Values inlined as literals, as MikroORM does (its platform formats every query client-side
 * and pg sends it with the simple query protocol), so PostgreSQL parses exactly the same text.
 */
export function formatSql(template: string, params: readonly unknown[]): string {
  let out = '';
  let from = 0;
  let index = 0;
  for (let at = template.indexOf('?'); at !== -1; at = template.indexOf('?', at + 1)) {
    out += template.slice(from, at) + literal(params[index++]);
    from = at + 1;
  }
  return out + template.slice(from);
}

function run<T extends pg.QueryResultRow>(client: pg.PoolClient, template: string, params: unknown[]): Promise<pg.QueryResult<T>> {
  return client.query<T>(formatSql(template, params));
}

interface SeatRow {
  id: number;
  version: number;
  status: string;
  eventId: number;
  tierId: number;
  eventStatus: string;
  perOrderLimit: number;
  priceCents: number;
}

interface HoldRow {
  id: number;
}

class Refused extends Error {
  readonly outcome: Outcome;
  constructor(outcome: Outcome) {
    super(outcome);
    this.outcome = outcome;
  }
}

const plusSeconds = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

/** hold-claim.ts's claimHold with count 1, statement for statement. */
async function claimHold(client: pg.PoolClient, buyerId: number, seat: SeatRow, now: Date, policy: HoldPolicy): Promise<HoldRow> {
  const eventId = seat.eventId;
  for (let attempt = 0; attempt < 3; attempt++) {
    const claimed = await run<HoldRow>(client, RESERVE_SQL.claimHold, [1, now, plusSeconds(now, policy.idleSeconds), buyerId, eventId, now, 1]);
    if (claimed.rows[0]) return claimed.rows[0];
    const current = await run<HoldRow & { expiresAt: Date }>(client, RESERVE_SQL.selectHold, [buyerId, eventId]);
    if (current.rows[0]) throw new Refused(current.rows[0].expiresAt > now ? 'LIMIT_EXCEEDED' : 'HOLD_EXPIRED');
    const d = holdDeadlines(now, policy);
    const times = { lastActivityAt: now, lifeEndsAt: d.lifeUntil, maxExpiresAt: d.capUntil, expiresAt: d.idleUntil };
    const created = await run<HoldRow>(client, RESERVE_SQL.insertHold, [
      eventId, buyerId, 1, seat.perOrderLimit, now, times.lastActivityAt, times.lifeEndsAt, times.maxExpiresAt, times.expiresAt,
    ]);
    if (created.rows[0]) return created.rows[0];
  }
  throw new Error(`could not claim a hold for buyer ${buyerId}`);
}

async function reserveInTransaction(client: pg.PoolClient, buyerId: number, seatId: number, version: number, policy: HoldPolicy): Promise<void> {
  const now = new Date();
  const { rows } = await run<SeatRow>(client, RESERVE_SQL.selectSeat, [`{${seatId}}`]);
  const seat = rows[0];
  if (!seat) throw new Refused('NOT_FOUND');
  if (seat.version !== version || seat.status !== 'AVAILABLE') throw new Refused('CONFLICT');
  if (seat.eventStatus !== 'ON_SALE') throw new Refused('BAD_USER_INPUT');
  const hold = await claimHold(client, buyerId, seat, now, policy);
  await run(client, RESERVE_SQL.insertHoldSeat, [hold.id, seat.id, seat.tierId, seat.priceCents, true]);
  const updated = await run(client, RESERVE_SQL.updateSeat, ['HELD', hold.id, buyerId, version + 1, seat.id, version, 'AVAILABLE']);
  if (updated.rowCount !== 1) throw new Refused('CONFLICT');
}

const UNIQUE_VIOLATION = '23505';

/**
 * One seat reserved with hand-written SQL: what `reserveSeat` does in the database, without
 * HTTP, GraphQL, the ORM's unit of work or entity hydration. Same pool, same transaction shape.
 */
export async function sixStatementReserve(pool: pg.Pool, buyerId: number, seat: { id: number; version: number }, policy: HoldPolicy): Promise<Outcome> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    try {
      await reserveInTransaction(client, buyerId, seat.id, seat.version, policy);
    } catch (error) {
      await client.query('rollback');
      if (error instanceof Refused) return error.outcome;
      if (error instanceof Error && 'code' in error && error.code === UNIQUE_VIOLATION) return 'CONFLICT';
      throw error;
    }
    await client.query('commit');
    return 'OK';
  } finally {
    client.release();
  }
}
