import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from '../db/invariants.ts';
import { query } from '../db/sql.ts';
import { codeOf, createAccount, createBuyers, createEventFixture, gql, ok, startTestServer, type TestServer } from '../../test/harness.ts';

const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id } }`;
const CHECKOUT = `mutation($hold: ID!, $key: String!) { checkout(holdId: $hold, idempotencyKey: $key) { id status totalCents tickets { priceCents seat { id status } } } }`;
const CANCEL = `mutation($id: ID!) { cancelOrder(id: $id) { id status } }`;
const MY_HOLD = `{ me { holds { id } } }`;

interface OrderResult {
  checkout: { id: string; status: string; totalCents: number; tickets: { priceCents: number; seat: { id: string; status: string } | null }[] };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function holdSeats(count: number, buyerToken?: string) {
  const event = await createEventFixture(server, { rows: 1, seatsPerRow: Math.max(count, 2), gaCapacity: 20 });
  const buyer = buyerToken ? { token: buyerToken } : await createAccount(server);
  for (const seat of event.seats.slice(0, count)) await ok(server, RESERVE, { id: seat.id, version: seat.version }, buyer.token);
  const { me } = await ok<{ me: { holds: { id: string }[] } }>(server, MY_HOLD, {}, buyer.token);
  return { event, buyer, holdId: me.holds[0]!.id };
}

describe('checkout', () => {
  it('turns the hold into a confirmed order: seats SOLD, total from the prices fixed at hold time', async () => {
    const { buyer, holdId } = await holdSeats(2);
    const { checkout } = await ok<OrderResult>(server, CHECKOUT, { hold: holdId, key: 'order-1' }, buyer.token);
    expect(checkout.status).toBe('CONFIRMED');
    expect(checkout.totalCents).toBe(10_000);
    expect(checkout.tickets.map((t) => t.seat?.status)).toEqual(['SOLD', 'SOLD']);
  });

  it('the same idempotency key returns the same order, also when sent twice at once', async () => {
    const { buyer, holdId } = await holdSeats(2);
    const results = await Promise.all(Array.from({ length: 5 }, () => gql<OrderResult>(server, CHECKOUT, { hold: holdId, key: 'retry-key' }, buyer.token)));
    const ids = new Set(results.map((r) => r.data?.checkout.id));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(ids.size).toBe(1);
    const [orders] = await query<{ n: number }>(server.app.orm.em.fork(), `select count(*)::int as n from orders where hold_id = ?`, [Number(holdId)]);
    expect(orders!.n).toBe(1);
  });

  it('a released or expired hold cannot be checked out: HOLD_EXPIRED', async () => {
    const released = await holdSeats(1);
    await ok(server, `mutation($id: ID!) { releaseHold(holdId: $id) { id } }`, { id: released.holdId }, released.buyer.token);
    expect(codeOf(await gql(server, CHECKOUT, { hold: released.holdId, key: 'a' }, released.buyer.token))).toBe('HOLD_EXPIRED');

    const expired = await holdSeats(1);
    const clock = server.clock;
    clock.advance(4 * 60_000);
    expect(codeOf(await gql(server, CHECKOUT, { hold: expired.holdId, key: 'b' }, expired.buyer.token))).toBe('HOLD_EXPIRED');
  });

  it('another buyer cannot check out or cancel what is not theirs, and learns no more than of a missing one: NOT_FOUND', async () => {
    const { buyer, holdId } = await holdSeats(1);
    const stranger = await createAccount(server);
    const theirs = await gql(server, CHECKOUT, { hold: holdId, key: 'x' }, stranger.token);
    const missing = await gql(server, CHECKOUT, { hold: '99999999', key: 'x' }, stranger.token);
    expect([codeOf(theirs), codeOf(missing)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(theirs.errors![0]!.message.replace(holdId, 'ID')).toBe(missing.errors![0]!.message.replace('99999999', 'ID'));
    const { checkout } = await ok<OrderResult>(server, CHECKOUT, { hold: holdId, key: 'x' }, buyer.token);
    const theirOrder = await gql(server, CANCEL, { id: checkout.id }, stranger.token);
    const missingOrder = await gql(server, CANCEL, { id: '99999999' }, stranger.token);
    expect([codeOf(theirOrder), codeOf(missingOrder)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(theirOrder.errors![0]!.message.replace(checkout.id, 'ID')).toBe(missingOrder.errors![0]!.message.replace('99999999', 'ID'));
    const [order] = await query<{ status: string }>(server.app.orm.em.fork(), `select status from orders where id = ?`, [Number(checkout.id)]);
    expect(order!.status).toBe('CONFIRMED');
  });

  it('cancelOrder puts seats and GA tickets back on sale, once, even when sent twice at once', async () => {
    const { event, buyer } = await holdSeats(2);
    const ga = event.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    const { holdTickets } = await ok<{ holdTickets: { id: string } }>(
      server, `mutation($t: ID!) { holdTickets(tierId: $t, quantity: 3) { id } }`, { t: ga.id }, buyer.token,
    );
    const { checkout } = await ok<OrderResult>(server, CHECKOUT, { hold: holdTickets.id, key: 'c' }, buyer.token);
    expect(checkout.tickets).toHaveLength(5);
    const results = await Promise.all([gql(server, CANCEL, { id: checkout.id }, buyer.token), gql(server, CANCEL, { id: checkout.id }, buyer.token)]);
    expect(results.map((r) => (r.data?.['cancelOrder'] as { status: string }).status)).toEqual(['CANCELLED', 'CANCELLED']);
    const [tier] = await query<{ held: number; sold: number }>(server.app.orm.em.fork(), `select held, sold from tiers where id = ?`, [Number(ga.id)]);
    expect(tier).toEqual({ held: 0, sold: 0 });
    const [seats] = await query<{ available: number }>(
      server.app.orm.em.fork(),
      `select count(*)::int as available from seats where event_id = ? and status = 'AVAILABLE'`,
      [Number(event.id)],
    );
    expect(seats!.available).toBe(event.seats.length);
  });

  it('checkout racing expiry: each hold ends as exactly one of order or expiry, never a sold seat without an order', async () => {
    // Every hold is set to expire at the same instant; checkouts are fired over the second around it
    // while the sweeper runs every 20 ms.
    const racy = await startTestServer({ config: { sweepIntervalMs: 20 } });
    try {
      const event = await createEventFixture(racy, { rows: 2, seatsPerRow: 20 });
      const buyers = await createBuyers(racy, 40);
      const holds = await Promise.all(
        buyers.map(async (buyer, i) => {
          const seat = event.seats[i]!;
          await ok(racy, RESERVE, { id: seat.id, version: seat.version }, buyer.token);
          const { me } = await ok<{ me: { holds: { id: string }[] } }>(racy, MY_HOLD, {}, buyer.token);
          return { buyer, holdId: me.holds[0]!.id };
        }),
      );
      const expiry = new Date(Date.now() + 500);
      await query(racy.app.orm.em.fork(), `update holds set expires_at = ? where event_id = ? and status = 'ACTIVE'`, [expiry, Number(event.id)]);
      const results = await Promise.all(
        holds.map(async ({ buyer, holdId }, i) => {
          await new Promise((r) => setTimeout(r, i * 25));
          return gql<OrderResult>(racy, CHECKOUT, { hold: holdId, key: `race-${i}` }, buyer.token);
        }),
      );
      await racy.sweeper.sweepNow();
      const succeeded = results.filter((r) => r.data?.checkout).length;
      const expired = results.filter((r) => codeOf(r) === 'HOLD_EXPIRED').length;
      expect(succeeded + expired).toBe(holds.length);
      // Both outcomes happened, so the race was real.
      expect(succeeded).toBeGreaterThan(0);
      expect(expired).toBeGreaterThan(0);

      const em = racy.app.orm.em.fork();
      const states = await query<{ status: string; orders: number; sold: number; available: number }>(
        em,
        `select h.status,
                (select count(*)::int from orders o where o.hold_id = h.id) as orders,
                (select count(*)::int from seats s join orders o on o.id = s.order_id where o.hold_id = h.id and s.status = 'SOLD') as sold,
                (select count(*)::int from hold_seats hs join seats s on s.id = hs.seat_id where hs.hold_id = h.id and s.status = 'AVAILABLE') as available
         from holds h where h.event_id = ?`,
        [Number(event.id)],
      );
      for (const state of states) {
        if (state.status === 'CHECKED_OUT') expect(state).toEqual({ status: 'CHECKED_OUT', orders: 1, sold: 1, available: 0 });
        else expect(state).toEqual({ status: 'EXPIRED', orders: 0, sold: 0, available: 1 });
      }
      expect(states.filter((s) => s.status === 'CHECKED_OUT')).toHaveLength(succeeded);
      const [orphans] = await query<{ n: number }>(
        em,
        `select count(*)::int as n from seats where event_id = ? and status = 'SOLD' and order_id not in (select id from orders where status = 'CONFIRMED')`,
        [Number(event.id)],
      );
      expect(orphans!.n).toBe(0);
      expect(await findViolations(em)).toEqual([]);
    } finally {
      await racy.close();
    }
  });

  it('rejects an empty or oversized idempotency key and an empty hold', async () => {
    const { buyer, holdId } = await holdSeats(1);
    expect(codeOf(await gql(server, CHECKOUT, { hold: holdId, key: '' }, buyer.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server, CHECKOUT, { hold: holdId, key: 'k'.repeat(201) }, buyer.token))).toBe('BAD_USER_INPUT');
  });
});
