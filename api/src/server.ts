import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Logger } from 'pino';
import { sessionPlugin } from './auth/session-plugin.ts';
import { Sessions } from './auth/sessions.ts';
import { TokenService } from './auth/tokens.ts';
import { ConfigError, isLoopback, type AppConfig } from './config.ts';
import type { AppServices, GraphQLContext } from './context.ts';
import { openOrm, withStartupLock } from './db/orm.ts';
import { startSweeper, type Sweeper } from './holds/sweeper.ts';
import { startTierCountJob, type TierCountJob } from './events/tier-count-job.ts';
import { revokedAmong } from './partners/api-keys.ts';
import { createPartnerServices } from './partners/partner-services.ts';
import { startWebhookWorker, type WebhookWorker } from './webhooks/delivery-worker.ts';
import { createExpressApp, type TestControls } from './http/express-app.ts';
import { attachWebSocket } from './http/websocket.ts';
import { observabilityPlugin } from './observability/apollo-plugin.ts';
import { createLogger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { BATCHABLE_TRANSITIONS } from './inventory/batchables.ts';
import { InventoryStore } from './inventory/store.ts';
import { startQueueKeeper, type QueueKeeper } from './queue/queue-keeper.ts';
import { QueuePositions } from './queue/queue-watch.ts';
import { settleReturns } from './waitlist/offer-returned.ts';
import { AfterCommitPublisher } from './realtime/after-commit-publisher.ts';
import { createPublisher } from './realtime/create-publisher.ts';
import { RESYNC_CLOSE_CODE, type Publisher } from './realtime/publisher.ts';
import { buildSchema } from './schema.ts';
import { seedDemo } from './seed/demo-seed.ts';
import { AdjustableClock, systemClock, type Clock } from './shared/clock.ts';
import { formatError } from './shared/format-error.ts';
import { stringifyInSlices } from './shared/stringify-in-slices.ts';
import { createDocumentGuard } from './security/document-limits.ts';
import { applyLoginThrottle, LoginThrottle } from './security/login-throttle.ts';
import { applyRateLimits, RateLimits } from './security/rate-limits.ts';
import { ReadBudget, readBudgetPlugin } from './security/read-budget.ts';
import { SeatMaps } from './seat-map/seat-maps.ts';

/** Parts a caller may bring instead of the defaults (tests bring a clock they can move). */
export interface ServerParts {
  clock?: Clock;
  publisher?: Publisher;
  logger?: Logger;
  /** The inventory's statements on the ORM's pool; only the fault run's sabotage wraps it (api/chaos/sabotage.ts). */
  inventory?: (pool: pg.Pool, options: { coalescing: boolean }) => InventoryStore;
}

export interface TesseraServer {
  url: string;
  wsUrl: string;
  port: number;
  httpServer: Server;
  app: AppServices;
  sweeper: Sweeper;
  /** Sends the webhook outbox (webhooks/delivery-worker.ts). */
  webhooks: WebhookWorker;
  /** Keeps reserved tiers' counts in step with their seats (events/tier-count-job.ts). */
  tierCounts: TierCountJob;
  /** Moves the waiting rooms (queue/queue-keeper.ts). */
  queueKeeper: QueueKeeper;
  close(): Promise<void>;
}

/**
 * Builds the whole API from a config: ORM (migrated), publisher, GraphQL over HTTP and
 * graphql-ws on one port, the playground and the built client, and the hold sweeper.
 * main.ts and the tests call this same factory.
 */
export async function createServer(config: AppConfig & { databaseUrl: string }, parts: ServerParts = {}): Promise<TesseraServer> {
  const logger = parts.logger ?? createLogger(config.logLevel);
  if (config.env === 'production' && config.seedDemo) throw new ConfigError('production never seeds the demo accounts (SEED_DEMO)');
  if (config.tokenSecretIsBuiltIn) {
    if (!isLoopback(config.host)) throw new ConfigError(`the built-in TOKEN_SECRET is public: it cannot serve HOST=${config.host}`);
    logger.warn(
      { host: config.host },
      'TOKEN_SECRET is not set: tokens are signed with the PUBLIC development secret, so anyone who can reach this server can forge any account. Serving on loopback only; set TOKEN_SECRET for anything else.',
    );
  }
  // NODE_ENV=test turns the abuse budgets off: a test server must not be reachable from outside.
  if (config.env === 'test' && !isLoopback(config.host)) throw new ConfigError(`NODE_ENV=test listens on loopback only, not ${config.host}`);
  const orm: MikroORM = await openOrm({ databaseUrl: config.databaseUrl, poolMax: config.dbPoolMax });
  const pool = await orm.em.getConnection().getNativeClient();
  const storeOptions = { coalescing: config.inventoryCoalescing };
  const inventory = parts.inventory?.(pool, storeOptions) ?? new InventoryStore(pool, storeOptions);
  await withStartupLock(config.databaseUrl, async () => {
    await orm.migrator.up();
    await inventory.install(BATCHABLE_TRANSITIONS);
    if (config.seedDemo) await seedDemo(orm.em.fork(), inventory, logger);
  });

  const metrics = createMetrics();
  const publisher = new AfterCommitPublisher(
    parts.publisher ?? (await createPublisher(config.publisher, { redisUrl: config.redisUrl, redisChannelPrefix: config.redisChannelPrefix, databaseUrl: config.databaseUrl, logger })),
    logger,
    () => metrics.publishFailures.inc(),
  );
  const { security } = config;
  const rateLimits = new RateLimits(config.databaseUrl, security.rateLimits);
  const app: AppServices = {
    config,
    orm,
    clock: parts.clock ?? (config.testControls ? new AdjustableClock() : systemClock),
    publisher,
    partners: createPartnerServices(publisher, logger, config.tokenSecret),
    inventory,
    tokens: new TokenService(config.tokenSecret, config.tokenTtlSeconds),
    sessions: new Sessions(orm, config.sessionCheckSeconds * 1000),
    logger,
    metrics,
    seatMaps: new SeatMaps(orm, publisher, logger, config.seatMaps),
    rateLimits,
    queuePositions: new QueuePositions(orm),
  };

  const schema = buildSchema();
  const documents = createDocumentGuard(security.limits, { introspection: security.introspection });
  // The throttle inside, the request budget outside: a refused attempt still spends the address's budget.
  applyLoginThrottle(schema, new LoginThrottle(rateLimits.pool, security.loginThrottle));
  const readBudget = new ReadBudget(config.readBudget);
  applyRateLimits(schema, rateLimits);
  // Slow-loris and stalled uploads: a request has 15 s to send its headers and 30 s in all.
  const httpServer = createHttpServer({ headersTimeout: 15_000, requestTimeout: 30_000 });
  const ws = attachWebSocket(httpServer, schema, app, documents);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (drain, then stop the database); Apollo must not race it on SIGINT.
    stopOnTerminationSignals: false,
    introspection: security.introspection,
    allowBatchedHttpRequests: false,
    // No client of ours sends persisted queries, and APQ's cache is memory any client could fill:
    // off, so a persisted query is answered PERSISTED_QUERY_NOT_SUPPORTED (clients then send the text).
    persistedQueries: false,
    // A 20,000-seat map is 5 MB of JSON: written a slice at a time, not in one long task.
    stringifyResult: stringifyInSlices,
    csrfPrevention: true,
    validationRules: documents.validationRules,
    parseOptions: documents.parseOptions,
    formatError: (formatted, error) => formatError(documents.format(formatted), error, logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: () => ws.close() }) },
      ApolloServerPluginLandingPageDisabled(),
      // On by default, it wraps every field resolver to gather cache hints we do not use (HTTP
      // caching of GraphQL POSTs does not apply): a cost on every field of every request.
      ApolloServerPluginCacheControlDisabled(),
      sessionPlugin(),
      observabilityPlugin(),
      documents.plugin,
      readBudgetPlugin(readBudget),
    ],
  });
  app.publisher.onGap?.(() => {
    logger.warn('pub/sub link restored; asking every WebSocket client to resynchronise');
    ws.closeAll(RESYNC_CLOSE_CODE, 'Resynchronise');
    app.seatMaps.markAllStale();
  });
  await apollo.start();
  const sweeper = startSweeper(
    {
      inventory: app.inventory,
      clock: app.clock,
      publisher: app.publisher,
      logger,
      metrics: app.metrics,
      warningSeconds: config.holds.warningSeconds,
      settle: (returned) => settleReturns(app, returned),
    },
    config.sweepIntervalMs,
  );
  app.partners.keySockets.listen();
  app.partners.keySockets.watch((ids) => revokedAmong(app, ids), 5000);
  const webhooks = startWebhookWorker({
    pool,
    clock: app.clock,
    logger,
    pollMs: config.partners.webhookPollMs,
    timeoutMs: config.partners.webhookTimeoutMs,
    privateTargets: config.partners.webhookPrivateTargets,
  });
  const tierCounts = startTierCountJob({ inventory: app.inventory, clock: app.clock, publisher: app.publisher, logger }, config.partners.tierCountsIntervalMs);
  const queueKeeper = startQueueKeeper(app, config.queue, logger);
  const clock = app.clock;
  const testControls: TestControls | null =
    config.testControls && clock instanceof AdjustableClock
      ? {
          async advanceClock(ms) {
            clock.advance(ms);
            await sweeper.sweepNow();
            await queueKeeper.stepNow();
            return clock.now();
          },
        }
      : null;
  httpServer.on('request', createExpressApp(apollo, app, testControls, readBudget));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  logger.info({ port }, 'Tessera API listening');

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}/graphql`,
    wsUrl: `ws://${host}:${port}/graphql`,
    port,
    httpServer,
    app,
    sweeper,
    webhooks,
    tierCounts,
    queueKeeper,
    close() {
      closing ??= (async () => {
        await sweeper.stop();
        await queueKeeper.stop();
        await tierCounts.stop();
        await webhooks.stop();
        app.partners.keySockets.stop();
        await apollo.stop(); // stops accepting, drains HTTP requests, closes the sockets
        await rateLimits.close();
        await app.seatMaps.close();
        await app.publisher.close();
        await orm.close();
      })();
      return closing;
    },
  };
}
