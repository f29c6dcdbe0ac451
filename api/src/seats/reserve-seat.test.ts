import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/sql.ts';
import { codeOf, createAccount, createBuyers, createEventFixture, gql, ok, startTestServer, type TestServer } from '../../test/harness.ts';

const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version status heldByMe } }`;
const RESERVE_MANY = `mutation($seats: [SeatVersionInput!]!) { reserveSeats(seats: $seats) { id version status } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function race(buyers: number) {
  const event = await createEventFixture(server, { rows: 1, seatsPerRow: 5 });
  const seat = event.seats[0]!;
  const accounts = await createBuyers(server, buyers);
  const results = await Promise.all(accounts.map((a) => gql(server, RESERVE, { id: seat.id, version: seat.version }, a.token)));
  return { seat, results, accounts };
}

/** The seat as the database has it: status, version, holder and how many active hold lines it is in. */
async function seatRow(id: string) {
  const [row] = await query<{ status: string; version: number; holderId: number | null; holds: number }>(
    server.app.orm.em.fork(),
    `select s.status, s.version, s.holder_id as "holderId", (select count(*)::int from hold_seats where seat_id = s.id and active) as holds from seats s where id = ?`,
    [Number(id)],
  );
  return row!;
}

describe('reserveSeat', () => {
  it('holds an available seat: HELD, held by me, version + 1', async () => {
    const event = await createEventFixture(server);
    const buyer = await createAccount(server);
    const seat = event.seats[0]!;
    const { reserveSeat } = await ok<{ reserveSeat: { version: number; status: string; heldByMe: boolean } }>(
      server, RESERVE, { id: seat.id, version: seat.version }, buyer.token,
    );
    expect(reserveSeat).toMatchObject({ status: 'HELD', heldByMe: true, version: seat.version + 1 });
  });

  it('a stale version is a CONFLICT carrying the seat’s current id, version and status', async () => {
    const event = await createEventFixture(server);
    const [a, b] = await createBuyers(server, 2);
    const seat = event.seats[0]!;
    await ok(server, RESERVE, { id: seat.id, version: seat.version }, a!.token);
    await ok(server, `mutation($id: ID!) { releaseSeat(id: $id) { id } }`, { id: seat.id }, a!.token);
    // Now AVAILABLE again, but at version + 2: B's view is stale.
    const stale = await gql(server, RESERVE, { id: seat.id, version: seat.version }, b!.token);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!['seat']).toEqual({ id: seat.id, version: seat.version + 2, status: 'AVAILABLE' });
  });

  it('five buyers racing for one seat: one gets it, four get CONFLICT, and the database holds it for the one', async () => {
    const { seat, results, accounts } = await race(5);
    expect(results.filter((r) => r.data?.['reserveSeat'])).toHaveLength(1);
    const conflicts = results.filter((r) => codeOf(r) === 'CONFLICT');
    expect(conflicts).toHaveLength(4);
    for (const c of conflicts) expect(c.errors![0]!.extensions!['seat']).toMatchObject({ id: seat.id, status: 'HELD', version: seat.version + 1 });
    const winner = accounts[results.findIndex((r) => r.data?.['reserveSeat'])]!;
    expect(await seatRow(seat.id)).toEqual({ status: 'HELD', version: seat.version + 1, holderId: winner.id, holds: 1 });
  });

  it('64 buyers racing for one seat: exactly one wins, 63 CONFLICT, no 5xx', async () => {
    const { seat, results } = await race(64);
    expect(results.every((r) => r.status < 500)).toBe(true);
    expect(results.filter((r) => r.data?.['reserveSeat'])).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(63);
    const [row] = await query<{ status: string; version: number; holds: number }>(
      server.app.orm.em.fork(),
      `select s.status, s.version, (select count(*)::int from hold_seats where seat_id = s.id and active) as holds from seats s where id = ?`,
      [Number(seat.id)],
    );
    expect(row).toEqual({ status: 'HELD', version: seat.version + 1, holds: 1 });
  });

  it('unknown seat is NOT_FOUND, a malformed id BAD_USER_INPUT, no token UNAUTHENTICATED', async () => {
    const buyer = await createAccount(server);
    expect(codeOf(await gql(server, RESERVE, { id: '999999999', version: 1 }, buyer.token))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server, RESERVE, { id: 'seat-1', version: 1 }, buyer.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server, RESERVE, { id: '1', version: 1 }))).toBe('UNAUTHENTICATED');
  });

  it('a buyer cannot hold more than the per-order limit, even with concurrent requests', async () => {
    const event = await createEventFixture(server, { rows: 1, seatsPerRow: 12, perOrderLimit: 4 });
    const buyer = await createAccount(server);
    const results = await Promise.all(event.seats.map((s) => gql(server, RESERVE, { id: s.id, version: s.version }, buyer.token)));
    expect(results.filter((r) => r.data?.['reserveSeat'])).toHaveLength(4);
    expect(results.filter((r) => codeOf(r) === 'LIMIT_EXCEEDED')).toHaveLength(8);
    const [row] = await query<{ n: number }>(
      server.app.orm.em.fork(),
      `select count(*)::int as n from seats where event_id = ? and status = 'HELD'`,
      [Number(event.id)],
    );
    expect(row!.n).toBe(4);
  });

  it('one buyer’s concurrent reservations under the limit all succeed, into one hold', async () => {
    for (let round = 0; round < 10; round++) {
      const event = await createEventFixture(server, { rows: 1, seatsPerRow: 6, perOrderLimit: 8 });
      const buyer = await createAccount(server);
      // Spread over a few milliseconds, so that some requests start while another is committing the new hold.
      const results = await Promise.all(
        event.seats.map(async (s, i) => {
          await new Promise((r) => setTimeout(r, i * (1 + (round % 4))));
          return gql(server, RESERVE, { id: s.id, version: s.version }, buyer.token);
        }),
      );
      expect(results.map((r) => r.errors?.[0]?.extensions?.['code'] ?? 'OK')).toEqual(event.seats.map(() => 'OK'));
      const holds = await query<{ itemCount: number }>(
        server.app.orm.em.fork(),
        `select item_count as "itemCount" from holds where event_id = ? and status = 'ACTIVE'`,
        [Number(event.id)],
      );
      expect(holds).toEqual([{ itemCount: 6 }]);
    }
  });
});

