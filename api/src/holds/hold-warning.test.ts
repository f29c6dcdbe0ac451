import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/sql.ts';
import { createAccount, createEventFixture, ok, settle, startTestServer, subscribe, wsClient, type TestServer } from '../../test/harness.ts';
import { announceExpiringHolds } from './sweeper.ts';

const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version } }`;
const EXTEND = `mutation($id: ID!) { extendHold(holdId: $id) { id expiresAt expiringSoon } }`;
const HOLD_UPDATED = `subscription { holdUpdated { id status expiresAt expiringSoon } }`;

type HoldUpdate = { holdUpdated: { id: string; status: string; expiresAt: string; expiringSoon: boolean } };

let server: TestServer;
beforeAll(async () => {
  // A slow timer: these tests sweep explicitly after moving the clock.
  server = await startTestServer({ config: { sweepIntervalMs: 60_000 } });
});
afterAll(() => server.close());

const seconds = (n: number) => n * 1000;

describe('a hold about to expire', () => {
  it('is pushed once as expiring soon, again after an extension when the new expiry nears, then as expired', async () => {
    const event = await createEventFixture(server, { rows: 1, seatsPerRow: 4 });
    const buyer = await createAccount(server);
    const client = wsClient(server, buyer.token);
    const updates = subscribe<HoldUpdate>(client, HOLD_UPDATED);
    try {
      await settle();
      const seat = event.seats[0]!;
      await ok(server, RESERVE, { id: seat.id, version: seat.version }, buyer.token);
      await updates.until((u) => u.length >= 1);
      const holdId = updates.received[0]!.holdUpdated.id;
      expect(updates.received[0]!.holdUpdated).toMatchObject({ status: 'ACTIVE', expiringSoon: false });

      // 3 idle minutes: at 2:10 the hold has 50 s left, inside the 60-second warning.
      server.clock.advance(seconds(100));
      await server.sweeper.sweepNow();
      server.clock.advance(seconds(30));
      await server.sweeper.sweepNow();
      await updates.until((u) => u.length >= 2);
      expect(updates.received[1]!.holdUpdated).toMatchObject({ id: holdId, status: 'ACTIVE', expiringSoon: true });
      await server.sweeper.sweepNow();
      await settle(200);
      expect(updates.received).toHaveLength(2);

      const { extendHold } = await ok<{ extendHold: { expiresAt: string; expiringSoon: boolean } }>(server, EXTEND, { id: holdId }, buyer.token);
      expect(extendHold.expiringSoon).toBe(false);
      await updates.until((u) => u.length >= 3);
      expect(updates.received[2]!.holdUpdated.expiringSoon).toBe(false);

      server.clock.advance(seconds(125));
      await server.sweeper.sweepNow();
      await updates.until((u) => u.length >= 4);
      expect(updates.received[3]!.holdUpdated).toMatchObject({ id: holdId, expiringSoon: true, expiresAt: extendHold.expiresAt });

      server.clock.advance(seconds(60));
      await server.sweeper.sweepNow();
      await updates.until((u) => u.length >= 5);
      expect(updates.received[4]!.holdUpdated).toMatchObject({ id: holdId, status: 'EXPIRED', expiringSoon: false });
      expect(updates.received.filter((u) => u.holdUpdated.expiringSoon)).toHaveLength(2);
    } finally {
      updates.unsubscribe();
      await client.dispose();
    }
  });

  it('sweepers of two processes on one database, running at once, announce each hold exactly once', async () => {
    const other = await startTestServer({ config: { sweepIntervalMs: 60_000 }, shareDatabaseWith: server });
    try {
      const event = await createEventFixture(server, { rows: 3, seatsPerRow: 10 });
      const buyers = await Promise.all(event.seats.map(() => createAccount(server)));
      await Promise.all(event.seats.map((seat, i) => ok(server, RESERVE, { id: seat.id, version: seat.version }, buyers[i]!.token)));
      for (const s of [server, other]) s.clock.advance(seconds(130));
      const counts = await Promise.all(
        [server, other, server, other, server, other].map((s) => announceExpiringHolds(s.app.inventory, s.clock, s.app.publisher, 60)),
      );
      expect(counts.reduce((a, b) => a + b, 0)).toBe(event.seats.length);
      const rows = await query<{ announced: boolean }>(
        server.app.orm.em.fork(),
        `select warned_for = expires_at as announced from holds where event_id = ?`,
        [Number(event.id)],
      );
      expect(rows).toHaveLength(event.seats.length);
      expect(rows.every((r) => r.announced)).toBe(true);
    } finally {
      await other.close();
    }
  });
});
