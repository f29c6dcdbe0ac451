/**
 * The fault run's API process with a sabotage switched on (`npm run chaos -- --sabotage <kind>`):
 * the real server from the same createServer, with one part swapped for a broken one
 * (sabotage.ts). It exists only in the harness; main.ts refuses CHAOS_SABOTAGE, and loadConfig
 * refuses it outside NODE_ENV=test.
 */
import { ConfigError, loadConfig } from '../src/config.ts';
import { createLogger } from '../src/observability/logger.ts';
import { createPublisher } from '../src/realtime/create-publisher.ts';
import { createServer, type ServerParts } from '../src/server.ts';
import { DroppingPublisher, LosingAckStore } from './sabotage.ts';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const { databaseUrl, sabotage } = config;
if (!sabotage || !databaseUrl) {
  console.error('sabotaged-api.ts needs CHAOS_SABOTAGE and DATABASE_URL');
  process.exit(2);
}
const logger = createLogger(config.logLevel, 'json');
const parts: ServerParts =
  sabotage === 'drop-publish'
    ? {
        publisher: new DroppingPublisher(
          await createPublisher(config.publisher, { redisUrl: config.redisUrl, redisChannelPrefix: config.redisChannelPrefix, databaseUrl, logger }),
        ),
      }
    : { inventory: (pool, options) => new LosingAckStore(pool, options) };
const server = await createServer({ ...config, databaseUrl }, { ...parts, logger });
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
