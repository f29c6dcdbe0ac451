import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createEventFixture, startTestServer, type EventFixture, type TestServer } from '../../test/harness.ts';
import { QUEUE_TEST_CONFIG, queuedEvent } from '../queue/test-support.ts';
import type { SecurityConfig } from './security-config.ts';
import { bearer, operation, type RawResponse } from './test-support.ts';

/**
 * Issue 11, finding 2's rest: one address cannot mint accounts, hoard seats through many accounts,
 * or take many places in a waiting room. Small budgets; one trusted proxy so tests speak from many addresses.
 */
let server: TestServer;
let event: EventFixture;
const withBudgets = (security: SecurityConfig): SecurityConfig => ({
  ...security,
  trustProxyHops: 1,
  rateLimits: { ...security.rateLimits, signUpsPerIpPerHour: 3, heldItemsPerIp: 10, heldItemsWindowSeconds: 900, queueJoinsPerIpPerHour: 2 },
});

beforeAll(async () => {
  const base = await startTestServer();
  server = await startTestServer({ config: { ...QUEUE_TEST_CONFIG, security: withBudgets(base.app.config.security) } });
  await base.close();
  event = await createEventFixture(server, { rows: 4, seatsPerRow: 10 });
});
afterAll(() => server.close());

const ip = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 4)}`;
const from = (address: string) => ({ 'x-forwarded-for': address });
const codes = (r: RawResponse) => (r.json?.errors ?? []).map((e) => e.extensions?.['code']);
const SIGN_UP = `mutation($email: String!) { signUp(email: $email, password: "a very long and unusual passphrase 7", name: "Someone") { token } }`;
const RESERVE_MANY = `mutation($seats: [SeatVersionInput!]!) { reserveSeats(seats: $seats) { id } }`;
const JOIN = `mutation($e: ID!) { joinQueue(eventId: $e) { id } }`;

describe('per-address budgets', () => {
  it('sign-ups: the 4th account from one address within the hour is RATE_LIMITED; another address signs up', async () => {
    const address = ip();
    for (let i = 0; i < 3; i++) expect(codes(await operation(server, SIGN_UP, { email: `bot-${randomUUID()}@example.com` }, from(address)))).toEqual([]);
    const fourth = await operation(server, SIGN_UP, { email: `bot-${randomUUID()}@example.com` }, from(address));
    expect(fourth.status).toBe(429);
    expect(codes(fourth)).toEqual(['RATE_LIMITED']);
    expect(codes(await operation(server, SIGN_UP, { email: `person-${randomUUID()}@example.com` }, from(ip())))).toEqual([]);
  });

  it('held seats: fresh accounts behind one address share one budget of seats (8 + 3 > 10), whoever asks', async () => {
    const address = ip();
    const [one, two, elsewhere] = [await createAccount(server), await createAccount(server), await createAccount(server)];
    const seats = (start: number, n: number) => event.seats.slice(start, start + n).map((s) => ({ id: s.id, version: s.version }));
    expect(codes(await operation(server, RESERVE_MANY, { seats: seats(0, 8) }, { ...bearer(one.token), ...from(address) }))).toEqual([]);
    const refused = await operation(server, RESERVE_MANY, { seats: seats(8, 3) }, { ...bearer(two.token), ...from(address) });
    expect(refused.status).toBe(429);
    expect(codes(refused)).toEqual(['RATE_LIMITED']);
    expect(codes(await operation(server, RESERVE_MANY, { seats: seats(8, 3) }, { ...bearer(elsewhere.token), ...from(ip()) }))).toEqual([]);
  });

  it('queue places: a third account joining from one address is RATE_LIMITED; asking again for a ticket one has costs nothing', async () => {
    const queued = await queuedEvent(server);
    const address = ip();
    const buyers = [await createAccount(server), await createAccount(server), await createAccount(server)];
    for (const buyer of buyers.slice(0, 2)) expect(codes(await operation(server, JOIN, { e: queued.id }, { ...bearer(buyer.token), ...from(address) }))).toEqual([]);
    for (let i = 0; i < 3; i++) expect(codes(await operation(server, JOIN, { e: queued.id }, { ...bearer(buyers[0]!.token), ...from(address) }))).toEqual([]);
    const third = await operation(server, JOIN, { e: queued.id }, { ...bearer(buyers[2]!.token), ...from(address) });
    expect(third.status).toBe(429);
    expect(codes(third)).toEqual(['RATE_LIMITED']);
    expect(codes(await operation(server, JOIN, { e: queued.id }, { ...bearer(buyers[2]!.token), ...from(ip()) }))).toEqual([]);
  });
});
