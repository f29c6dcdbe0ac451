import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
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

describe('a pub/sub gap', () => {
  it('when the Redis link drops and returns, every socket is asked to resynchronise (4205) and updates flow again', async () => {
    const [a, b] = await cluster('redis');
    const event = await createEventFixture(a);
    const buyer = await createAccount(a);
    const socket = new WebSocket(b.wsUrl, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      socket.on('message', (data) => JSON.parse(data.toString()).type === 'connection_ack' && resolve());
    });

    const admin = new Redis(REDIS_URL);
    try {
      const prefix = b.app.config.redisChannelPrefix;
      const clients = (await admin.client('LIST')) as string;
      // Both processes' subscriber connections (they share the test's channel prefix).
      const ids = clients
        .split('\n')
        .filter((l) => l.includes(` name=${prefix}subscriber `))
        .map((l) => /(?:^|\s)id=(\d+)/.exec(l)?.[1]);
      expect(ids).toHaveLength(2);
      for (const id of ids) await admin.client('KILL', 'ID', id!);
      expect(await closed).toBe(4205);
    } finally {
      admin.disconnect();
    }

    // After the gap: a fresh subscriber on B hears a change made through A again.
    const client = wsClient(b);
    const seen = subscribe<{ seatUpdated: { id: string } }>(client, SEAT_UPDATED, { e: event.id });
    await settle(300);
    try {
      const seat = event.seats[1]!;
      await ok(a, RESERVE, { id: seat.id, version: seat.version }, buyer.token);
      await seen.until((u) => u.length >= 1);
    } finally {
      seen.unsubscribe();
      await client.dispose();
    }
  });
});