describe('reserveSeats (all or nothing)', () => {
  it('holds every seat or none: one taken seat fails the whole request with CONFLICT', async () => {
    const event = await createEventFixture(server);
    const [a, b] = await createBuyers(server, 2);
    const [s1, s2, s3] = event.seats;
    await ok(server, RESERVE, { id: s2!.id, version: s2!.version }, a!.token);
    const result = await gql(server, RESERVE_MANY, { seats: [s1, s2, s3].map((s) => ({ id: s!.id, version: s!.version })) }, b!.token);
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0]!.extensions!['seat']).toMatchObject({ id: s2!.id, status: 'HELD' });
    const seat1 = await ok<{ seat: { status: string; version: number } }>(server, `query($id: ID!) { seat(id: $id) { status version } }`, { id: s1!.id });
    expect(seat1.seat).toEqual({ status: 'AVAILABLE', version: s1!.version });
  });

  it('two buyers racing for overlapping seat sets never end with a partial hold', async () => {
    for (let round = 0; round < 10; round++) {
      const event = await createEventFixture(server, { rows: 1, seatsPerRow: 6 });
      const [a, b] = await createBuyers(server, 2);
      const pick = (from: number, to: number) => event.seats.slice(from, to).map((s) => ({ id: s.id, version: s.version }));
      // A wants seats 1-4, B wants 3-6: they overlap on 3 and 4.
      const [ra, rb] = await Promise.all([gql(server, RESERVE_MANY, { seats: pick(0, 4) }, a!.token), gql(server, RESERVE_MANY, { seats: pick(2, 6) }, b!.token)]);
      const winners = [ra, rb].filter((r) => r.data?.['reserveSeats']);
      expect(winners.length).toBeGreaterThanOrEqual(1);
      expect(winners.length + [ra, rb].filter((r) => codeOf(r) === 'CONFLICT').length).toBe(2);
      const held = await query<{ holder_id: number; n: number }>(
        server.app.orm.em.fork(),
        `select holder_id, count(*)::int as n from seats where event_id = ? and status = 'HELD' group by holder_id`,
        [Number(event.id)],
      );
      // Whoever holds anything holds their whole set of 4; nobody holds part of one.
      expect(held.every((h) => h.n === 4)).toBe(true);
      expect(held).toHaveLength(1);
    }
  });

  it('rejects an empty list, a seat listed twice and seats of two events', async () => {
    const [e1, e2] = await Promise.all([createEventFixture(server), createEventFixture(server)]);
    const buyer = await createAccount(server);
    const s = e1.seats[0]!;
    expect(codeOf(await gql(server, RESERVE_MANY, { seats: [] }, buyer.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server, RESERVE_MANY, { seats: [s, s].map((x) => ({ id: x.id, version: x.version })) }, buyer.token))).toBe('BAD_USER_INPUT');
    const mixed = [e1.seats[1]!, e2.seats[0]!].map((x) => ({ id: x.id, version: x.version }));
    expect(codeOf(await gql(server, RESERVE_MANY, { seats: mixed }, buyer.token))).toBe('BAD_USER_INPUT');
  });
});

