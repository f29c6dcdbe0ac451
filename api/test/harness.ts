import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import type { Logger } from 'pino';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { loadConfig, type AppConfig, type HoldPolicy } from '../src/config.ts';
import { createLogger } from '../src/observability/logger.ts';
import { createServer, type TesseraServer } from '../src/server.ts';
import { AdjustableClock } from '../src/shared/clock.ts';
import { insertAccounts, ok, type Account } from './kit/index.ts';

export interface TestServer extends TesseraServer {
  clock: AdjustableClock;
  databaseUrl: string;
}

/** A private copy of the run's migrated database, dropped when the process exits. */
async function cloneDatabase(): Promise<string> {
  const template = new URL(inject('databaseUrl'));
  const templateName = template.pathname.slice(1);
  const name = `${templateName}_${randomUUID().slice(0, 8)}`;
  const adminUrl = new URL(template);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`create database ${name} template ${templateName}`);
      break;
    } catch (error) {
      // Two workers cloning the template at the same instant: PostgreSQL refuses one; try again.
      if (attempt >= 10) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
  await client.end();
  const url = new URL(template);
  url.pathname = `/${name}`;
  return url.toString();
}

/** An empty database (not the migrated template) on the test server. */
export async function emptyDatabase(): Promise<string> {
  const url = new URL(inject('databaseUrl'));
  const name = `${url.pathname.slice(1)}_${randomUUID().slice(0, 8)}`;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  url.pathname = `/${name}`;
  return url.toString();
}

export const ORGANIZER_INVITE = 'test-organizer-invite';

/** The real server on a random port, on the run's fresh database, with a clock the test can move. */
export async function startTestServer(
  overrides: { holds?: Partial<HoldPolicy>; config?: Partial<AppConfig>; shareDatabaseWith?: TestServer; logger?: Logger } = {},
): Promise<TestServer> {
  const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const databaseUrl = overrides.shareDatabaseWith?.databaseUrl ?? (await cloneDatabase());
  const clock = new AdjustableClock();
  const server = await createServer(
    {
      ...base,
      ...overrides.config,
      host: '127.0.0.1',
      port: 0,
      databaseUrl,
      dbPoolMax: 10,
      seedDemo: false,
      organizerInviteCode: ORGANIZER_INVITE,
      holds: { ...base.holds, ...overrides.holds },
      sweepIntervalMs: overrides.config?.sweepIntervalMs ?? 100,
      // The queue keeper's own timer is off (its statements would muddle tests that count them); queue tests step it.
      queue: overrides.config?.queue ?? { ...base.queue, tickMs: 600_000 },
    },
    { clock, logger: overrides.logger ?? createLogger(process.env['TEST_LOG_LEVEL'] ?? 'silent') },
  );
  return Object.assign(server, { clock, databaseUrl });
}

// GraphQL over HTTP is the kit's (test/kit/graphql.ts): one helper, typed documents or text.
export { codeOf, gql, ok, type GraphQLResponse } from './kit/index.ts';

export type { Account } from './kit/index.ts';

/**
 * A user inserted directly (hashing a password per user would make 64-buyer races slow to set
 * up) with a real signed token (the kit's insertAccounts). Sign-up itself is tested through the API in auth.test.ts.
 */
export async function createAccount(server: TesseraServer, role: 'BUYER' | 'ORGANIZER' = 'BUYER'): Promise<Account> {
  const pool = await server.app.orm.em.getConnection().getNativeClient();
  const [account] = await insertAccounts(pool, (user) => server.app.tokens.sign(user), 1, role);
  // As if this user had just made a request: tests that count a mutation's statements see only its own.
  server.app.sessions.prime(account!.id, role);
  return account!;
}

export const createBuyers = (server: TesseraServer, n: number) => Promise.all(Array.from({ length: n }, () => createAccount(server)));

export interface EventFixture {
  id: string;
  tiers: { id: string; name: string; kind: string }[];
  seats: { id: string; version: number; section: string; row: string; number: number; tier: { id: string } }[];
}

/**
 * A published event made through the API: `rows` x `seatsPerRow` reserved seats in one tier
 * (`Stalls`) and, if asked, a general-admission tier (`Standing`). With `publish: false` it stays a
 * draft of `organizer` (by default a new organiser).
 */
