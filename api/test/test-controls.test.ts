import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
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
