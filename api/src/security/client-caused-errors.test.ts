import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createAccount, gql, ok, openRawSocket, startTestServer, type TestServer } from '../../test/harness.ts';
import { loadConfig } from '../config.ts';
import { holdTotal } from '../holds/hold-contents.ts';
import { query } from '../db/sql.ts';
import { capturingLogger, post, type RawResponse } from './test-support.ts';

/**
 * Issue 11, finding 7: inputs any client can send that reached INTERNAL_SERVER_ERROR (or a 500).
 * The server runs with the production budgets (rate limits on), as the attacks did.
 */
let server: TestServer;
const log = capturingLogger();
beforeAll(async () => {
  // Production's budgets, but the held-items one: its tests hold the largest hold there is.
  server = await startTestServer({ config: { security: loadConfig({ RATE_LIMIT_HELD_ITEMS_PER_IP: '0' }).security }, logger: log.logger });
});
afterAll(() => server.close());

const codes = (r: RawResponse) => (r.json?.errors ?? []).map((e) => e.extensions?.['code']);
const errorsLogged = () => log.records.filter((r) => r.level >= 50);

/** A valid address of exactly `length` characters (domain labels of at most 61, as DNS allows). */
function longEmail(length: number): string {
  let local = `l${randomUUID().replaceAll('-', '')}`.slice(0, 30);
  let rest = length - local.length - 1 - 'com'.length;
  const labels: string[] = [];
  while (rest > 62) {
    labels.push('d'.repeat(61));
    rest -= 62;
  }
  if (rest === 1) local += 'x';
  else labels.push('e'.repeat(rest - 1));
  return `${local}@${labels.join('.')}.com`;
}

