import pg from 'pg';
import type { Logger } from 'pino';
import { LocalFanout } from './local-fanout.ts';
import { channelName, type ChannelKind, type ChannelPayloads, type Publisher } from './publisher.ts';

const CHANNEL = 'tessera_changes';

/**
 * The no-Redis fallback for several API processes: PostgreSQL LISTEN/NOTIFY. NOTIFY takes a
 * database-wide lock at commit, so every notifying transaction commits one after another: it
 * tops out far below Redis (measured by the benchmark). Payloads must stay under 8,000 bytes;
 * ours are one seat, tier or hold each.
 */
export class PostgresPublisher implements Publisher {
  private readonly fanout = new LocalFanout();
  private readonly pool: pg.Pool;
  private listener: pg.Client | null = null;
  private closed = false;
  private readonly url: string;
  private readonly logger: Logger;

  constructor(url: string, logger: Logger) {
    this.url = url;
    this.logger = logger;
    this.pool = new pg.Pool({ connectionString: url, max: 4 });
  }

  async start(): Promise<void> {
    await this.listen();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { c, p } = JSON.parse(message.payload) as { c: string; p: unknown };
        this.fanout.deliver(c, p);
      } catch (error) {
        this.logger.error({ err: error }, 'unreadable notification');
      }
    });
    // A lost listener connection loses notifications: reconnect; clients resynchronise from versions.
    client.on('error', (error) => {
      this.logger.warn({ err: error.message }, 'LISTEN connection lost');
      void client.end().catch(() => {});
      this.listener = null;
      if (!this.closed) setTimeout(() => void this.listen().catch(() => {}), 500);
    });
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    if (this.listenedBefore) for (const listener of this.gapListeners) listener();
    this.listenedBefore = true;
    this.listener = client;
  }

  private listenedBefore = false;
  private readonly gapListeners: (() => void)[] = [];

  onGap(listener: () => void): void {
    this.gapListeners.push(listener);
  }

  async publish<K extends ChannelKind>(kind: K, key: number, payload: ChannelPayloads[K]): Promise<void> {
    await this.pool.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify({ c: channelName(kind, key), p: payload })]);
  }

  subscribe<K extends ChannelKind>(kind: K, key: number): AsyncIterableIterator<ChannelPayloads[K]> {
    return this.fanout.subscribe(kind, key);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([this.listener?.end(), this.pool.end()]);
  }
}
