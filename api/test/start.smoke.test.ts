import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './test-database.ts';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/**
 * `npm start` with no DATABASE_URL: the real entry point starts an embedded PostgreSQL, migrates,
 * seeds the demo and serves API, playground and client on one port; Ctrl-C stops it cleanly.
 */
describe('the real entry point with no DATABASE_URL', () => {
  let child: ChildProcess;
  let base: string;
  let output = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-smoke-'));

  beforeAll(async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: dataDir, LOG_LEVEL: 'info' };
    child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited early:\n${output}`);
      if (Date.now() > deadline) throw new Error(`not ready in time:\n${output}`);
      const ready = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
      if (ready) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 120_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the seeded demo over GraphQL', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ events(first: 10) { totalCount edges { node { name capacity } } } }' }),
    });
    const body = (await response.json()) as { data: { events: { totalCount: number; edges: { node: { name: string; capacity: number } }[] } } };
    expect(body.data.events.totalCount).toBe(5);
    expect(body.data.events.edges.map((e) => e.node.capacity).sort((a, b) => a - b)).toEqual([112, 200, 1200, 15000, 20000]);
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { logIn(email: "olivia@example.com", password: "tessera-demo") { user { role } } }' }),
    });
    expect(((await login.json()) as { data: { logIn: { user: { role: string } } } }).data.logIn.user.role).toBe('ORGANIZER');
  });

  it('serves the self-hosted playground at /graphql and the client at /, with health and metrics', async () => {
    const playground = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(playground.status).toBe(200);
    const html = await playground.text();
    expect(html).toContain('GraphQL playground');
    expect(html).toContain('id="playground"');
    // Self-hosted: every script and stylesheet comes from this server, none from a CDN.
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(1);
    expect(assets.every((a) => a.startsWith('/'))).toBe(true);
    for (const asset of assets.filter((a) => a.endsWith('.js'))) expect((await fetch(`${base}${asset}`)).status).toBe(200);
    const app = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    expect(await app.text()).toContain('Tessera');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/metrics`)).text()).toContain('tessera_active_holds');
  });

  it('stops cleanly on Ctrl-C (SIGINT), embedded database included', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('stopped');
  }, 30_000);
});
