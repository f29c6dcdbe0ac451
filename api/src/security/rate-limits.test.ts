import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createEventFixture, startTestServer, type EventFixture, type TestServer } from '../../test/harness.ts';
import { query } from '../db/sql.ts';
import type { SecurityConfig } from './security-config.ts';
import { bearer, operation, type RawResponse } from './test-support.ts';

let server: TestServer;
let event: EventFixture;

/** Small budgets, and one trusted proxy so that tests can speak from several addresses. */
const withBudgets = (security: SecurityConfig): SecurityConfig => ({
  ...security,
  trustProxyHops: 1,
  rateLimits: { ...security.rateLimits, windowSeconds: 60, inventoryPerUser: 3, inventoryPerIp: 5, authPerIp: 4 },
});

beforeAll(async () => {
  const base = await startTestServer();
  server = await startTestServer({ config: { security: withBudgets(base.app.config.security) } });
  await base.close();
  event = await createEventFixture(server, { rows: 4, seatsPerRow: 10 });
});
afterAll(() => server.close());

const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 4)}`;
const from = (address: string) => ({ 'x-forwarded-for': address });
const codes = (r: RawResponse) => (r.json?.errors ?? []).map((e) => e.extensions?.['code']);
const EXTEND = `mutation($id: ID!) { extendHold(holdId: $id) { id } }`;
const LOG_IN = `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { token } }`;

function expectRateLimited(result: RawResponse) {
  expect(result.status).toBe(429);
  expect(codes(result)).toContain('RATE_LIMITED');
  const error = result.json!.errors!.find((e) => e.extensions?.['code'] === 'RATE_LIMITED')!;
  expect(error.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
  expect(Number(result.headers.get('retry-after'))).toBeGreaterThan(0);
}

describe('rate limits on the mutations that take inventory', () => {
  it('per user: the 4th inventory mutation within the window is RATE_LIMITED with a retry-after hint, from any address', async () => {
    const buyer = await createAccount(server);
    for (let i = 0; i < 3; i++) {
      const result = await operation(server, EXTEND, { id: '999999' }, { ...bearer(buyer.token), ...from(ip()) });
      expect(codes(result)).toEqual(['NOT_FOUND']); // spent a request, whatever the answer
    }
    expectRateLimited(await operation(server, EXTEND, { id: '999999' }, { ...bearer(buyer.token), ...from(ip()) }));
    // Another buyer is not affected.
    const other = await createAccount(server);
    expect(codes(await operation(server, EXTEND, { id: '999999' }, { ...bearer(other.token), ...from(ip()) }))).toEqual(['NOT_FOUND']);
  });

  it('per address: six buyers behind one address share its budget of five', async () => {
    const address = ip();
    const buyers = await Promise.all(Array.from({ length: 6 }, () => createAccount(server)));
    for (const buyer of buyers.slice(0, 5)) {
      expect(codes(await operation(server, EXTEND, { id: '999999' }, { ...bearer(buyer.token), ...from(address) }))).toEqual(['NOT_FOUND']);
    }
    expectRateLimited(await operation(server, EXTEND, { id: '999999' }, { ...bearer(buyers[5]!.token), ...from(address) }));
  });

  it('aliases do not multiply the budget: each aliased reserveSeat spends a request', async () => {
    const buyer = await createAccount(server);
    const seats = event.seats.slice(0, 4);
    const document = `mutation { ${seats.map((s, i) => `s${i}: reserveSeat(id: "${s.id}", version: ${s.version}) { id }`).join(' ')} }`;
    const result = await operation(server, document, {}, { ...bearer(buyer.token), ...from(ip()) });
    expect(result.status).toBe(429);
    expect(codes(result)).toEqual(['RATE_LIMITED']);
    // Non-null fields null the whole result; the database says what was taken: three seats.
    const [held] = await query<{ n: number }>(server.app.orm.em.fork(), `select count(*)::int as n from seats where holder_id = ?`, [buyer.id]);
    expect(held!.n).toBe(3);
  });

  it('the budget is kept in PostgreSQL: two instances on one database share it', async () => {
    const second = await startTestServer({ shareDatabaseWith: server, config: { security: server.app.config.security } });
    try {
      const buyer = await createAccount(server);
      const address = ip();
      expect(codes(await operation(server, EXTEND, { id: '999999' }, { ...bearer(buyer.token), ...from(address) }))).toEqual(['NOT_FOUND']);
      expect(codes(await operation(second, EXTEND, { id: '999999' }, { ...bearer(buyer.token), ...from(address) }))).toEqual(['NOT_FOUND']);
      expect(codes(await operation(server, EXTEND, { id: '999999' }, { ...bearer(buyer.token), ...from(address) }))).toEqual(['NOT_FOUND']);
      expectRateLimited(await operation(second, EXTEND, { id: '999999' }, { ...bearer(buyer.token), ...from(address) }));
    } finally {
      await second.close();
    }
  });

  it('an X-Forwarded-For entry the client wrote itself is not believed beyond the trusted proxy', async () => {
    const buyers = await Promise.all(Array.from({ length: 6 }, () => createAccount(server)));
    const proxy = ip();
    // The client prepends a fresh fake address each time; the proxy appends the real one.
    for (const buyer of buyers.slice(0, 5)) {
      await operation(server, EXTEND, { id: '999999' }, { ...bearer(buyer.token), 'x-forwarded-for': `${ip()}, ${proxy}` });
    }
    expectRateLimited(await operation(server, EXTEND, { id: '999999' }, { ...bearer(buyers[5]!.token), 'x-forwarded-for': `${ip()}, ${proxy}` }));
  });
});

describe('rate limits on logIn and signUp (brute force)', () => {
  it('no budget per account: attempts on one email from other addresses never refuse its owner (login-throttle.test.ts counts failures)', async () => {
    const email = `target-${randomUUID()}@example.com`;
    await operation(server, `mutation($e: String!) { signUp(email: $e, password: "correct horse battery", name: "T") { token } }`, { e: email }, from(ip()));
    for (let i = 0; i < 3; i++) expect(codes(await operation(server, LOG_IN, { email, password: 'wrong password 1' }, from(ip())))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await operation(server, LOG_IN, { email, password: 'correct horse battery' }, from(ip())))).toEqual([]);
  });

  it('per address: the 5th attempt from one address is RATE_LIMITED whatever the emails', async () => {
    const address = ip();
    for (let i = 0; i < 4; i++) {
      expect(codes(await operation(server, LOG_IN, { email: `nobody-${randomUUID()}@example.com`, password: 'guess guess' }, from(address)))).toEqual(['UNAUTHENTICATED']);
    }
    expectRateLimited(await operation(server, LOG_IN, { email: `nobody-${randomUUID()}@example.com`, password: 'guess guess' }, from(address)));
  });
});
