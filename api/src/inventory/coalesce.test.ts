import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { findViolations } from '../db/invariants.ts';
import { query } from '../db/sql.ts';
import { countStatements } from '../../test/statements.ts';
import pg from 'pg';
import { holdDeadlines } from '../holds/hold-timing.ts';
import { HOLD_SEATS_BATCHABLE } from './hold-seats.ts';
import { codeOf, createBuyers, createEventFixture, gql, startTestServer, type TestServer } from '../../test/harness.ts';

const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version status heldByMe } }`;
const GA = `mutation($tier: ID!) { holdTickets(tierId: $tier, quantity: 1) { id } }`;

let server: TestServer;
let uncoalesced: TestServer;
beforeAll(async () => {
  // No background job (sweeper, webhook deliveries, reserved tiers' counts) may send a statement
  // while one is counted: the counts below are of the reservations alone.
  const partners = { ...loadConfig({ NODE_ENV: 'test' }).partners, webhookPollMs: 60_000, tierCountsIntervalMs: 60_000 };
  server = await startTestServer({ config: { sweepIntervalMs: 60_000, partners } });
  uncoalesced = await startTestServer({ config: { inventoryCoalescing: false, sweepIntervalMs: 60_000, partners } });
});
afterAll(async () => {
  await uncoalesced.close();
  await server.close();
});

describe('concurrent reservations coalesced into one statement', () => {
  it('32 buyers reserving 32 seats at once: fewer statements than requests, each answered as its own, all held once', async () => {
    const event = await createEventFixture(server, { rows: 4, seatsPerRow: 8 });
    const buyers = await createBuyers(server, 32);
    type Reserved = { reserveSeat: { id: string; heldByMe: boolean } };
    let results: Awaited<ReturnType<typeof gql<Reserved>>>[] = [];
    const { count } = await countStatements(server, async () => {
      results = await Promise.all(event.seats.map((seat, i) => gql<Reserved>(server, RESERVE, { id: seat.id, version: seat.version }, buyers[i]!.token)));
    });
    expect(results.map(codeOf)).toEqual(results.map(() => undefined));
    expect(results.map((r) => r.data!.reserveSeat.id)).toEqual(event.seats.map((s) => s.id));
    expect(results.every((r) => r.data!.reserveSeat.heldByMe)).toBe(true);
    expect(count).toBeLessThan(32);
    const held = await query<{ holder: number; id: number }>(server.app.orm.em.fork(), `select holder_id as holder, id from seats where event_id = ? order by id`, [Number(event.id)]);
    expect(held.map((s) => s.holder)).toEqual(buyers.map((b) => b.id));
  });

  it('in one batch, two buyers for one seat among others: one wins it, the other alone gets CONFLICT', async () => {
    const event = await createEventFixture(server, { rows: 1, seatsPerRow: 10 });
    const buyers = await createBuyers(server, 11);
    const contested = event.seats[0]!;
    const requests = [...event.seats.map((seat, i) => ({ seat, buyer: buyers[i]! })), { seat: contested, buyer: buyers[10]! }];
    const results = await Promise.all(requests.map((r) => gql(server, RESERVE, { id: r.seat.id, version: r.seat.version }, r.buyer.token)));
    const onContested = [results[0]!, results[10]!].map(codeOf).sort();
    expect(onContested).toEqual(['CONFLICT', undefined].sort());
    expect(results.slice(1, 10).map(codeOf)).toEqual(Array(9).fill(undefined));
    const loser = results[0]!.errors ? results[0]! : results[10]!;
    expect(loser.errors![0]!.extensions!['seat']).toMatchObject({ id: contested.id, status: 'HELD', version: contested.version + 1 });
    expect(await findViolations(server.app.orm.em.fork())).toEqual([]);
  });

  it('the last 10 tickets for 20 buyers at once, coalesced: exactly 10 held, 10 SOLD_OUT', async () => {
    const event = await createEventFixture(server, { rows: 0, gaCapacity: 10 });
    const buyers = await createBuyers(server, 20);
    const tier = event.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    const results = await Promise.all(buyers.map((b) => gql(server, GA, { tier: tier.id }, b.token)));
    const codes = results.map((r) => codeOf(r) ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(10);
    expect(codes.filter((c) => c === 'SOLD_OUT')).toHaveLength(10);
    const [row] = await query<{ held: number }>(server.app.orm.em.fork(), `select held from tiers where id = ?`, [Number(tier.id)]);
    expect(row!.held).toBe(10);
  });

  it('a batch whose one request cannot have its seat yet: the whole first pass is undone, then each request runs alone and nothing is held twice', async () => {
    const event = await createEventFixture(server, { rows: 1, seatsPerRow: 3 });
    const buyers = await createBuyers(server, 3);
    const now = server.clock.now();
    const requests = event.seats.map((seat, i) => ({
      ...holdDeadlines(now, server.app.config.holds),
      now,
      buyer: buyers[i]!.id,
      maxEvents: server.app.config.holds.maxEvents,
      seatIds: [Number(seat.id)],
      versions: [seat.version],
    }));
    // Another transaction holds the middle seat's row for a moment: the batch's first pass waits
    // for it past the lock timeout and is undone as a whole.
    const other = new pg.Client({ connectionString: server.databaseUrl });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select id from seats where id = $1 for update', [Number(event.seats[1]!.id)]);
      const released = new Promise<void>((resolve) => setTimeout(() => void other.query('commit').then(() => resolve()), 350));
      const rows = await server.app.inventory.batch<string, { seats: { id: number }[]; hold: { buyerId: number } | null }>(HOLD_SEATS_BATCHABLE, requests);
      await released;
      expect(rows.map((r) => r.hold?.buyerId)).toEqual(buyers.map((b) => b.id));
      expect(rows.map((r) => r.seats.map((s) => String(s.id)))).toEqual(event.seats.map((s) => [s.id]));
    } finally {
      await other.end();
    }
    const lines = await query<{ seat_id: number; n: number }>(
      server.app.orm.em.fork(),
      `select seat_id, count(*)::int as n from hold_seats where seat_id = any(?::int[]) group by seat_id order by seat_id`,
      [`{${event.seats.map((s) => s.id).join(',')}}`],
    );
    expect(lines.map((l) => l.n)).toEqual([1, 1, 1]);
    expect(await findViolations(server.app.orm.em.fork())).toEqual([]);
  });

  it('with coalescing off, each reservation is its own statement', async () => {
    const event = await createEventFixture(uncoalesced, { rows: 1, seatsPerRow: 8 });
    const buyers = await createBuyers(uncoalesced, 8);
    const { count } = await countStatements(uncoalesced, async () => {
      await Promise.all(event.seats.map((seat, i) => gql(uncoalesced, RESERVE, { id: seat.id, version: seat.version }, buyers[i]!.token)));
    });
    expect(count).toBe(8);
  });
});
