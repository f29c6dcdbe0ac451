import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuyers, createEventFixture, gql, startTestServer, type TestServer } from '../../test/harness.ts';

const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the database dropping connections in the middle of transactions', () => {
  it('leaves no pooled connection counted as in use: the server answers again at once', async () => {
    const event = await createEventFixture(server, { rows: 10, seatsPerRow: 50, perOrderLimit: 50 });
    const workers = 24;
    const buyers = await createBuyers(server, workers);
    const admin = new pg.Client({ connectionString: server.databaseUrl });
    await admin.connect();
    const database = new URL(server.databaseUrl).pathname.slice(1);
    let running = true;
    let next = 0;
    const outcomes: Record<string, number> = {};
    // Reservations (each a transaction) from 24 buyers at once, while every API connection is killed 25 times.
    const load = buyers.map(async (buyer) => {
      while (running) {
        const seat = event.seats[next++];
        if (!seat) return;
        const result = await gql(server, RESERVE, { id: seat.id, version: seat.version }, buyer.token, AbortSignal.timeout(15_000));
        const outcome = String(result.errors?.[0]?.extensions?.['code'] ?? 'OK');
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
    });
    for (let i = 0; i < 25; i++) {
      await sleep(40);
      await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [database]);
    }
    running = false;
    await Promise.all(load);
    await admin.end();
    // The kills did hit work in flight (else this test shows nothing).
    expect(outcomes['INTERNAL_SERVER_ERROR'] ?? 0).toBeGreaterThan(0);
    expect(outcomes['OK'] ?? 0).toBeGreaterThan(0);
    // Every one of the pool's connections is usable again: more parallel reads than it has connections.
    const reads = await Promise.all(
      Array.from({ length: 30 }, () => gql(server, `query($id: ID!) { event(id: $id) { id } }`, { id: event.id }, undefined, AbortSignal.timeout(5000))),
    );
    expect(reads.map((r) => r.errors?.[0]?.message ?? 'OK')).toEqual(reads.map(() => 'OK'));
  }, 60_000);
});
