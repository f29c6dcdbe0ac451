import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createEventFixture,
  ok,
  settle,
  startTestServer,
  subscribe,
  wsClient,
  type TestServer,
} from '../../test/harness.ts';

const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version } }`;
const SEAT_UPDATED = `subscription($e: ID!) { seatUpdated(eventId: $e) { id version status heldByMe } }`;
const TIER_UPDATED = `subscription($e: ID!) { tierUpdated(eventId: $e) { id available held sold version } }`;
const HOLD_UPDATED = `subscription { holdUpdated { id status expiresAt } }`;

interface SeatUpdate {
  seatUpdated: { id: string; version: number; status: string; heldByMe: boolean };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { sweepIntervalMs: 60_000 } });
});
afterAll(() => server.close());

describe('live updates over graphql-ws', () => {
  it('a watcher sees another buyer’s reservation with the new version, then the seat back on sale after expiry', async () => {
    const event = await createEventFixture(server);
    const [buyer, watcher] = [await createAccount(server), await createAccount(server)];
    const client = wsClient(server, watcher.token);
    const updates = subscribe<SeatUpdate>(client, SEAT_UPDATED, { e: event.id });
    await settle();
    try {
      const seat = event.seats[3]!;
      await ok(server, RESERVE, { id: seat.id, version: seat.version }, buyer.token);
      await updates.until((u) => u.length >= 1);
      expect(updates.received[0]!.seatUpdated).toEqual({ id: seat.id, version: seat.version + 1, status: 'HELD', heldByMe: false });

      server.clock.advance(4 * 60_000); // past the 3-minute inactivity limit; no sleeping
      await server.sweeper.sweepNow();
      await updates.until((u) => u.length >= 2);
      expect(updates.received[1]!.seatUpdated).toEqual({ id: seat.id, version: seat.version + 2, status: 'AVAILABLE', heldByMe: false });
      expect(updates.received).toHaveLength(2); // once per committed change
    } finally {
      updates.unsubscribe();
      await client.dispose();
    }
  });

  it('the holder’s own subscription says heldByMe; a conflicting attempt publishes nothing', async () => {
    const event = await createEventFixture(server);
    const [buyer, rival] = [await createAccount(server), await createAccount(server)];
    const client = wsClient(server, buyer.token);
    const updates = subscribe<SeatUpdate>(client, SEAT_UPDATED, { e: event.id });
    await settle();
    try {
      const seat = event.seats[0]!;
      await ok(server, RESERVE, { id: seat.id, version: seat.version }, buyer.token);
      await updates.until((u) => u.length >= 1);
      expect(updates.received[0]!.seatUpdated.heldByMe).toBe(true);
      const lost = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${rival.token}` },
        body: JSON.stringify({ query: RESERVE, variables: { id: seat.id, version: seat.version } }),
      });
      expect(lost.status).toBe(200);
      await settle(300);
      expect(updates.received).toHaveLength(1);
    } finally {
      updates.unsubscribe();
      await client.dispose();
    }
  });

  it('tierUpdated carries general-admission counts after each hold; holdUpdated reaches only the holder', async () => {
    const event = await createEventFixture(server, { rows: 0, gaCapacity: 50 });
    const tier = event.tiers[0]!;
    const [buyer, other] = [await createAccount(server), await createAccount(server)];
    const watcher = wsClient(server);
    const mine = wsClient(server, buyer.token);
    const theirs = wsClient(server, other.token);
    const tiers = subscribe<{ tierUpdated: { available: number; held: number; version: number } }>(watcher, TIER_UPDATED, { e: event.id });
    const myHolds = subscribe<{ holdUpdated: { status: string } }>(mine, HOLD_UPDATED);
    const otherHolds = subscribe<{ holdUpdated: { status: string } }>(theirs, HOLD_UPDATED);
    await settle();
    try {
      await ok(server, `mutation($t: ID!) { holdTickets(tierId: $t, quantity: 4) { id } }`, { t: tier.id }, buyer.token);
      await tiers.until((u) => u.length >= 1);
      expect(tiers.received[0]!.tierUpdated).toMatchObject({ available: 46, held: 4, version: 2 });
      await myHolds.until((u) => u.length >= 1);
      expect(myHolds.received[0]!.holdUpdated.status).toBe('ACTIVE');
      await settle(200);
      expect(otherHolds.received).toHaveLength(0);
    } finally {
      for (const s of [tiers, myHolds, otherHolds]) s.unsubscribe();
      await Promise.all([watcher.dispose(), mine.dispose(), theirs.dispose()]);
    }
  });

  it('holdUpdated needs a token; queries and mutations are refused over the socket', async () => {
    const client = wsClient(server);
    try {
      const holds = subscribe(client, HOLD_UPDATED);
      await holds.until(() => holds.errors.length > 0);
      expect(JSON.stringify(holds.errors)).toContain('UNAUTHENTICATED');
      const query = subscribe(client, `{ events { totalCount } }`);
      await query.until(() => query.errors.length > 0);
      expect(JSON.stringify(query.errors)).toContain('subscriptions');
    } finally {
      await client.dispose();
    }
  });

  it('a subscriber selecting tier counts sees them move with each change, not the first event’s counts forever', async () => {
    const event = await createEventFixture(server, { rows: 1, seatsPerRow: 6 });
    const buyer = await createAccount(server);
    const client = wsClient(server);
    const updates = subscribe<{ seatUpdated: { id: string; tier: { available: number } } }>(
      client, `subscription($e: ID!) { seatUpdated(eventId: $e) { id tier { available } } }`, { e: event.id },
    );
    await settle();
    try {
      const [a, b] = event.seats;
      await ok(server, RESERVE, { id: a!.id, version: a!.version }, buyer.token);
      await updates.until((u) => u.length >= 1);
      await new Promise((r) => setTimeout(r, 1100));
      await ok(server, RESERVE, { id: b!.id, version: b!.version }, buyer.token);
      await updates.until((u) => u.length >= 2);
      expect(updates.received.map((u) => u.seatUpdated.tier.available)).toEqual([5, 4]);
    } finally {
      updates.unsubscribe();
      await client.dispose();
    }
  });
});
