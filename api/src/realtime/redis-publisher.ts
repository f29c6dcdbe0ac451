import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { LocalFanout } from './local-fanout.ts';
import { channelName, type ChannelKind, type ChannelPayloads, type Publisher } from './publisher.ts';

/** One Redis message: the changes one process published in one turn of its event loop, in order. */
type Batch = [channel: string, payload: unknown][];

/** Changes per Redis message at most (a sweep of thousands of holds goes as several). */
const MAX_BATCH = 500;

interface Pending {
  /** Each change as JSON, written when published (a payload object changed later must not change what was sent). */
  entries: string[];
  sent: Promise<void>;
}

/**
 * Fan-out across API processes through Redis pub/sub. Each process publishes committed changes
 * to Redis and delivers to its own subscribers only what comes back from Redis, so every
 * subscriber of every process sees the same stream. Pub/sub drops messages while a connection
 * is down: clients detect that from versions and resynchronise (docs/rules.md rule 9).
 *
 * The changes published in one turn of the event loop (a coalesced batch's seats and holds, a
 * sweep's expiries) travel as ONE message on one channel (`<prefix>changes`): Redis relays one
 * message to each process instead of one per seat, each process parses it once and hands out
 * only what its own sockets follow. One channel from one connection also keeps a process's
 * changes in the order it published them.
 */
export class RedisPublisher implements Publisher {
  private readonly fanout = new LocalFanout();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly ready: Promise<void>;
  private readonly channel: string;
  private pending: Pending | null = null;

  constructor(url: string, prefix: string, logger: Logger) {
    this.channel = `${prefix}changes`;
    const options = { maxRetriesPerRequest: 3, retryStrategy: (attempt: number) => Math.min(attempt * 100, 2000) };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, { ...options, maxRetriesPerRequest: null, connectionName: `${prefix}subscriber` });
    for (const [name, client] of [['publisher', this.publisher], ['subscriber', this.subscriber]] as const) {
      client.on('error', (error: Error) => logger.warn({ err: error.message, client: name }, 'redis connection problem'));
    }
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      let batch: Batch;
      try {
        batch = JSON.parse(message) as Batch;
      } catch (error) {
        logger.error({ err: error, channel }, 'unreadable message from redis');
        return;
      }
      for (const [name, payload] of batch) if (this.fanout.listening(name)) this.fanout.deliver(name, payload);
    });
    this.ready = this.subscriber.subscribe(this.channel).then(() => undefined);
    // ioredis resubscribes by itself after a reconnect; what was published meanwhile is lost.
    let connectedBefore = false;
    this.subscriber.on('ready', () => {
      if (connectedBefore) for (const listener of this.gapListeners) listener();
      connectedBefore = true;
    });
  }

  private readonly gapListeners: (() => void)[] = [];

  onGap(listener: () => void): void {
    this.gapListeners.push(listener);
  }

  /** Resolves once this process receives what any process publishes. */
  async start(): Promise<void> {
    await this.ready;
  }

  /** Resolves once Redis took the message that carries this change. */
  publish<K extends ChannelKind>(kind: K, key: number, payload: ChannelPayloads[K]): Promise<void> {
    if (!this.pending || this.pending.entries.length >= MAX_BATCH) {
      const entries: string[] = [];
      // Sent after the other changes of this turn have joined it.
      const sent = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        if (this.pending?.entries === entries) this.pending = null;
        await this.publisher.publish(this.channel, `[${entries.join(',')}]`);
      });
      this.pending = { entries, sent };
    }
    this.pending.entries.push(JSON.stringify([channelName(kind, key), payload]));
    return this.pending.sent;
  }

  subscribe<K extends ChannelKind>(kind: K, key: number): AsyncIterableIterator<ChannelPayloads[K]> {
    return this.fanout.subscribe(kind, key);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }
}
