import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createServer } from '../src/server.ts';
import { createAccount, createEventFixture, ok, startTestServer, type TestServer } from './harness.ts';

const started: TestServer[] = [];
afterAll(() => Promise.all(started.map((s) => s.close())));

const advance = (server: TestServer, ms: unknown) =>
  fetch(server.url.replace('/graphql', '/__test/advance-clock'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ms }) });

describe('test-only clock control', () => {
  it('does not exist unless configured, and cannot be configured in production', async () => {
    const server = await startTestServer();
    started.push(server);
    expect((await advance(server, 1000)).status).toBe(404);
    expect(() => loadConfig({ NODE_ENV: 'production', TOKEN_SECRET: 's'.repeat(40), TEST_CONTROLS: 'true' })).toThrow(/TEST_CONTROLS/);
  });

  it('when configured, moves the clock and sweeps: an idle hold’s seat is back on sale at once', async () => {
    const server = await startTestServer({ config: { testControls: true, sweepIntervalMs: 60_000 } });
    started.push(server);
    const event = await createEventFixture(server);
    const buyer = await createAccount(server);
    const seat = event.seats[0]!;
    await ok(server, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id } }`, { id: seat.id, v: seat.version }, buyer.token);
    expect((await advance(server, 'soon')).status).toBe(400);
    const response = await advance(server, 4 * 60_000);
    expect(response.status).toBe(200);
    const { seat: after } = await ok<{ seat: { status: string } }>(server, `query($id: ID!) { seat(id: $id) { status } }`, { id: seat.id });
    expect(after.status).toBe('AVAILABLE');
    // Responses are dated by the clock holds run on: the web client's countdowns read it there.
    const dated = await fetch(server.url.replace('/graphql', '/healthz'));
    expect(Date.parse(dated.headers.get('date')!) - Date.now()).toBeGreaterThan(4 * 60_000 - 2_000);
  });
});

describe('test-only switches cannot leak', () => {
  it('NODE_ENV=test (no abuse budgets) listens on loopback only, even with a real TOKEN_SECRET: configured or handed to createServer', async () => {
    const secret = { TOKEN_SECRET: 's'.repeat(40) };
    expect(loadConfig({ NODE_ENV: 'test', ...secret }).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'test', ...secret, HOST: '::1' }).host).toBe('::1');
    for (const host of ['0.0.0.0', '::', '203.0.113.5']) expect(() => loadConfig({ NODE_ENV: 'test', ...secret, HOST: host })).toThrow(/HOST: NODE_ENV=test listens on loopback only/);
    expect(loadConfig({ NODE_ENV: 'development', ...secret }).host).toBe('0.0.0.0');
    await expect(createServer({ ...loadConfig({ NODE_ENV: 'test', ...secret }), host: '0.0.0.0', databaseUrl: 'postgres://127.0.0.1:1/none' })).rejects.toThrow(/loopback only, not 0\.0\.0\.0/);
  });

  it('the fault run’s sabotage is refused outside NODE_ENV=test, and the real entry point refuses it always', () => {
    for (const env of ['production', 'development'] as const) {
      expect(() => loadConfig({ NODE_ENV: env, TOKEN_SECRET: 's'.repeat(40), CHAOS_SABOTAGE: 'lose-ack' })).toThrow(/CHAOS_SABOTAGE/);
    }
    expect(loadConfig({ NODE_ENV: 'test', CHAOS_SABOTAGE: 'drop-publish' }).sabotage).toBe('drop-publish');
    expect(loadConfig({ NODE_ENV: 'test' }).sabotage).toBeNull();
    const main = spawnSync(process.execPath, [fileURLToPath(new URL('../src/main.ts', import.meta.url))], {
      env: { PATH: process.env['PATH'], NODE_ENV: 'test', CHAOS_SABOTAGE: 'lose-ack', DATABASE_URL: 'postgres://127.0.0.1:1/none' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(main.status).toBe(2);
    expect(main.stderr).toContain('CHAOS_SABOTAGE is honoured only by the fault run');
  });
});
