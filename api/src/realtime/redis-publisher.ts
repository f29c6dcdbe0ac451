import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { LocalFanout } from './local-fanout.ts';
import { channelName, type ChannelKind, type ChannelPayloads, type Publisher } from './publisher.ts';

/**
 * Fan-out across API processes through Redis pub/sub. Each process publishes committed changes
 * to Redis and delivers to its own subscribers only what comes back from Redis, so every
 * subscriber of every process sees the same stream. Pub/sub drops messages while a connection
 * is down: clients detect that from versions and resynchronise (docs/rules.md rule 9).
 */
export class RedisPublisher implements Publisher {
  private readonly fanout = new LocalFanout();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly ready: Promise<void>;
  private readonly prefix: string;

  constructor(url: string, prefix: string, logger: Logger) {
    this.prefix = prefix;
    const options = { maxRetriesPerRequest: 3, retryStrategy: (attempt: number) => Math.min(attempt * 100, 2000) };
    // Auto-pipelining: the PUBLISHes of one turn of the event loop (a coalesced batch's seats,
    // holds and tiers) leave in one socket write, not one write each.
    this.publisher = new Redis(url, { ...options, enableAutoPipelining: true });
    this.subscriber = new Redis(url, { ...options, maxRetriesPerRequest: null, connectionName: `${prefix}subscriber` });
    for (const [name, client] of [['publisher', this.publisher], ['subscriber', this.subscriber]] as const) {
      client.on('error', (error: Error) => logger.warn({ err: error.message, client: name }, 'redis connection problem'));
    }
    this.subscriber.on('pmessage', (_pattern: string, channel: string, message: string) => {
      const name = channel.slice(prefix.length);
      if (!this.fanout.listening(name)) return;
      try {
        this.fanout.deliver(name, JSON.parse(message));
      } catch (error) {
        logger.error({ err: error, channel }, 'unreadable message from redis');
      }
    });
    this.ready = this.subscriber.psubscribe(`${prefix}*`).then(() => undefined);
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

  async publish<K extends ChannelKind>(kind: K, key: number, payload: ChannelPayloads[K]): Promise<void> {
    await this.publisher.publish(this.prefix + channelName(kind, key), JSON.stringify(payload));
  }

  subscribe<K extends ChannelKind>(kind: K, key: number): AsyncIterableIterator<ChannelPayloads[K]> {
    return this.fanout.subscribe(kind, key);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }
}
