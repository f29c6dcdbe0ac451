import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningServer {
  url: string;
  port: number;
  /** POST /__test/advance-clock: moves the server's clock and sweeps expired holds at once. */
  advanceClock(ms: number): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API was not ready within ${timeoutMs} ms`);
}

/** A fresh database on DATABASE_URL's server, dropped by the returned function. */
async function createFreshDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tessera_e2e_${Date.now()}_${process.pid}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

/**
 * The real entry point (api/src/main.ts) with the demo seeded and test controls on, serving the
 * built client. With DATABASE_URL it works on a fresh database of that server; without it,
 * main.ts starts its embedded PostgreSQL in a temporary folder.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const database = process.env['DATABASE_URL'] ? await createFreshDatabase(process.env['DATABASE_URL']) : null;
  const embeddedDir = database ? null : mkdtempSync(join(tmpdir(), 'tessera-e2e-pg-'));
  const child = spawn(join(repoRoot, 'node_modules/.bin/node'), ['api/src/main.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      TEST_CONTROLS: 'true',
      LOG_LEVEL: 'warn',
      SWEEP_INTERVAL_MS: '200',
      ...(database ? { DATABASE_URL: database.url } : { DATABASE_URL: '', EMBEDDED_PG_DIR: embeddedDir!, EMBEDDED_PG_PORT: String(await freePort()) }),
      ...env,
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntilReady(url, child, 90_000);
  } catch (error) {
    child.kill('SIGTERM');
    await exited;
    await database?.drop();
    throw error;
  }

  return {
    url,
    port,
    async advanceClock(ms) {
      const response = await fetch(`${url}/__test/advance-clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ms }) });
      if (!response.ok) throw new Error(`advance-clock answered ${response.status}`);
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await database?.drop();
      if (embeddedDir) rmSync(embeddedDir, { recursive: true, force: true });
    },
  };
}
