import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '../src/auth/password.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/observability/logger.ts';
import { createServer, type TesseraServer } from '../src/server.ts';
import { admin, postgresServerForTests } from '../test/test-database.ts';
import { graphql, type HttpClient } from './http-client.ts';

export interface BenchDatabase {
  url: string;
  name: string;
  /** Drops the database and stops the embedded server, if one was started. */
  drop(): Promise<void>;
}

/** A fresh database on DATABASE_URL's server, or on an embedded PostgreSQL when it is unset. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const databaseUrl = process.env['DATABASE_URL'];
  const server = await postgresServerForTests(databaseUrl);
  const name = `tessera_bench_${Date.now()}_${process.pid}`;
  await admin(server, `create database ${name}`);
  return {
    url: server.urlFor(name),
    name,
    drop: async () => {
      await admin(server, `drop database if exists ${name} with (force)`);
      await server.stop();
    },
  };
}

/** The real server (migrations included) on a random port, logging nothing. */
export async function startServer(databaseUrl: string): Promise<TesseraServer> {
  // DB_POOL_MAX may be set to try other pool sizes; everything else is the default config.
  const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DB_POOL_MAX: process.env['DB_POOL_MAX'] });
  return createServer(
    { ...base, host: '127.0.0.1', port: 0, databaseUrl, seedDemo: false },
    { logger: createLogger('silent') },
  );
}

export interface Account {
  id: number;
  token: string;
}

/**
 * Users inserted in one statement (sign-up hashes a password per user, which would dominate the
 * setup) with real signed tokens, as test/harness.ts does one at a time.
 */
export async function createAccounts(
  db: pg.Pool,
  server: TesseraServer,
  count: number,
  role: 'BUYER' | 'ORGANIZER' = 'BUYER',
): Promise<Account[]> {
  const batch = randomUUID().slice(0, 8);
  const { rows } = await db.query<{ id: number }>(
    `insert into users (email, name, password_hash, role)
     select 'bench-' || $1 || '-' || g || '@example.com', 'Bench user', $2, $3 from generate_series(1, $4) g
     returning id`,
    [batch, await passwordHash(), role, count],
  );
  return Promise.all(rows.map(async ({ id }) => ({ id, token: await server.app.tokens.sign({ id, role }) })));
}

let hash: Promise<string> | undefined;
const passwordHash = () => (hash ??= hashPassword('bench-password'));

export interface BenchEvent {
  id: number;
  perOrderLimit: number;
  /** Every seat of the event, in id order, all AVAILABLE at version 1 after publishing. */
  seats: { id: number; version: number }[];
}

export interface EventShape {
  sections: number;
  rows: number;
  seatsPerRow: number;
  perOrderLimit: number;
}

/** A published event made through the API by an organiser, as a real organiser would. */
export async function createBenchEvent(http: HttpClient, db: pg.Pool, organizer: Account, shape: EventShape): Promise<BenchEvent> {
  const sections = Array.from({ length: shape.sections }, (_, i) => ({
    name: `S${i + 1}`,
    rows: shape.rows,
    seatsPerRow: shape.seatsPerRow,
    tiers: [{ fromRow: 1, toRow: shape.rows, tier: 'Stalls' }],
  }));
  const created = await graphql<{ createEvent: { id: string } }>(
    http,
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
    {
      input: {
        name: 'Benchmark night',
        venue: 'Bench hall',
        startsAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
        perOrderLimit: shape.perOrderLimit,
        tiers: [{ name: 'Stalls', kind: 'RESERVED', priceCents: 5000 }],
        sections,
      },
    },
    organizer.token,
  );
  const id = created.createEvent.id;
  await graphql(http, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id }, organizer.token);
  // Read from the database: asking the API for 50,000 seats would only time JSON.
  const { rows } = await db.query<{ id: number; version: number }>(
    `select id, version from seats where event_id = $1 and status = 'AVAILABLE' order by id`,
    [Number(id)],
  );
  return { id: Number(id), perOrderLimit: shape.perOrderLimit, seats: rows };
}

/** Hands out each seat once, so no two requests of any phase ever touch the same seat by accident. */
export class SeatDealer {
  readonly #seats: readonly { id: number; version: number }[];
  #next = 0;
  constructor(seats: readonly { id: number; version: number }[]) {
    this.#seats = seats;
  }
  next(): { id: number; version: number } | null {
    return this.#seats[this.#next++] ?? null;
  }
  get remaining(): number {
    return this.#seats.length - this.#next;
  }
}
