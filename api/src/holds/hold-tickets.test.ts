import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/sql.ts';
import { codeOf, createAccount, createBuyers, createEventFixture, gql, ok, startTestServer, type TestServer } from '../../test/harness.ts';

const HOLD_TICKETS = `mutation($tier: ID!, $q: Int!) { holdTickets(tierId: $tier, quantity: $q) { id status totalCents tickets { quantity unitPriceCents } } }`;
const CHECKOUT = `mutation($hold: ID!, $key: String!) { checkout(holdId: $hold, idempotencyKey: $key) { id status totalCents tickets { priceCents } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function tierCounts(tierId: string) {
  const [row] = await query<{ capacity: number; held: number; sold: number }>(
    server.app.orm.em.fork(),
    `select capacity, held, sold from tiers where id = ?`,
    [Number(tierId)],
  );
  return row!;
}

describe('general admission', () => {
  it('20 buyers racing for the last 10 tickets: exactly 10 held, 10 SOLD_OUT; after checkout exactly 10 sold', async () => {
    const event = await createEventFixture(server, { rows: 0, gaCapacity: 10 });
    const tier = event.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    const buyers = await createBuyers(server, 20);
    const results = await Promise.all(buyers.map((b) => gql<{ holdTickets: { id: string } }>(server, HOLD_TICKETS, { tier: tier.id, q: 1 }, b.token)));
    const winners = results.map((r, i) => ({ r, buyer: buyers[i]! })).filter(({ r }) => r.data?.holdTickets);
    expect(winners).toHaveLength(10);
    expect(results.filter((r) => codeOf(r) === 'SOLD_OUT')).toHaveLength(10);
    expect(await tierCounts(tier.id)).toEqual({ capacity: 10, held: 10, sold: 0 });

    await Promise.all(winners.map(({ r, buyer }) => ok(server, CHECKOUT, { hold: r.data!.holdTickets.id, key: 'k' }, buyer.token)));
    expect(await tierCounts(tier.id)).toEqual({ capacity: 10, held: 0, sold: 10 });
    const [tickets] = await query<{ n: number }>(server.app.orm.em.fork(), `select count(*)::int as n from order_tickets where tier_id = ? and active`, [Number(tier.id)]);
    expect(tickets!.n).toBe(10);
  });

  it('of concurrent requests for 3 when 10 remain, exactly 3 succeed (9 tickets) and the rest are SOLD_OUT', async () => {
    const event = await createEventFixture(server, { rows: 0, gaCapacity: 10 });
    const tier = event.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    const buyers = await createBuyers(server, 8);
    const results = await Promise.all(buyers.map((b) => gql(server, HOLD_TICKETS, { tier: tier.id, q: 3 }, b.token)));
    expect(results.filter((r) => r.data?.['holdTickets'])).toHaveLength(3);
    expect(results.filter((r) => codeOf(r) === 'SOLD_OUT')).toHaveLength(5);
    expect(await tierCounts(tier.id)).toMatchObject({ held: 9, sold: 0 });
  });

  it('fixes the price when held and adds up several holdTickets in one hold', async () => {
    const event = await createEventFixture(server, { rows: 0, gaCapacity: 100 });
    const tier = event.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    const buyer = await createAccount(server);
    await ok(server, HOLD_TICKETS, { tier: tier.id, q: 2 }, buyer.token);
    const { holdTickets } = await ok<{ holdTickets: { id: string; totalCents: number; tickets: { quantity: number }[] } }>(
      server, HOLD_TICKETS, { tier: tier.id, q: 1 }, buyer.token,
    );
    expect(holdTickets.totalCents).toBe(9000);
    expect(holdTickets.tickets).toEqual([{ quantity: 3, unitPriceCents: 3000 }]);
  });

  it('refuses quantities out of range, reserved tiers, and more than the per-order limit', async () => {
    const event = await createEventFixture(server, { rows: 1, gaCapacity: 100, perOrderLimit: 4 });
    const ga = event.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    const reserved = event.tiers.find((t) => t.kind === 'RESERVED')!;
    const buyer = await createAccount(server);
    expect(codeOf(await gql(server, HOLD_TICKETS, { tier: ga.id, q: 0 }, buyer.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server, HOLD_TICKETS, { tier: ga.id, q: -5 }, buyer.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server, HOLD_TICKETS, { tier: reserved.id, q: 1 }, buyer.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server, HOLD_TICKETS, { tier: ga.id, q: 5 }, buyer.token))).toBe('LIMIT_EXCEEDED');
    expect(await tierCounts(ga.id)).toMatchObject({ held: 0 });
  });
});
