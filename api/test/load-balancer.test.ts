/**
 * docker-compose.yml's cluster without Docker (no engine runs on these machines): the API
 * replicas' environment and nginx's configuration are read from the compose file itself and run
 * for real, with Debian's nginx in front of two API servers that fan out through Redis. What
 * Docker adds (images, DNS for `api`) is not exercised; what the cluster's behaviour depends on is.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../src/config.ts';
import { ManagedProcess } from './kit/index.ts';
import { createAccount, createEventFixture, ok, openRawSocket, settle, startTestServer, subscribe, wsClient, type EventFixture, type RawSocketOutcome, type TestServer } from './harness.ts';
import { freePort } from './test-database.ts';

const NGINX = '/usr/sbin/nginx';
const COMPOSE_FILE = new URL('../../docker-compose.yml', import.meta.url);
const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version } }`;
const SEAT_UPDATED = `subscription($e: ID!) { seatUpdated(eventId: $e) { id version status } }`;

interface Compose {
  services: { api: { environment: Record<string, string> } };
  configs: { nginx_conf: { content: string } };
}

/** `${NAME}`, `${NAME:-default}` and `${NAME:?message}` as compose substitutes them; `$$` is a literal `$`. */
function interpolate(value: string, given: Record<string, string>): string {
  return value
    .replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
      const set = given[name];
      if (set !== undefined && set !== '') return set;
      if (kind === '?') throw new Error(`compose requires ${name}: ${rest}`);
      return rest ?? '';
    })
    .replaceAll('$$', '$');
}

const compose = parse(readFileSync(COMPOSE_FILE, 'utf8')) as Compose;

/** The compose file's nginx site, pointed at local replicas, inside a main config nginx can run unprivileged-style. */
function nginxConfig(dir: string, listen: number, replicas: number[]): string {
  let site = interpolate(compose.configs.nginx_conf.content, {});
  const upstream = 'server api:4000;';
  const listenLine = 'listen 80;';
  if (!site.includes(upstream) || !site.includes(listenLine)) throw new Error(`the compose nginx site no longer has "${upstream}" and "${listenLine}": update this test`);
  site = site.replace(upstream, replicas.map((port) => `server 127.0.0.1:${port};`).join(' ')).replace(listenLine, `listen 127.0.0.1:${listen};`);
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
  return `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${site}
}
`;
}

const METRICS_TOKEN = randomBytes(16).toString('hex');

async function subscriptions(server: TestServer): Promise<number> {
  const text = await (await fetch(server.url.replace('/graphql', '/metrics'), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  return Number(/^tessera_subscriptions (\d+)/m.exec(text)?.[1]);
}

describe('the docker-compose cluster: nginx from the compose file in front of two replicas with its environment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-nginx-'));
  let nginx: ManagedProcess | null = null;
  let replicas: TestServer[] = [];
  let balancer: { url: string; wsUrl: string };
  let event: EventFixture;

  beforeAll(async () => {
    if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: install Debian's nginx-light (.ci/run does)`);
    const env = {
      ...Object.fromEntries(Object.entries(compose.services.api.environment).map(([name, value]) => [name, interpolate(String(value), { TOKEN_SECRET: randomBytes(32).toString('hex'), METRICS_TOKEN })])),
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_CHANNEL_PREFIX: `test-${randomUUID()}:`,
      // Small enough to reach in a test; the point is what address each socket is counted under.
      WS_MAX_CONNECTIONS_PER_IP: '2',
    };
    const config = loadConfig(env);
    expect(config.env).toBe('production');
    const first = await startTestServer({ config });
    replicas = [first, await startTestServer({ config, shareDatabaseWith: first })];
    const port = await freePort();
    const conf = join(dir, 'nginx.conf');
    writeFileSync(conf, nginxConfig(dir, port, replicas.map((r) => Number(new URL(r.url).port))));
    nginx = new ManagedProcess(spawn(NGINX, ['-p', dir, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] }));
    balancer = { url: `http://127.0.0.1:${port}/graphql`, wsUrl: `ws://127.0.0.1:${port}/graphql` };
    await nginx.waitReady(`http://127.0.0.1:${port}/readyz`, 15_000);
    event = await createEventFixture(first);
  });

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(replicas.map((r) => r.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes WebSockets to both replicas, and a change made through the balancer reaches every watcher', async () => {
    const buyer = await createAccount(replicas[0]!);
    const clients = Array.from({ length: 4 }, () => wsClient(balancer));
    const watchers = clients.map((client) => subscribe<{ seatUpdated: { id: string; version: number; status: string } }>(client, SEAT_UPDATED, { e: event.id }));
    try {
      await settle(500);
      // nginx spreads new connections round-robin: each replica holds some of the sockets.
      expect(await Promise.all(replicas.map(subscriptions))).toEqual([2, 2]);
      const seat = event.seats[0]!;
      await ok(balancer, RESERVE, { id: seat.id, version: seat.version }, buyer.token);
      for (const watcher of watchers) {
        await watcher.until((updates) => updates.length >= 1);
        expect(watcher.received[0]!.seatUpdated).toEqual({ id: seat.id, version: seat.version + 1, status: 'HELD' });
      }
    } finally {
      for (const watcher of watchers) watcher.unsubscribe();
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });

  it('each client is counted under its own address, not the balancer’s (TRUST_PROXY_HOPS)', async () => {
    await settle(200);
    const fromOne: RawSocketOutcome[] = [];
    // 2 per address on each of the 2 replicas: the 5th socket from one address is refused.
    for (let i = 0; i < 5; i++) fromOne.push(await openRawSocket(balancer.wsUrl, { localAddress: '127.0.0.2' }));
    const fromAnother = await openRawSocket(balancer.wsUrl, { localAddress: '127.0.0.3' });
    try {
      expect(fromOne.map((o) => o.acked)).toEqual([true, true, true, true, false]);
      expect(fromOne[4]!.closeCode).toBe(4429);
      expect(fromAnother.acked).toBe(true);
    } finally {
      for (const o of [...fromOne, fromAnother]) o.socket.close();
    }
  });
});
