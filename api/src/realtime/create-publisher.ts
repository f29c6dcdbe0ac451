import type { Logger } from 'pino';
import { MemoryPublisher } from './memory-publisher.ts';
import { PostgresPublisher } from './postgres-publisher.ts';
import type { Publisher } from './publisher.ts';
import { RedisPublisher } from './redis-publisher.ts';

export type PublisherKind = 'memory' | 'redis' | 'postgres';

/** Picks the fan-out: Redis when configured, LISTEN/NOTIFY for several processes without Redis, else memory. */
export async function createPublisher(
  kind: PublisherKind,
  options: { redisUrl: string | null; redisChannelPrefix: string; databaseUrl: string; logger: Logger },
): Promise<Publisher> {
  switch (kind) {
    case 'memory':
      return new MemoryPublisher();
    case 'redis': {
      if (!options.redisUrl) throw new Error('PUBLISHER=redis needs REDIS_URL');
      const publisher = new RedisPublisher(options.redisUrl, options.redisChannelPrefix, options.logger);
      await publisher.start();
      return publisher;
    }
    case 'postgres': {
      const publisher = new PostgresPublisher(options.databaseUrl, options.logger);
      await publisher.start();
      return publisher;
    }
  }
}
