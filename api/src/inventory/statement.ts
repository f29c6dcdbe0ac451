/**
 * One inventory transition: a single SQL statement (data-modifying CTEs) that PostgreSQL runs as
 * its own transaction. It is sent as a named prepared statement, so each pooled connection parses
 * and plans it once; parameters are named here and bound in order.
 */
export interface Statement<P extends string> {
  name: string;
  text: string;
  params: readonly P[];
}

export function statement<const P extends string>(name: string, params: readonly P[], build: (p: Record<P, string>) => string): Statement<P> {
  const refs = Object.fromEntries(params.map((param, i) => [param, `$${i + 1}`])) as Record<P, string>;
  return { name: `inventory_${name}`, text: build(refs), params };
}

/**
 * `inventory_abort()` (migration Migration20261201100000_inventory_core) raises this when a
 * statement's conditional updates matched fewer rows than its own snapshot promised: a concurrent
 * change committed in between. The statement is undone as a whole; running it again sees the
 * winner's change in its snapshot and answers from it.
 */
const UNDONE = 'TS409';
/** Two first reservations of one buyer created the same hold at once: the loser runs again and claims it. */
const UNIQUE_VIOLATION = '23505';
/** Not expected (every statement locks holds before seats), but a retry is the right answer if it happens. */
const DEADLOCK = '40P01';
export const RETRYABLE = new Set([UNDONE, UNIQUE_VIOLATION, DEADLOCK]);

/** How often a statement is sent before its request gives up on concurrent changes. */
export const ATTEMPTS = 5;

/** A statement lost to concurrent changes on every attempt. */
export class InventoryContention extends Error {}

export function sqlState(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** A statement's way to undo itself: `select case when <lost race> then inventory_abort(...) end`. */
export const undoWhen = (condition: string, reason: string) => `case when ${condition} then inventory_abort('${reason}') end`;
