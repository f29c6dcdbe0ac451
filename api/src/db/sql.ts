import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs one read in the entity manager's current transaction, if any. Changes of seats, tiers
 * and holds never go through here: they are the inventory's statements (api/src/inventory).
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
