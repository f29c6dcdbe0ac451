import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from '../src/db/embedded-postgres-package.ts';
import pg from 'pg';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServerForTests {
  /** A URL for `database` on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** DATABASE_URL's server when set (CI uses the machine's PostgreSQL), else an embedded one in a temp folder. */
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
