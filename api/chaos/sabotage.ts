import type pg from 'pg';
import { batchCallText, batchFunctionName, type Batchable } from '../src/inventory/coalesce.ts';
import { HOLD_SEATS } from '../src/inventory/hold-seats.ts';
import type { Statement } from '../src/inventory/statement.ts';
import { InventoryStore } from '../src/inventory/store.ts';
import type { ChannelKind, ChannelPayloads, Publisher } from '../src/realtime/publisher.ts';

/** One in this many publishes (drop-publish) or reservations (lose-ack) is sabotaged. */
export const SABOTAGE_EVERY = 20;

/**
 * drop-publish: the fan-out silently loses one change in 20 at the source, after its commit, as a
 * buggy publisher would. No process delivers it, no subscriber is told: only the checker's
 * lost-update checks can notice.
 */
export class DroppingPublisher implements Publisher {
  private readonly inner: Publisher;
  private count = 0;

  constructor(inner: Publisher) {
    this.inner = inner;
  }

  async publish<K extends ChannelKind>(kind: K, key: number, payload: ChannelPayloads[K]): Promise<void> {
    if (++this.count % SABOTAGE_EVERY === 0) return;
    await this.inner.publish(kind, key, payload);
  }

  subscribe<K extends ChannelKind>(kind: K, key: number): AsyncIterableIterator<ChannelPayloads[K]> {
    return this.inner.subscribe(kind, key);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  onGap(listener: () => void): void {
    this.inner.onGap?.(listener);
  }
}

/**
 * lose-ack: one reservation statement in 20 (sent alone, or as a coalesced batch of requests) runs
 * inside BEGIN ... ROLLBACK on one pooled connection. It answers as if it had held the seats, so
 * the buyer is told OK (and the change is even published), yet nothing was written: the
 * acknowledged reservation never happened.
 */
export class LosingAckStore extends InventoryStore {
  private readonly pool: pg.Pool;
  private count = 0;

  constructor(pool: pg.Pool, options: { coalescing: boolean }) {
    super(pool, options);
    this.pool = pool;
  }

  private lose(statement: Statement<string>): boolean {
    return statement.name === HOLD_SEATS.name && ++this.count % SABOTAGE_EVERY === 0;
  }

  override async once<P extends string, R>(statement: Statement<P>, values: Record<P, unknown>): Promise<R> {
    if (!this.lose(statement)) return super.once(statement, values);
    const rows = await this.rolledBack(statement.name, statement.text, statement.params.map((p) => values[p]));
    return rows[0] as R;
  }

  override async batch<P extends string, R>(batchable: Batchable<P>, values: Record<P, unknown>[]): Promise<R[]> {
    if (!this.lose(batchable.statement)) return super.batch(batchable, values);
    const rows = await this.rolledBack(`${batchFunctionName(batchable.statement)}_call`, batchCallText(batchable.statement), [JSON.stringify(values)]);
    return rows.map((r) => (r as { row: R }).row);
  }

  /** Runs one statement on one connection inside a transaction that is rolled back, whatever it answered. */
  private async rolledBack(name: string, text: string, values: unknown[]): Promise<unknown[]> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      return (await client.query({ name, text, values })).rows;
    } finally {
      await client.query('rollback').catch(() => {});
      client.release();
    }
  }
}
