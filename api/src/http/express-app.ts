import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Request } from 'express';
import { createContext, type AppServices, type GraphQLContext } from '../context.ts';
import { query } from '../db/sql.ts';
import { graphqlHandler } from './graphql-handler.ts';
import { seatMapRoutes } from '../seat-map/seat-map.routes.ts';
import { authenticate } from '../partners/caller.ts';
import { clientIpOf } from '../security/client-ip.ts';
import type { ReadBudget } from '../security/read-budget.ts';
import { bodyErrors, corsAllowlist, jsonBody, metricsAccess, requireJsonPost, securityHeaders } from '../security/http-guards.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function requestIdOf(req: Request): string {
  const given = req.header('x-request-id');
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/** True for a browser navigating to /graphql (not a GraphQL GET request). */
function wantsPlayground(req: Request): boolean {
  return req.method === 'GET' && req.query['query'] === undefined && req.accepts(['application/json', 'text/html']) === 'text/html';
}

/** Test-only control: move the server's clock and sweep at once (browser tests of hold expiry). */
export interface TestControls {
  advanceClock(ms: number): Promise<Date>;
}

export function createExpressApp(apollo: ApolloServer<GraphQLContext>, app: AppServices, testControls: TestControls | null, readBudget: ReadBudget) {
  const server = express();
  server.disable('x-powered-by');
  // GraphQL answers are POST responses no cache revalidates: hashing each body for an ETag is
  // wasted work. (Static files keep theirs: express.static sets its own.)
  server.set('etag', false);
  const { security } = app.config;
  server.use(securityHeaders());
  // The `Date` of every response is the clock holds run on (the same as the machine's, except
  // under a test clock): the web client takes the server's time from it for hold countdowns.
  server.use((_req, res, next) => {
    res.setHeader('Date', app.clock.now().toUTCString());
    next();
  });

  if (testControls) {
    server.post('/__test/advance-clock', express.json(), async (req, res) => {
      const ms = Number((req.body as { ms?: unknown } | undefined)?.ms);
      if (!Number.isFinite(ms) || ms < 0 || ms > 7 * 24 * 3600 * 1000) return void res.status(400).json({ error: 'ms: 0..7 days' });
      res.json({ now: (await testControls.advanceClock(ms)).toISOString() });
    });
  }

  server.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    try {
      await query(app.orm.em.fork(), 'select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  server.get('/metrics', metricsAccess(security.metricsToken, security.metricsPublic), async (_req, res) => {
    try {
      const [row] = await query<{ n: number }>(app.orm.em.fork(), `select count(*)::int as n from holds where status = 'ACTIVE'`);
      app.metrics.activeHolds.set(row?.n ?? 0);
    } catch {
      // the database being down must not hide the other metrics
    }
    res.type(app.metrics.registry.contentType).send(await app.metrics.registry.metrics());
  });

  const clientDist = app.config.clientDist;
  const playground = clientDist ? join(clientDist, 'playground.html') : null;
  server.get('/graphql', (req, res, next) => {
    if (!wantsPlayground(req) || !security.playground) return next();
    if (playground && existsSync(playground)) return res.sendFile(playground);
    res.status(404).type('text').send('The playground is not built: run `npm run build -w client`.');
  });

  // Already encoded once per revision, in every encoding: served as they are.
  server.use('/seat-maps', corsAllowlist(security.corsOrigins), seatMapRoutes(app, readBudget));

  server.use(
    '/graphql',
    corsAllowlist(security.corsOrigins),
    // Responses in gzip or brotli by Accept-Encoding (a seat map is mostly repeated field names).
    compression(),
    requireJsonPost(),
    jsonBody(security.bodyLimitBytes),
    bodyErrors(security.bodyLimitBytes),
    graphqlHandler(apollo, async ({ req, res }) => {
      const requestId = requestIdOf(req);
      res.setHeader('x-request-id', requestId);
      // The signature now (a bad token is refused before anything else); the person in the database
      // once the document passed (auth/session-plugin.ts); a partner's API key at once (partners/caller.ts).
      const { claims, apiKey } = await authenticate(app, req.headers.authorization);
      return createContext(app, null, requestId, clientIpOf(req.headers['x-forwarded-for'], req.socket.remoteAddress, security.trustProxyHops), claims, {
        apiKey,
        http: { set: (name, value) => res.setHeader(name, value) },
      });
    }),
  );

  if (clientDist && existsSync(clientDist)) {
    server.use(express.static(clientDist, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes: any other page navigation gets the app.
    server.get(/^\/(?!graphql|assets\/|seat-maps\/).*/, (req, res, next) => {
      if (req.accepts(['text/html', 'application/json']) !== 'text/html') return next();
      res.sendFile(join(clientDist, 'index.html'));
    });
  }

  server.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  // Last resort: whatever escaped is logged; the client sees no stack and no detail.
  server.use(((error, req, res, next) => {
    if (res.headersSent) return next(error);
    app.logger.error({ err: error, path: req.path }, 'unexpected HTTP error');
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }) satisfies ErrorRequestHandler);
  return server;
}