describe('reserveBestAvailable', () => {
  it('holds adjacent seats in one row, front and centre', async () => {
    const event = await createEventFixture(server, { rows: 3, seatsPerRow: 9 });
    const buyer = await createAccount(server);
    const { reserveBestAvailable } = await ok<{ reserveBestAvailable: { row: string; number: number; status: string }[] }>(
      server,
      `mutation($e: ID!, $t: ID!, $q: Int!) { reserveBestAvailable(eventId: $e, tierId: $t, quantity: $q) { row number status } }`,
      { e: event.id, t: event.tiers[0]!.id, q: 3 },
      buyer.token,
    );
    expect(reserveBestAvailable.map((s) => `${s.row}-${s.number}`)).toEqual(['1-4', '1-5', '1-6']);
    expect(reserveBestAvailable.every((s) => s.status === 'HELD')).toBe(true);
  });

  it('concurrent buyers asking for blocks get disjoint blocks, and SOLD_OUT when no block is left', async () => {
    const event = await createEventFixture(server, { rows: 2, seatsPerRow: 4 });
    const buyers = await createBuyers(server, 5);
    const results = await Promise.all(
      buyers.map((b) =>
        gql<{ reserveBestAvailable: { id: string }[] }>(
          server,
          `mutation($e: ID!, $t: ID!) { reserveBestAvailable(eventId: $e, tierId: $t, quantity: 2) { id } }`,
          { e: event.id, t: event.tiers[0]!.id },
          b.token,
        ),
      ),
    );
    const won = results.flatMap((r) => r.data?.reserveBestAvailable ?? []).map((s) => s.id);
    expect(new Set(won).size).toBe(won.length);
    expect(won).toHaveLength(8);
    expect(results.filter((r) => codeOf(r) === 'SOLD_OUT' || codeOf(r) === 'CONFLICT')).toHaveLength(1);
    // The database agrees: each winner holds the two adjacent seats it was answered, the loser nothing.
    const held = await query<{ id: string; holderId: number; row: string; number: number }>(
      server.app.orm.em.fork(),
      `select id::text as id, holder_id as "holderId", "row", number from seats where event_id = ? and status = 'HELD' order by holder_id, number`,
      [Number(event.id)],
    );
    expect(held.map((s) => s.id).sort()).toEqual([...won].sort());
    for (const [i, result] of results.entries()) {
      const mine = held.filter((s) => s.holderId === buyers[i]!.id);
      expect(mine.map((s) => s.id).sort()).toEqual((result.data?.reserveBestAvailable ?? []).map((s) => s.id).sort());
      if (mine.length > 0) expect([mine.length, mine[0]!.row === mine[1]!.row, mine[1]!.number - mine[0]!.number]).toEqual([2, true, 1]);
    }
  });
});