describe('client mistakes that used to be internal errors get a documented 4xx code', () => {
  it('a body that claims gzip, deflate or br but is not: 400 BAD_REQUEST, nothing logged as an error', async () => {
    const before = errorsLogged().length;
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const result = await post(server, '{"query":"{ __typename }"}', { 'content-encoding': encoding });
      expect(result.status, encoding).toBe(400);
      expect(codes(result), encoding).toEqual(['BAD_REQUEST']);
    }
    expect(errorsLogged().length).toBe(before);
  });

  it('emails of 243 to 254 characters sign up and log in (the rate-limit key no longer overflows its column)', async () => {
    for (const length of [243, 254]) {
      const email = longEmail(length);
      expect(email).toHaveLength(length);
      const signUp = await gql<{ signUp: { user: { email: string } } }>(
        server,
        `mutation($e: String!) { signUp(email: $e, password: "correct horse battery", name: "Long") { user { email } } }`,
        { e: email },
      );
      expect(signUp.errors, String(length)).toBeUndefined();
      const wrong = await gql(server, `mutation($e: String!) { logIn(email: $e, password: "wrong horse battery") { token } }`, { e: email });
      expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
      await ok(server, `mutation($e: String!) { logIn(email: $e, password: "correct horse battery") { token } }`, { e: email });
    }
  });

  it('an events(after:) cursor that encodes a date PostgreSQL cannot store: BAD_USER_INPUT', async () => {
    for (const date of ['+275760-09-13T00:00:00.000Z', '-000001-01-01T00:00:00.000Z', '+010000-01-01T00:00:00.000Z']) {
      const cursor = Buffer.from(JSON.stringify([date, 1])).toString('base64url');
      const result = await gql(server, `query($after: String) { events(after: $after) { totalCount } }`, { after: cursor });
      expect(codeOf(result), date).toBe('BAD_USER_INPUT');
    }
    const hugeId = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 2 ** 40])).toString('base64url');
    expect(codeOf(await gql(server, `query($after: String) { events(after: $after) { totalCount } }`, { after: hugeId }))).toBe('BAD_USER_INPUT');
  });

  it('a DateTime PostgreSQL cannot store is refused by the scalar: BAD_USER_INPUT', async () => {
    const organizer = await createAccount(server, 'ORGANIZER');
    const input = { name: 'Far', venue: 'Away', startsAt: '+275760-09-13T00:00:00.000Z', tiers: [{ name: 'GA', kind: 'GENERAL_ADMISSION', priceCents: 100, capacity: 10 }] };
    const result = await gql(server, `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, { input }, organizer.token);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });

  it('a persisted query (APQ is off): PERSISTED_QUERY_NOT_SUPPORTED, with or without a matching hash', async () => {
    for (const body of [
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'not-the-hash' } } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' } } },
    ]) {
      const result = await post(server, JSON.stringify(body));
      expect(result.status).toBeLessThan(500);
      expect(codes(result)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
    }
  });

  it('a client sending server-only graphql-ws messages (next, error, connection_ack) is closed with 4400, not logged as an error', async () => {
    const before = errorsLogged().length;
    for (const frame of [{ type: 'next' }, { type: 'next', id: '1', payload: { data: null } }, { type: 'error', id: '1', payload: [] }, { type: 'connection_ack' }]) {
      const { acked, socket } = await openRawSocket(server.wsUrl);
      expect(acked).toBe(true);
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      socket.send(JSON.stringify(frame));
      expect(await closed, JSON.stringify(frame)).toBe(4400);
    }
    expect(errorsLogged().length).toBe(before);
  });
});

describe('prices and totals fit a GraphQL Int (32 bits)', () => {
  const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id tiers { id } } }`;
  const gaEvent = (priceCents: number) => ({
    name: `Gala ${randomUUID().slice(0, 6)}`,
    venue: 'Opera',
    startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    perOrderLimit: 100,
    tiers: [{ name: 'Box', kind: 'GENERAL_ADMISSION', priceCents, capacity: 1000 }],
  });

  it('a price over 10,000,000 cents is refused; at the bound, the largest hold totals and checks out', async () => {
    const organizer = await createAccount(server, 'ORGANIZER');
    const over = await gql(server, CREATE, { input: gaEvent(100_000_000) }, organizer.token);
    expect(codeOf(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0]!.message).toMatch(/priceCents/);
    expect(codeOf(await gql(server, CREATE, { input: gaEvent(10_000_001) }, organizer.token))).toBe('BAD_USER_INPUT');

    const { createEvent } = await ok<{ createEvent: { id: string; tiers: { id: string }[] } }>(server, CREATE, { input: gaEvent(10_000_000) }, organizer.token);
    await ok(server, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id }, organizer.token);
    const buyer = await createAccount(server);
    const { holdTickets } = await ok<{ holdTickets: { id: string; totalCents: number } }>(
      server,
      `mutation($t: ID!) { holdTickets(tierId: $t, quantity: 100) { id totalCents } }`,
      { t: createEvent.tiers[0]!.id },
      buyer.token,
    );
    expect(holdTickets.totalCents).toBe(1_000_000_000);
    const { checkout } = await ok<{ checkout: { totalCents: number } }>(
      server,
      `mutation($h: ID!) { checkout(holdId: $h, idempotencyKey: "big-one") { totalCents } }`,
      { h: holdTickets.id },
      buyer.token,
    );
    expect(checkout.totalCents).toBe(1_000_000_000);
  });

  it('a hold total is summed in 64 bits (lines priced before the bound still add up)', async () => {
    const organizer = await createAccount(server, 'ORGANIZER');
    const { createEvent } = await ok<{ createEvent: { id: string; tiers: { id: string }[] } }>(server, CREATE, { input: gaEvent(1000) }, organizer.token);
    await ok(server, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id }, organizer.token);
    const buyer = await createAccount(server);
    const { holdTickets } = await ok<{ holdTickets: { id: string } }>(server, `mutation($t: ID!) { holdTickets(tierId: $t, quantity: 22) { id } }`, { t: createEvent.tiers[0]!.id }, buyer.token);
    const em = server.app.orm.em.fork();
    // As a line held at 100,000,000 cents before prices were bounded would be.
    await query(em, `update hold_tickets set unit_price_cents = 100000000 where hold_id = ?`, [Number(holdTickets.id)]);
    expect((await holdTotal(em, Number(holdTickets.id))).totalCents).toBe(2_200_000_000);
  });
});
