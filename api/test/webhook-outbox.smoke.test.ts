import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { query } from '../src/db/sql.ts';
import { ok, startTestServer, type TestServer } from './harness.ts';
import { createKey, organiserWithEvent, sellSeat } from './partners-fixtures.ts';
import { freePort } from './test-database.ts';
import { WebhookReceiver } from './webhook-receiver.ts';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** The real entry point as a child process on the test's database, so that it can be killed with -9. */
async function startApi(databaseUrl: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      TOKEN_SECRET: 'webhook-outbox-test-secret-0123456789abcdef',
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_TIMEOUT_MS: '1500',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (!(await fetch(`${base}/readyz`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`API did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, url: `${base}/graphql` };
}

describe('the outbox survives the API process', () => {
  let setup: TestServer;
  const receiver = new WebhookReceiver();
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    // An in-process server prepares the data on a fresh database; its own delivery worker stays idle.
    const partners = { ...loadConfig({ NODE_ENV: 'test' }).partners, webhookPollMs: 60_000 };
    setup = await startTestServer({ config: { partners } });
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await receiver.close();
    await setup.close();
  });

  it('an API process killed between commit and delivery: the delivery still arrives, from the next process', async () => {
    const { organizer, event } = await organiserWithEvent(setup);
    const url = await receiver.start();
    const { createWebhook } = await ok<{ createWebhook: { secret: string } }>(
      setup,
      `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }`,
      { input: { url, eventIds: [event.id], types: ['ORDER_CONFIRMED'] } },
      organizer.token,
    );
    receiver.secret = createWebhook.secret;
    const key = await createKey(setup, organizer, [event.id], ['SELL']);
    // The first attempt is never answered: the process is killed while it waits.
    receiver.respond = (_r, nth) => (nth === 1 ? 'hang' : 200);

    const port = await freePort();
    const first = await startApi(setup.databaseUrl, port);
    children.push(first.child);
    const sold = await sellSeat({ ...setup, url: first.url }, key, event, 0);
    await receiver.until((r) => r.length === 1, 10_000);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const [row] = await query<{ status: string; attempts: number }>(setup.app.orm.em.fork(), `select status, attempts from webhook_outbox where event_id = ?`, [Number(event.id)]);
    expect(row).toEqual({ status: 'PENDING', attempts: 1 });

    const second = await startApi(setup.databaseUrl, port);
    children.push(second.child);
    // The dead process's claim runs out (its timeout plus 5 s), then the new one sends it again.
    await receiver.until((r) => r.length === 2, 15_000);
    const [, again] = receiver.received;
    expect(again!.id).toBe(receiver.received[0]!.id);
    expect(again!.verified).toMatchObject({ type: 'ORDER_CONFIRMED', data: { orderId: sold.orderId } });
    await new Promise((r) => setTimeout(r, 300));
    const [after] = await query<{ status: string }>(setup.app.orm.em.fork(), `select status from webhook_outbox where event_id = ?`, [Number(event.id)]);
    expect(after!.status).toBe('DELIVERED');
  }, 60_000);
});
