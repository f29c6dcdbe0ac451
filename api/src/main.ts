import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig, ConfigError } from './config.ts';
import { startEmbeddedPostgres } from './db/embedded-postgres.ts';
import { createLogger } from './observability/logger.ts';
import { createServer } from './server.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Reads the environment, starts the embedded PostgreSQL when no DATABASE_URL is given, serves. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: resolveFromRoot(config.embeddedPg.dataDir), port: config.embeddedPg.port, logger });
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  const clientDist = config.clientDist ? resolveFromRoot(config.clientDist) : `${repoRoot}client/dist`;
  const server = await createServer({ ...config, databaseUrl, clientDist }, { logger });
  logger.info(`Tessera is up: http://localhost:${server.port}/ (playground at /graphql)`);

  // Our order on a signal: drain requests and sockets, then stop the embedded database
  // (embedded-postgres-package.ts removes the package's own signal hooks).
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long, exiting');
      process.exit(1);
    }, 15_000);
    await server.close();
    await embedded?.stop();
    clearTimeout(force);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function resolveFromRoot(path: string): string {
  if (path.startsWith('/')) return path;
  const full = repoRoot + path;
  mkdirSync(full, { recursive: true });
  return full;
}

await main();
