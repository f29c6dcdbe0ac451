import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { networkInterfaces } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/observability/logger.ts';
import { createServer, type TesseraServer } from '../src/server.ts';
import { emptyDatabase, gql } from './harness.ts';
import { freePort } from './test-database.ts';

/**
 * Issue 11, finding 5: configurations that let strangers in, tried on the real entry point
 * (`node api/src/main.ts`) as an operator would start it.
 */
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const servers: TesseraServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

interface Run {
  exitCode: number | null;
  output: string;
  /** Where it listens, once ready (null if it exited first). */
  url: string | null;
  stop(): Promise<void>;
}

/** Starts main.ts with `env`; resolves once it exits or answers /readyz on 127.0.0.1. */
async function start(env: Record<string, string>): Promise<Run> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env['PATH'], HOME: process.env['HOME'], PORT: String(port), LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) break;
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const running = child.exitCode === null;
  return {
    get exitCode() {
      return child.exitCode;
    },
    get output() {
      return output;
    },
    url: running ? url : null,
    async stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}

describe('configurations that would let strangers in are refused, or loudly confined to loopback', () => {
  it('NODE_ENV=production with SEED_DEMO=true does not start: exit 2, naming SEED_DEMO', async () => {
    const databaseUrl = await emptyDatabase();
    const run = await start({ NODE_ENV: 'production', TOKEN_SECRET: 's'.repeat(40), DATABASE_URL: databaseUrl, SEED_DEMO: 'true' });
    await run.stop();
    expect(run.url).toBeNull();
    expect(run.exitCode).toBe(2);
    expect(run.output).toMatch(/SEED_DEMO/);
  });

  it('DATABASE_URL without TOKEN_SECRET on a reachable HOST does not start (exit 2, naming TOKEN_SECRET)', async () => {
    const run = await start({ DATABASE_URL: await emptyDatabase(), HOST: '0.0.0.0' });
    await run.stop();
    expect(run.url).toBeNull();
    expect(run.exitCode).toBe(2);
    expect(run.output).toMatch(/TOKEN_SECRET/);
  });

  it('DATABASE_URL without TOKEN_SECRET and no HOST: serves on loopback only and says loudly that the secret is public', async () => {
    const run = await start({ DATABASE_URL: await emptyDatabase() });
    try {
      expect(run.url).not.toBeNull();
      const warning = run.output.split('\n').find((line) => line.includes('PUBLIC development secret'));
      expect(warning).toBeDefined();
      expect(JSON.parse(warning!)).toMatchObject({ level: 40, host: '127.0.0.1' });
      // Bound to 127.0.0.1: another interface of this machine finds nobody listening.
      const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
      if (external) {
        const url = run.url!.replace('127.0.0.1', external.address);
        expect(await fetch(`${url}/healthz`).then(() => 'reachable', () => 'refused')).toBe('refused');
      }
    } finally {
      await run.stop();
    }
  });

  it('the demo seeds only documented accounts, and the box office (which owns the pre-sold club order) cannot sign in', async () => {
    const databaseUrl = await emptyDatabase();
    const config = { ...loadConfig({ NODE_ENV: 'test' }), host: '127.0.0.1', port: 0, databaseUrl, seedDemo: true, dbPoolMax: 4 };
    const server = await createServer(config, { logger: createLogger('silent') });
    servers.push(server);
    const LOG_IN = `mutation($e: String!) { logIn(email: $e, password: "tessera-demo") { user { role } } }`;
    for (const [email, role] of [['alice@example.com', 'BUYER'], ['bob@example.com', 'BUYER'], ['olivia@example.com', 'ORGANIZER']] as const) {
      expect((await gql<{ logIn: { user: { role: string } } }>(server, LOG_IN, { e: email })).data?.logIn.user.role).toBe(role);
    }
    expect((await gql(server, LOG_IN, { e: 'box-office@example.com' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a server refuses to be built with the public secret on a reachable address, or to seed the demo in production', async () => {
    const base = { ...loadConfig({ NODE_ENV: 'test' }), port: 0, databaseUrl: await emptyDatabase(), dbPoolMax: 2, seedDemo: false };
    await expect(createServer({ ...base, host: '0.0.0.0' }, { logger: createLogger('silent') })).rejects.toThrow(/TOKEN_SECRET/);
    await expect(createServer({ ...base, host: '127.0.0.1', env: 'production', tokenSecret: 's'.repeat(40), tokenSecretIsBuiltIn: false, seedDemo: true }, { logger: createLogger('silent') })).rejects.toThrow(/SEED_DEMO/);
  });
});
