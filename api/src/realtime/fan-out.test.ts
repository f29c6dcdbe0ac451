import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../config.ts';
import { createAccount, createEventFixture, ok, settle, startTestServer, subscribe, wsClient, type TestServer } from '../../test/harness.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';
const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version } }`;
const SEAT_UPDATED = `subscription($e: ID!) { seatUpdated(eventId: $e) { id version status } }`;

const servers: TestServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

/** Two API processes' worth of servers on one database, fanning out through `publisher`. */
async function cluster(publisher: AppConfig['publisher']) {
  // A prefix per test run, so that other runs on the same Redis are not heard.
  const config: Partial<AppConfig> = { publisher, redisUrl: REDIS_URL, redisChannelPrefix: `test-${randomUUID()}:`, sweepIntervalMs: 60_000 };
  const a = await startTestServer({ config });
  const b = await startTestServer({ config, shareDatabaseWith: a });
  servers.push(a, b);
  return [a, b] as const;
}

describe.each(['redis', 'postgres'] as const)('fan-out across processes through %s', (publisher) => {
  it('a subscriber on one process sees a reservation made through the other, and the expiry swept by either', async () => {
    const [a, b] = await cluster(publisher);
    const event = await createEventFixture(a);
    const buyer = await createAccount(a);
    const onA = wsClient(a);
    const onB = wsClient(b);
    const seenOnA = subscribe<{ seatUpdated: { id: string; version: number; status: string } }>(onA, SEAT_UPDATED, { e: event.id });
    const seenOnB = subscribe<{ seatUpdated: { id: string; version: number; status: string } }>(onB, SEAT_UPDATED, { e: event.id });
    await settle(300);
    try {
      const seat = event.seats[0]!;
      await ok(a, RESERVE, { id: seat.id, version: seat.version }, buyer.token);
      await seenOnB.until((u) => u.length >= 1);
      await seenOnA.until((u) => u.length >= 1);
      expect(seenOnB.received[0]!.seatUpdated).toEqual({ id: seat.id, version: seat.version + 1, status: 'HELD' });

      b.clock.advance(4 * 60_000);
      await b.sweeper.sweepNow();
      await seenOnA.until((u) => u.length >= 2);
      await seenOnB.until((u) => u.length >= 2);
      expect(seenOnA.received[1]!.seatUpdated).toEqual({ id: seat.id, version: seat.version + 2, status: 'AVAILABLE' });
      await settle(200);
      // Exactly once per committed change on each process.
      expect(seenOnA.received).toHaveLength(2);
      expect(seenOnB.received).toHaveLength(2);
    } finally {
      seenOnA.unsubscribe();
      seenOnB.unsubscribe();
      await Promise.all([onA.dispose(), onB.dispose()]);
    }
  });
});
