import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { query } from '../db/sql.ts';
import { codeOf, createAccount, createEventFixture, gql, ok, settle, startTestServer, type Account, type TestServer } from '../../test/harness.ts';
import { CHECK_IN, createKey, organiserWithEvent, sellSeat } from '../../test/partners-fixtures.ts';
import { WebhookReceiver } from '../../test/webhook-receiver.ts';

let server: TestServer;
let receiver: WebhookReceiver;
let url: string;
beforeAll(async () => {
  const partners = { ...loadConfig({ NODE_ENV: 'test' }).partners, webhookPollMs: 50, webhookTimeoutMs: 400 };
  server = await startTestServer({ config: { partners } });
});
afterAll(() => server.close());
afterEach(() => receiver?.close());

const ALL_TYPES = ['ORDER_CONFIRMED', 'ORDER_CANCELLED', 'HOLD_EXPIRED', 'TICKET_CHECKED_IN', 'TIER_SOLD_OUT'];

async function hook(organizer: Account, eventIds: string[], types = ALL_TYPES): Promise<string> {
  receiver = new WebhookReceiver();
  url = await receiver.start();
  const { createWebhook } = await ok<{ createWebhook: { webhook: { id: string }; secret: string } }>(
    server,
    `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } secret } }`,
    { input: { url, eventIds, types } },
    organizer.token,
  );
  receiver.secret = createWebhook.secret;
  return createWebhook.webhook.id;
}

const DELIVERIES = `query($w: ID!) { webhookDeliveries(webhookId: $w, first: 50) { totalCount edges { node { id messageId type status nextAttemptAt deliveredAt attempts { statusCode error } } } } }`;
type Delivery = { id: string; messageId: string; type: string; status: string; nextAttemptAt: string | null; deliveredAt: string | null; attempts: { statusCode: number | null; error: string | null }[] };
const deliveriesOf = async (organizer: Account, webhookId: string) =>
  (await ok<{ webhookDeliveries: { edges: { node: Delivery }[] } }>(server, DELIVERIES, { w: webhookId }, organizer.token)).webhookDeliveries.edges.map((e) => e.node);

const count = async (sql: string, params: unknown[] = []) => (await query<{ n: number }>(server.app.orm.em.fork(), sql, params))[0]!.n;
const ofType = (type: string) => receiver.received.filter((r) => r.verified?.type === type);

