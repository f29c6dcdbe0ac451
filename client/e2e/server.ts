import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiProcess, freePort, scratchDatabase } from '../../api/test/kit/index.ts';

/** The organiser invite code the browser tests' server accepts at sign-up. */
export const E2E_ORGANIZER_INVITE = 'e2e-organiser-invite';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningServer {
  url: string;
  port: number;
  /** POST /__test/advance-clock: moves the server's clock and sweeps expired holds at once. */
  advanceClock(ms: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real entry point (api/src/main.ts) with the demo seeded and test controls on, serving the
 * built client. With DATABASE_URL it works on a fresh database of that server; without it,
 * main.ts starts its embedded PostgreSQL in a temporary folder.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const database = process.env['DATABASE_URL'] ? await scratchDatabase('e2e', process.env['DATABASE_URL']) : null;
  const embeddedDir = database ? null : mkdtempSync(join(tmpdir(), 'tessera-e2e-pg-'));
  const api = new ApiProcess(port, {
    cwd: repoRoot,
    node: join(repoRoot, 'node_modules/.bin/node'),
    output: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      TEST_CONTROLS: 'true',
      LOG_LEVEL: 'warn',
      SWEEP_INTERVAL_MS: '200',
      ORGANIZER_INVITE_CODE: E2E_ORGANIZER_INVITE,
      ...(database ? { DATABASE_URL: database.url } : { DATABASE_URL: '', EMBEDDED_PG_DIR: embeddedDir!, EMBEDDED_PG_PORT: String(await freePort()) }),
      ...env,
    },
  });
  try {
    await api.waitReady(`${url}/readyz`, 90_000);
  } catch (error) {
    await api.stop('SIGTERM');
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
      await api.stop('SIGTERM');
      await database?.drop();
      if (embeddedDir) rmSync(embeddedDir, { recursive: true, force: true });
    },
  };
}
