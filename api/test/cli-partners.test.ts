import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CheckInDocument,
  CheckoutForDocument,
  CreateHoldTokenDocument,
  EventOrdersDocument,
  OrderDocument,
  ReserveForDocument,
} from '../../cli/src/operations.ts';
import { TesseraClient } from '../../cli/src/tessera-client.ts';
import { createAccount, createEventFixture, ok, startTestServer, type TestServer } from './harness.ts';
import { createKey, organiserWithEvent } from './partners-fixtures.ts';
import { freePort } from './test-database.ts';

const CLI = fileURLToPath(new URL('../../cli/src/main.ts', import.meta.url));

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env['PATH'], ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the CLI as a partner', () => {
  it('sells one seat to an anonymous customer and scans it at the door, typed by codegen', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    const seller = new TesseraClient({ url: server.url, token: (await createKey(server, organizer, [event.id], ['SELL', 'READ'])).secret });
    const door = new TesseraClient({ url: server.url, token: (await createKey(server, organizer, [event.id], ['CHECK_IN'])).secret });
    const { createHoldToken } = await seller.request(CreateHoldTokenDocument, { eventId: event.id });
    const seat = event.seats[0]!;
    const { reserveSeat } = await seller.request(ReserveForDocument, { id: seat.id, version: seat.version, holdToken: createHoldToken.token });
    expect(reserveSeat.hold?.id).toBe(createHoldToken.hold.id);
    const { checkout } = await seller.request(CheckoutForDocument, { holdId: createHoldToken.hold.id, key: 'web-order-1', buyer: { email: 'ann@example.com', name: 'Ann' } });
    expect(checkout.tickets[0]!.seat!.label).toBe(`Section A, row 1, seat 1`);
    const { order } = await seller.request(OrderDocument, { id: checkout.id });
    expect(order!.buyer).toEqual({ email: 'ann@example.com', name: 'Ann' });
    const { event: listed } = await seller.request(EventOrdersDocument, { eventId: event.id, search: 'ann@' });
    expect(listed!.orders.edges.map((e) => e.node.id)).toEqual([checkout.id]);
    const scan = () => door.request(CheckInDocument, { eventId: event.id, secret: checkout.tickets[0]!.secret! });
    expect((await scan()).checkIn.status).toBe('CHECKED_IN');
    expect((await scan()).checkIn.status).toBe('ALREADY_CHECKED_IN');

    // The same from the command line: check-in exits 3 for anything but CHECKED_IN.
    const env = { TESSERA_URL: server.url, TESSERA_API_KEY: door.token! };
    const again = await cli(['check-in', event.id, checkout.tickets[0]!.secret!], env);
    expect(again.code).toBe(3);
    expect(JSON.parse(again.stdout).status).toBe('ALREADY_CHECKED_IN');
  });

  it('holds without a token says so and fails; checkout without --key prints the key it made up', async () => {
    const none = await cli(['holds'], { TESSERA_URL: server.url });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/not signed in/);
    const event = await createEventFixture(server);
    const buyer = await createAccount(server);
    const { reserveSeat } = await ok<{ reserveSeat: { hold: { id: string } } }>(server, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { hold { id } } }`, { id: event.seats[0]!.id, v: 1 }, buyer.token);
    const holds = await cli(['holds'], { TESSERA_URL: server.url, TESSERA_TOKEN: buyer.token });
    expect(JSON.parse(holds.stdout)[0].heldSeats[0].seat.label).toBe('Section A, row 1, seat 1');
    const bought = await cli(['checkout', reserveSeat.hold.id], { TESSERA_URL: server.url, TESSERA_TOKEN: buyer.token });
    expect(bought.code).toBe(0);
    const key = /idempotency key: (\S+)/.exec(bought.stderr)![1]!;
    const retried = await cli(['checkout', reserveSeat.hold.id, '--key', key], { TESSERA_URL: server.url, TESSERA_TOKEN: buyer.token });
    expect(JSON.parse(retried.stdout).id).toBe(JSON.parse(bought.stdout).id);
  });

  it('webhooks listen verifies each delivery’s signature: a good one is printed and answered 204, a forged one refused with 400', async () => {
    const port = await freePort();
    const secret = `whsec_${Buffer.from('a'.repeat(24)).toString('base64')}`;
    const child = spawn(process.execPath, [CLI, 'webhooks', 'listen', '--port', String(port), '--secret', secret], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    try {
      await new Promise<void>((resolve) => child.stderr.on('data', (d) => String(d).includes('listening') && resolve()));
      const body = JSON.stringify({ type: 'ORDER_CONFIRMED', timestamp: new Date().toISOString(), data: { orderId: '7' } });
      const send = (headers: Record<string, string>) => fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const now = new Date();
      const signature = new Webhook(secret).sign('msg_1', now, body);
      const good = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': signature };
      expect((await send(good)).status).toBe(204);
      expect((await send(good)).status).toBe(204); // a repeat is acknowledged, not printed twice
      expect((await send({ ...good, 'webhook-signature': 'v1,' + Buffer.from('forged').toString('base64') })).status).toBe(400);
      await new Promise((r) => setTimeout(r, 100));
      const lines = stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toEqual({ id: 'msg_1', type: 'ORDER_CONFIRMED', timestamp: JSON.parse(body).timestamp, data: { orderId: '7' } });
    } finally {
      child.kill('SIGINT');
    }
  });
});
