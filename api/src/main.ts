import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig, ConfigError } from './config.ts';
import { startEmbeddedPostgres } from './db/embedded-postgres.ts';
import { createLogger, defaultLogFormat } from './observability/logger.ts';
import type { StartInfo } from './observability/start-banner.ts';
import type { TesseraServer } from './server.ts';

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
  if (config.sabotage) {
    console.error('CHAOS_SABOTAGE is honoured only by the fault run’s own API processes (api/chaos/sabotaged-api.ts), never by this entry point');
    process.exit(2);
  }
  const logFormat = config.logFormat ?? defaultLogFormat();
  const logger = createLogger(config.logLevel, logFormat);
  // Loading the API's modules takes about half a second: let it overlap the database's start.
  const modules = Promise.all([import('./server.ts'), import('./observability/start-banner.ts')]);
  const embeddedDir = config.databaseUrl ? null : resolveFromRoot(config.embeddedPg.dataDir);
  const embedded = embeddedDir ? await startEmbeddedPostgres({ dataDir: embeddedDir, port: config.embeddedPg.port, logger }) : null;
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  const clientDist = config.clientDist ? resolveFromRoot(config.clientDist) : `${repoRoot}client/dist`;
  const [{ createServer }, { startBanner, startRecord }] = await modules;
  const server = await createServer({ ...config, databaseUrl, clientDist }, { logger });
  await answering(server);
  const info: StartInfo = {
    url: `http://${['0.0.0.0', '::', '127.0.0.1'].includes(config.host) ? 'localhost' : config.host}:${server.port}/`,
    data: embeddedDir ? { kind: 'embedded', dir: embeddedDir, port: config.embeddedPg.port } : { kind: 'external', databaseUrl },
    demoAccounts: config.seedDemo,
  };
  // A person at a terminal reads a banner; a log shipper gets the same facts as one JSON record.
  // LOG_LEVEL=warn and above ask for quiet (the browser tests' server), so neither is printed.
  if (logFormat === 'pretty' && logger.isLevelEnabled('info')) process.stdout.write(`${startBanner(info)}\n`);
  else logger.info(startRecord(info), 'Tessera is ready');

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

/** The banner promises a server that answers: wait for its own readiness check. */
async function answering(server: TesseraServer): Promise<void> {
  const ready = new URL('/readyz', server.url);
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await fetch(ready).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function resolveFromRoot(path: string): string {
  if (path.startsWith('/')) return path;
  const full = repoRoot + path;
  mkdirSync(full, { recursive: true });
  return full;
}

await main();