describe('webhooks', () => {
  it('every confirmed order is delivered, signed the Standard Webhooks way', async () => {
    const { organizer, event } = await organiserWithEvent(server, { rows: 2, seatsPerRow: 10 });
    const webhookId = await hook(organizer, [event.id], ['ORDER_CONFIRMED']);
    const key = await createKey(server, organizer, [event.id], ['SELL']);
    const sales = await Promise.all(Array.from({ length: 8 }, (_, i) => sellSeat(server, key, event, i)));
    await receiver.until((r) => r.length >= 8);
    await settle(200);
    expect(receiver.received).toHaveLength(8);
    expect(receiver.received.every((r) => r.verified !== null && /^v1,[A-Za-z0-9+/]+=*$/.test(r.signature))).toBe(true);
    expect(new Set(receiver.received.map((r) => r.verified!.data['orderId']))).toEqual(new Set(sales.map((s) => s.orderId)));
    const first = receiver.received[0]!.verified!.data as { buyer: { email: string }; tickets: { seat: { section: string } }[] };
    expect(first.buyer.email).toMatch(/@example\.com$/);
    expect(first.tickets[0]!.seat.section).toBe('A');
    const deliveries = await deliveriesOf(organizer, webhookId);
    expect(deliveries.map((d) => [d.status, d.attempts.length, d.attempts[0]!.statusCode])).toEqual(Array(8).fill(['DELIVERED', 1, 200]));
  });

  it('a receiver that answers 500 gets the delivery again later, with the same webhook-id', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    const webhookId = await hook(organizer, [event.id], ['ORDER_CONFIRMED']);
    receiver.respond = (_r, nth) => (nth === 1 ? 500 : 200);
    const key = await createKey(server, organizer, [event.id], ['SELL']);
    await sellSeat(server, key, event, 0);
    await receiver.until((r) => r.length === 1);
    await settle(300);
    // Not again at once: the next attempt waits its turn (5 s after the first failure).
    expect(receiver.received).toHaveLength(1);
    const [pending] = await deliveriesOf(organizer, webhookId);
    expect(pending).toMatchObject({ status: 'PENDING', attempts: [{ statusCode: 500 }] });
    expect(new Date(pending!.nextAttemptAt!).getTime() - server.clock.now().getTime()).toBeGreaterThan(3000);
    server.clock.advance(5000);
    await receiver.until((r) => r.length === 2);
    expect(receiver.received[1]!.id).toBe(receiver.received[0]!.id);
    await settle(100);
    const [delivered] = await deliveriesOf(organizer, webhookId);
    expect(delivered).toMatchObject({ status: 'DELIVERED', attempts: [{ statusCode: 500 }, { statusCode: 200 }] });
  });

  it('a receiver that does not answer in time gets the delivery again later', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    const webhookId = await hook(organizer, [event.id], ['ORDER_CONFIRMED']);
    receiver.respond = (_r, nth) => (nth === 1 ? 'hang' : 204);
    const key = await createKey(server, organizer, [event.id], ['SELL']);
    await sellSeat(server, key, event, 0);
    await receiver.until((r) => r.length === 1);
    await settle(700);
    const [timedOut] = await deliveriesOf(organizer, webhookId);
    expect(timedOut).toMatchObject({ status: 'PENDING', attempts: [{ statusCode: null, error: 'no answer within 400 ms' }] });
    server.clock.advance(5000);
    await receiver.until((r) => r.length === 2);
    await settle(100);
    expect((await deliveriesOf(organizer, webhookId))[0]).toMatchObject({ status: 'DELIVERED', attempts: [{ statusCode: null }, { statusCode: 204 }] });
  });

  it('no delivery for a change that rolled back: a failed checkout writes none, and racing checkouts and releases deliver exactly the orders made', async () => {
    const organizer = await createAccount(server, 'ORGANIZER');
    const { createEvent } = await ok<{ createEvent: { id: string; tiers: { id: string }[] } }>(
      server,
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { id tiers { id } } }`,
      { input: { name: 'Gala', venue: 'Hall', startsAt: new Date(Date.now() + 86_400_000).toISOString(), perOrderLimit: 100, tiers: [{ name: 'Gold', kind: 'GENERAL_ADMISSION', priceCents: 10_000_000, capacity: 100 }] } },
      organizer.token,
    );
    await ok(server, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id }, organizer.token);
    await hook(organizer, [createEvent.id]);
    const buyer = await createAccount(server);
    const { holdTickets } = await ok<{ holdTickets: { id: string } }>(server, `mutation($t: ID!) { holdTickets(tierId: $t, quantity: 30) { id } }`, { t: createEvent.tiers[0]!.id }, buyer.token);
    // A constraint this test adds refuses the order row, so the whole checkout statement (its
    // outbox row included) fails and rolls back, as any failure inside the statement would.
    await query(server.app.orm.em.fork(), `alter table orders add constraint test_refuses_this_key check (idempotency_key <> 'refused-by-test')`);
    const failed = await gql(server, `mutation($h: ID!) { checkout(holdId: $h, idempotencyKey: "refused-by-test") { id } }`, { h: holdTickets.id }, buyer.token);
    await query(server.app.orm.em.fork(), `alter table orders drop constraint test_refuses_this_key`);
    expect(codeOf(failed)).toBe('INTERNAL_SERVER_ERROR');
    await settle(300);
    const galaRows = await count(`select count(*)::int as n from webhook_outbox where event_id = ?`, [Number(createEvent.id)]);
    expect(galaRows).toBe(0);
    expect(receiver.received).toHaveLength(0);
    await receiver.close();

    const { organizer: other, event } = await organiserWithEvent(server, { rows: 2, seatsPerRow: 10 });
    await hook(other, [event.id]);
    const buyers = await Promise.all(Array.from({ length: 12 }, () => createAccount(server)));
    await Promise.all(
      buyers.map(async (b, i) => {
        const seat = event.seats[i]!;
        const { reserveSeat } = await ok<{ reserveSeat: { hold: { id: string } } }>(server, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { hold { id } } }`, { id: seat.id, v: seat.version }, b.token);
        await Promise.all([
          gql(server, `mutation($h: ID!) { checkout(holdId: $h, idempotencyKey: "race") { id } }`, { h: reserveSeat.hold.id }, b.token),
          gql(server, `mutation($h: ID!) { releaseHold(holdId: $h) { id } }`, { h: reserveSeat.hold.id }, b.token),
        ]);
      }),
    );
    const orders = await count(`select count(*)::int as n from orders where event_id = ?`, [Number(event.id)]);
    await receiver.until((r) => ofType('ORDER_CONFIRMED').length >= orders, 5000);
    await settle(300);
    const rows = await count(`select count(*)::int as n from webhook_outbox where type = 'ORDER_CONFIRMED' and event_id = ?`, [Number(event.id)]);
    expect(rows).toBe(orders);
    expect(ofType('ORDER_CONFIRMED')).toHaveLength(orders);
    expect(ofType('ORDER_CONFIRMED').every((r) => r.verified!.data['eventId'] === event.id)).toBe(true);
  });

  it('holds expiring, orders cancelled, tickets checked in and tiers selling out are delivered too; redelivery sends one again', async () => {
    const { organizer, event } = await organiserWithEvent(server, { rows: 1, seatsPerRow: 2, gaCapacity: 2 });
    const webhookId = await hook(organizer, [event.id]);
    const buyer = await createAccount(server);
    const seat = event.seats[0]!;
    await ok(server, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id } }`, { id: seat.id, v: seat.version }, buyer.token);
    server.clock.advance(181_000);
    await server.sweeper.sweepNow();
    await receiver.until(() => ofType('HOLD_EXPIRED').length === 1);
    expect(ofType('HOLD_EXPIRED')[0]!.verified!.data['seats']).toMatchObject([{ id: seat.id, status: 'AVAILABLE', version: seat.version + 2 }]);

    // The GA tier sells out in one checkout; the reserved one once its two seats are sold (the tier-count job).
    const key = await createKey(server, organizer, [event.id], ['SELL', 'CHECK_IN']);
    const ga = event.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    const { holdTickets } = await ok<{ holdTickets: { id: string } }>(server, `mutation($t: ID!) { holdTickets(tierId: $t, quantity: 2) { id } }`, { t: ga.id }, buyer.token);
    await ok(server, `mutation($h: ID!) { checkout(holdId: $h, idempotencyKey: "ga") { id } }`, { h: holdTickets.id }, buyer.token);
    const first = await sellSeat(server, key, { ...event, seats: event.seats.map((s, i) => (i === 0 ? { ...s, version: s.version + 2 } : s)) }, 0);
    await sellSeat(server, key, event, 1);
    await server.tierCounts.runNow();
    await receiver.until(() => ofType('TIER_SOLD_OUT').length === 2);
    expect(ofType('TIER_SOLD_OUT').map((r) => r.verified!.data['kind']).sort()).toEqual(['GENERAL_ADMISSION', 'RESERVED']);

    await ok(server, CHECK_IN, { e: event.id, s: first.secret }, key.secret);
    await ok(server, `mutation($id: ID!) { cancelOrder(id: $id) { id } }`, { id: first.orderId }, key.secret);
    await receiver.until(() => ofType('TICKET_CHECKED_IN').length === 1 && ofType('ORDER_CANCELLED').length === 1);
    expect(ofType('ORDER_CANCELLED')[0]!.verified!.data).toMatchObject({ orderId: first.orderId, status: 'CANCELLED' });

    const delivered = (await deliveriesOf(organizer, webhookId)).find((d) => d.type === 'ORDER_CANCELLED')!;
    const before = receiver.received.length;
    await ok(server, `mutation($d: ID!) { redeliverWebhook(deliveryId: $d) { id status } }`, { d: delivered.id }, organizer.token);
    await receiver.until((r) => r.length === before + 1);
    expect(receiver.received.at(-1)!.id).toBe(delivered.messageId);
    expect(codeOf(await gql(server, `mutation($d: ID!) { redeliverWebhook(deliveryId: $d) { id } }`, { d: delivered.id }, (await createAccount(server, 'ORGANIZER')).token))).toBe('NOT_FOUND');
  });

  it('a webhook takes only the organiser’s own events and an http(s) URL', async () => {
    const mine = await organiserWithEvent(server);
    const theirs = await createEventFixture(server);
    const create = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`;
    expect(codeOf(await gql(server, create, { input: { url: 'http://127.0.0.1:1/x', eventIds: [theirs.id], types: ['ORDER_CONFIRMED'] } }, mine.organizer.token))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server, create, { input: { url: 'ftp://example.com/x', eventIds: [mine.event.id], types: ['ORDER_CONFIRMED'] } }, mine.organizer.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server, create, { input: { url: 'http://127.0.0.1:1/x', eventIds: [mine.event.id], types: [] } }, mine.organizer.token))).toBe('BAD_USER_INPUT');
  });
});
