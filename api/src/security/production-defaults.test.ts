import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openRawSocket, startTestServer, type TestServer } from '../../test/harness.ts';
import { loadConfig } from '../config.ts';
import { operation } from './test-support.ts';

/**
 * Issue 11, finding 9: what a server started with NODE_ENV=production and nothing else offers
 * strangers, and the Origin of WebSocket upgrades.
 */
const PRODUCTION = { NODE_ENV: 'production', TOKEN_SECRET: 's'.repeat(40), DATABASE_URL: 'postgres://unused/db' };
const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

let production: TestServer;
let withMetricsToken: TestServer;
beforeAll(async () => {
  production = await startTestServer({ config: loadConfig(PRODUCTION) });
  withMetricsToken = await startTestServer({ shareDatabaseWith: production, config: loadConfig({ ...PRODUCTION, METRICS_TOKEN, CORS_ORIGINS: 'https://partner.example' }) });
});
afterAll(() => Promise.all([production.close(), withMetricsToken.close()]));

const base = (server: TestServer) => server.url.replace('/graphql', '');

describe('NODE_ENV=production defaults', () => {
  it('introspection, field suggestions and the playground are off; each can be switched back on', async () => {
    expect(loadConfig(PRODUCTION).security).toMatchObject({ introspection: false, playground: false });
    expect(loadConfig({ ...PRODUCTION, GRAPHQL_INTROSPECTION: 'true', GRAPHQL_PLAYGROUND: 'true' }).security).toMatchObject({ introspection: true, playground: true });
    expect(loadConfig({}).security).toMatchObject({ introspection: true, playground: true });

    const introspection = await operation(production, `{ __schema { types { name } } }`);
    expect(introspection.status).toBe(400);
    expect(introspection.json?.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await operation(production, `{ evnts { totalCount } }`);
    expect(typo.json?.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const page = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphQL playground');
  });

  it('/metrics is not served without METRICS_TOKEN; with it, only to a request bearing the token', async () => {
    expect((await fetch(`${base(production)}/metrics`)).status).toBe(404);
    expect((await fetch(`${base(withMetricsToken)}/metrics`)).status).toBe(401);
    expect((await fetch(`${base(withMetricsToken)}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789abcdef' } })).status).toBe(401);
    const allowed = await fetch(`${base(withMetricsToken)}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('tessera_ws_connections');
    // Outside production it stays open by default (development, the benches).
    expect(loadConfig({}).security).toMatchObject({ metricsPublic: true, metricsToken: null });
  });

  it('metric labels are bounded by the schema: operation names a client makes up add no series', async () => {
    const series = async () => {
      const text = await (await fetch(`${base(withMetricsToken)}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
      return text.split('\n').filter((line) => line.startsWith('tessera_graphql_operations_total{')).length;
    };
    await operation(withMetricsToken, `query Warm { __typename }`);
    const before = await series();
    for (let i = 0; i < 30; i++) await operation(withMetricsToken, `query Bot${i}x${Math.random().toString(36).slice(2)} { __typename }`);
    expect(await series()).toBe(before);
  });
});

describe('WebSocket upgrades are checked against the Origin', () => {
  /** What an upgrade with this Origin header gets: acked, or the HTTP status it was refused with. */
  function upgrade(server: TestServer, origin: string | undefined): Promise<'acked' | number> {
    return new Promise((resolve) => {
      const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', origin ? { origin } : {});
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('message', () => {
        socket.close();
        resolve('acked');
      });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('error', () => {});
    });
  }

  it('a page of another origin is refused (403); the page’s own origin, CORS_ORIGINS and clients that send no Origin are served', async () => {
    const own = base(withMetricsToken);
    expect(await upgrade(withMetricsToken, 'https://evil.example')).toBe(403);
    expect(await upgrade(withMetricsToken, 'http://127.0.0.1.evil.example')).toBe(403);
    expect(await upgrade(withMetricsToken, own)).toBe('acked');
    expect(await upgrade(withMetricsToken, 'https://partner.example')).toBe('acked');
    expect(await upgrade(withMetricsToken, undefined)).toBe('acked');
    expect((await openRawSocket(withMetricsToken.wsUrl)).acked).toBe(true);
    // Switchable, for a deployment whose proxy rewrites Host.
    expect(loadConfig({ WS_CHECK_ORIGIN: 'false' }).security.checkWebSocketOrigin).toBe(false);
  });
});
