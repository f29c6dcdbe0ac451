import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs one SQL statement in the entity manager's current transaction, if any. Used for the
 * conditional updates (`... WHERE <condition> RETURNING`) that keep counters and statuses
 * correct under concurrency without locks.
 */
export function query<T extends object>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.execute<T[]>(sql, params);
}

/**
 * MikroORM expands an array parameter into a list, so arrays travel as a PostgreSQL array
 * literal: `= any(?::int[])` with intArray(ids).
 */
export function intArray(ids: readonly number[]): string {
  return `{${ids.map((id) => Math.trunc(id)).join(',')}}`;
}

/** Columns of a seat as SeatView, optionally qualified by a table alias. */
export function seatViewColumns(alias = ''): string {
  const a = alias ? `${alias}.` : '';
  return `${a}id, ${a}event_id as "eventId", ${a}tier_id as "tierId", ${a}version, ${a}status, ${a}section, ${a}"row", ${a}number, ${a}x, ${a}y, ${a}holder_id as "holderId"`;
}

/** Columns of a seat as SeatView, for RETURNING clauses. */
export const SEAT_VIEW_COLUMNS = seatViewColumns();

/** Columns of a tier as TierView, optionally qualified by a table alias. */
export function tierViewColumns(alias = ''): string {
  const a = alias ? `${alias}.` : '';
  return `${a}id, ${a}event_id as "eventId", ${a}name, ${a}kind, ${a}price_cents as "priceCents", ${a}currency, ${a}capacity, ${a}held, ${a}sold, ${a}version`;
}

/** Columns of a hold as HoldView plus its counters. */
export const HOLD_COLUMNS = `id, event_id as "eventId", buyer_id as "buyerId", status, item_count as "itemCount", item_limit as "itemLimit",
  expires_at as "expiresAt", max_expires_at as "maxExpiresAt", life_ends_at as "lifeEndsAt", last_activity_at as "lastActivityAt"`;
