import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { query } from '../db/sql.ts';
import { codeOf, gql, settle, startTestServer, type TestServer } from '../../test/harness.ts';
import { createKey, organiserWithEvent, sellSeat } from '../../test/partners-fixtures.ts';
import { WebhookReceiver } from '../../test/webhook-receiver.ts';

// A server as production runs it: webhooks to private and loopback addresses refused.
let server: TestServer;
const receiver = new WebhookReceiver();
let url: string;
beforeAll(async () => {
  const partners = { ...loadConfig({ NODE_ENV: 'test' }).partners, webhookPollMs: 50, webhookTimeoutMs: 400, webhookPrivateTargets: false };
  server = await startTestServer({ config: { partners } });
  url = await receiver.start();
});
afterAll(async () => {
  await receiver.close();
  await server.close();
});

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`;

describe('webhooks never reach the server\'s own network unless allowed (WEBHOOK_PRIVATE_TARGETS)', () => {
  it('a webhook to a loopback, private or metadata address is refused with BAD_USER_INPUT', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    for (const target of [url, 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.5:8080/hook', 'http://[::1]:9000/', 'http://localhost:9000/']) {
      const answer = await gql(server, CREATE, { input: { url: target, eventIds: [event.id], types: ['ORDER_CONFIRMED'] } }, organizer.token);
      expect(codeOf(answer), target).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message, target).toMatch(/private or loopback address/);
    }
  });

  it('a webhook whose address became private later is not called: each delivery attempt says why and the receiver hears nothing', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    // As if its name had been pointed at the loopback address after it was made.
    await query(server.app.orm.em.fork(), `insert into webhooks (organizer_id, url, secret, types, event_ids, created_at) values (?, ?, 'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdA==', '{ORDER_CONFIRMED}', ?::int[], now())`, [
      Number(organizer.id),
      url,
      `{${event.id}}`,
    ]);
    const key = await createKey(server, organizer, [event.id], ['SELL']);
    await sellSeat(server, key, event, 0);
    let attempts: { error: string | null }[] = [];
    for (let i = 0; i < 40 && attempts.length === 0; i++) {
      await settle(100);
      attempts = await query<{ error: string | null }>(server.app.orm.em.fork(), `select a.error from webhook_attempts a join webhook_outbox o on o.id = a.outbox_id join webhooks w on w.id = o.webhook_id where w.organizer_id = ?`, [Number(organizer.id)]);
    }
    expect(attempts[0]?.error).toMatch(/^not sent: .*private or loopback address/);
    expect(receiver.received).toHaveLength(0);
  });
});
