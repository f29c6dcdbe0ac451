import type pg from 'pg';
import { Coalescer, batchCallText, batchFunctionName, batchFunctionSql, isContention, type BatchRunner, type Batchable } from './coalesce.ts';
import { ATTEMPTS, InventoryContention, RETRYABLE, sqlState, type Statement } from './statement.ts';

/** Runs inventory statements on the connection pool MikroORM uses (the same `pg.Pool`). */
export class InventoryStore implements BatchRunner {
  readonly #pool: pg.Pool;
  readonly #coalescing: boolean;

  /** `coalescing: false` sends every request of a batchable transition as its own statement. */
  constructor(pool: pg.Pool, options: { coalescing?: boolean } = {}) {
    this.#pool = pool;
    this.#coalescing = options.coalescing ?? true;
  }

  /** Runs the statement once and returns its one result row. */
  async once<P extends string, R>(statement: Statement<P>, values: Record<P, unknown>): Promise<R> {
    return (await this.read<P, R>(statement, values))[0]!;
  }

  /** Runs a read and returns all its rows (a read is a prepared statement too: parsed and planned once per connection). */
  async read<P extends string, R>(statement: Statement<P>, values: Record<P, unknown>): Promise<R[]> {
    const result = await this.#pool.query({ name: statement.name, text: statement.text, values: statement.params.map((p) => values[p]) });
    return result.rows as R[];
  }

  /**
   * Runs the statement until it was not undone by a concurrent change, and returns its row. `again`
   * lets the caller ask for another run when the row says the statement raced without writing
   * (its snapshot promised a claim that the newest row version refused).
   */
  async run<P extends string, R>(statement: Statement<P>, values: Record<P, unknown> | (() => Record<P, unknown>), again: (row: R) => boolean = () => false): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      try {
        const row = await this.once<P, R>(statement, typeof values === 'function' ? values() : values);
        if (!again(row) || attempt >= ATTEMPTS) return row;
      } catch (error) {
        const state = sqlState(error);
        if (state === undefined || !RETRYABLE.has(state)) throw error;
        if (attempt >= ATTEMPTS) throw new InventoryContention(`${statement.name}: lost to concurrent changes ${ATTEMPTS} times`);
      }
    }
  }

  single<P extends string, R>(statement: Statement<P>, values: Record<P, unknown>): Promise<R> {
    return this.run<P, R>(statement, values);
  }

  /** One call of the statement's batch function (coalesce.ts): one result row per request, in order. */
  async batch<P extends string, R>(batchable: Batchable<P>, values: Record<P, unknown>[]): Promise<R[]> {
    const fn = batchFunctionName(batchable.statement);
    const result = await this.#pool.query({ name: `${fn}_call`, text: batchCallText(batchable.statement), values: [JSON.stringify(values)] });
    return result.rows.map((r: { row: R }) => r.row);
  }

  readonly #coalescers = new Map<string, Coalescer<string, unknown>>();

  /** The coalescer of a batchable transition (one per process and transition). */
  coalescer<P extends string, R>(batchable: Batchable<P>): Coalescer<P, R> {
    let coalescer = this.#coalescers.get(batchable.statement.name);
    if (!coalescer) {
      coalescer = new Coalescer<string, unknown>(this, batchable as unknown as Batchable<string>);
      this.#coalescers.set(batchable.statement.name, coalescer);
    }
    return coalescer as unknown as Coalescer<P, R>;
  }

  /**
   * Runs a batchable transition for one request: coalesced with the other requests in flight
   * (coalesce.ts), or on its own when coalescing is off. Answers the statement's row, after the
   * retries of concurrent changes; `again` asks for one more run as in `run`.
   */
  async submit<P extends string, R>(batchable: Batchable<P>, values: Record<P, unknown>, again: (row: R) => boolean = () => false): Promise<R> {
    if (!this.#coalescing) return this.run<P, R>(batchable.statement, values, again);
    const coalescer = this.coalescer<P, R>(batchable);
    for (let attempt = 1; ; attempt++) {
      const row = await coalescer.submit(values);
      if (isContention(row)) throw new InventoryContention(`${batchable.statement.name}: lost to concurrent changes ${ATTEMPTS} times`);
      if (!again(row) || attempt >= ATTEMPTS) return row;
    }
  }

  /** Creates (or replaces) the batch functions of these transitions; run at start-up, after the migrations. */
  async install(batchables: readonly Batchable<string>[]): Promise<void> {
    for (const batchable of batchables) await this.#pool.query(batchFunctionSql(batchable));
  }
}
