import type pg from 'pg';
import { HOLD_SEATS } from '../src/inventory/hold-seats.ts';
import { InventoryStore, type Statement } from '../src/inventory/statement.ts';
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
 * lose-ack: one reservation statement in 20 runs inside BEGIN ... ROLLBACK on one pooled
 * connection. It answers as if it had held the seats, so the buyer is told OK (and the change is
 * even published), yet nothing was written: the acknowledged reservation never happened.
 */
export class LosingAckStore extends InventoryStore {
  private readonly pool: pg.Pool;
  private count = 0;

  constructor(pool: pg.Pool) {
    super(pool);
    this.pool = pool;
  }

  override async once<P extends string, R>(statement: Statement<P>, values: Record<P, unknown>): Promise<R> {
    if (statement.name !== HOLD_SEATS.name || ++this.count % SABOTAGE_EVERY !== 0) return super.once(statement, values);
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const result = await client.query({ name: statement.name, text: statement.text, values: statement.params.map((p) => values[p]) });
      return result.rows[0] as R;
    } finally {
      await client.query('rollback').catch(() => {});
      client.release();
    }
  }
}