export async function createEventFixture(
  server: TesseraServer,
  options: { rows?: number; seatsPerRow?: number; gaCapacity?: number; perOrderLimit?: number; organizer?: Account; publish?: boolean } = {},
): Promise<EventFixture> {
  const organizer = options.organizer ?? (await createAccount(server, 'ORGANIZER'));
  const { rows = 2, seatsPerRow = 10, gaCapacity, perOrderLimit = 8 } = options;
  const tiers: Record<string, unknown>[] = rows > 0 ? [{ name: 'Stalls', kind: 'RESERVED', priceCents: 5000 }] : [];
  if (gaCapacity) tiers.push({ name: 'Standing', kind: 'GENERAL_ADMISSION', priceCents: 3000, capacity: gaCapacity });
  const created = await ok<{ createEvent: { id: string } }>(
    server,
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
    {
      input: {
        name: `Test event ${randomUUID().slice(0, 8)}`,
        venue: 'Test hall',
        startsAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
        perOrderLimit,
        tiers,
        sections: rows > 0 ? [{ name: 'A', rows, seatsPerRow, tiers: [{ fromRow: 1, toRow: rows, tier: 'Stalls' }] }] : [],
      },
    },
    organizer.token,
  );
  const fields = `id tiers { id name kind } seats { id version section row number tier { id } }`;
  if (options.publish === false) {
    const { event } = await ok<{ event: EventFixture }>(server, `query($id: ID!) { event(id: $id) { ${fields} } }`, { id: created.createEvent.id }, organizer.token);
    return event;
  }
  const { publishEvent } = await ok<{ publishEvent: EventFixture }>(
    server,
    `mutation($id: ID!) { publishEvent(id: $id) { ${fields} } }`,
    { id: created.createEvent.id },
    organizer.token,
  );
  return publishEvent;
}

/** A graphql-ws client over a real WebSocket. */
export function wsClient(server: Pick<TesseraServer, 'wsUrl'>, token?: string, options: { retryAttempts?: number } = {}): Client {
  return createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: options.retryAttempts ?? 0,
    lazy: false,
  });
}

export interface RawSocketOutcome {
  acked: boolean;
  closeCode?: number;
  socket: WebSocket;
}

/**
 * A bare graphql-ws socket, for what a client library hides: resolves on `connection_ack` or on
 * close (with the code). `forwardedFor` sets `X-Forwarded-For`, `localAddress` the address the
 * connection comes from; `init: false` never sends `connection_init`.
 */
export function openRawSocket(
  url: string,
  options: { token?: string; forwardedFor?: string; localAddress?: string; init?: boolean; answerPings?: boolean } = {},
): Promise<RawSocketOutcome> {
  const socket = new WebSocket(url, 'graphql-transport-ws', {
    headers: options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {},
    autoPong: options.answerPings ?? true,
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
  });
  return new Promise((resolve) => {
    socket.on('open', () => {
      if (options.init === false) return;
      socket.send(JSON.stringify({ type: 'connection_init', payload: options.token ? { authorization: `Bearer ${options.token}` } : {} }));
    });
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') resolve({ acked: true, socket });
    });
    socket.on('close', (code) => resolve({ acked: false, closeCode: code, socket }));
    socket.on('error', () => {});
  });
}

function describeError(error: unknown): unknown {
  if (error instanceof Error) return { message: error.message };
  if (error && typeof error === 'object' && 'code' in error) return { code: (error as { code: unknown }).code, reason: (error as { reason?: unknown }).reason };
  return error;
}

/** Collects a subscription's results until stopped. */
export function subscribe<T>(client: Client, document: string, variables: Record<string, unknown> = {}) {
  const received: T[] = [];
  const errors: unknown[] = [];
  const waiters: { predicate: (items: T[]) => boolean; resolve: () => void }[] = [];
  const notify = () => {
    for (const waiter of [...waiters]) {
      if (waiter.predicate(received)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  const unsubscribe = client.subscribe<T>(
    { query: document, variables },
    {
      next: (value) => {
        if (value.data) received.push(value.data as T);
        if (value.errors) errors.push(...value.errors);
        notify();
      },
      error: (error) => {
        errors.push(describeError(error));
        notify();
      },
      complete: () => {},
    },
  );
  return {
    received,
    errors,
    unsubscribe,
    /** Resolves when the collected results satisfy the predicate; fails after `ms`. */
    until(predicate: (items: T[]) => boolean, ms = 5000): Promise<void> {
      if (predicate(received)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out; received ${JSON.stringify(received)} errors ${JSON.stringify(errors)}`)), ms);
        waiters.push({ predicate, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
  };
}

/** Waits until the server has registered the subscription (graphql-ws acknowledges nothing). */
export async function settle(ms = 150): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}
