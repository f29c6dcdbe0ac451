import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/sql.ts';
import { codeOf, createAccount, createEventFixture, gql, ok, startTestServer, type TestServer } from '../../test/harness.ts';

const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version } }`;
const EXTEND = `mutation($id: ID!) { extendHold(holdId: $id) { id status expiresAt maxExpiresAt } }`;
const MY_HOLDS = `{ me { holds { id status expiresAt maxExpiresAt seats { id } totalCents } } }`;

let server: TestServer;
beforeAll(async () => {
  // A slow timer: these tests sweep explicitly after moving the clock.
  server = await startTestServer({ config: { sweepIntervalMs: 60_000 } });
});
afterAll(() => server.close());

const minutes = (n: number) => n * 60_000;

async function holdOneSeat() {
  const event = await createEventFixture(server, { rows: 1, seatsPerRow: 4 });
  const buyer = await createAccount(server);
  const seat = event.seats[0]!;
  await ok(server, RESERVE, { id: seat.id, version: seat.version }, buyer.token);
  const { me } = await ok<{ me: { holds: { id: string; expiresAt: string; maxExpiresAt: string }[] } }>(server, MY_HOLDS, {}, buyer.token);
  return { event, buyer, seat, hold: me.holds[0]! };
}

async function seatStatus(id: string) {
  return (await ok<{ seat: { status: string; version: number } }>(server, `query($id: ID!) { seat(id: $id) { status version } }`, { id })).seat;
}

describe('hold expiry', () => {
  it('a hold left alone for 3 minutes is released by the sweeper and its seat is back on sale', async () => {
    const { seat, hold } = await holdOneSeat();
    expect(Date.parse(hold.expiresAt) - server.clock.now().getTime()).toBeGreaterThan(minutes(2.9));
    server.clock.advance(minutes(2));
    await server.sweeper.sweepNow();
    expect((await seatStatus(seat.id)).status).toBe('HELD');
    server.clock.advance(minutes(1) + 1000);
    await server.sweeper.sweepNow();
    expect(await seatStatus(seat.id)).toEqual({ status: 'AVAILABLE', version: seat.version + 2 });
  });

  it('heartbeats keep a hold alive past the idle limit but never past the 15-minute cap', async () => {
    const { buyer, seat, hold } = await holdOneSeat();
    let extended = 0;
    for (let beat = 1; beat <= 40; beat++) {
      server.clock.advance(30_000);
      const result = await gql<{ extendHold: { expiresAt: string; maxExpiresAt: string } }>(server, EXTEND, { id: hold.id }, buyer.token);
      if (beat * 30_000 < minutes(15)) {
        // Every heartbeat before the cap extends the hold, within the cap.
        expect(codeOf(result)).toBeUndefined();
        expect(Date.parse(result.data!.extendHold.expiresAt)).toBeLessThanOrEqual(Date.parse(hold.maxExpiresAt));
        extended++;
      } else {
        expect(codeOf(result)).toBe('HOLD_EXPIRED');
      }
      if (beat === 10) {
        // Five minutes in, well past the 3-minute idle limit: a sweep leaves it alone.
        await server.sweeper.sweepNow();
        expect((await seatStatus(seat.id)).status).toBe('HELD');
      }
    }
    expect(extended).toBe(29);
    await server.sweeper.sweepNow();
    expect((await seatStatus(seat.id)).status).toBe('AVAILABLE');
  });

  it('reserving after an expired but unswept hold starts a new hold instead of failing', async () => {
    const { event, buyer, hold } = await holdOneSeat();
    server.clock.advance(minutes(4));
    const next = event.seats[1]!;
    await ok(server, RESERVE, { id: next.id, version: next.version }, buyer.token);
    const { me } = await ok<{ me: { holds: { id: string; seats: { id: string }[] }[] } }>(server, MY_HOLDS, {}, buyer.token);
    expect(me.holds).toHaveLength(1);
    expect(me.holds[0]!.id).not.toBe(hold.id);
    expect(me.holds[0]!.seats.map((s) => s.id)).toEqual([next.id]);
    expect((await seatStatus(event.seats[0]!.id)).status).toBe('AVAILABLE');
  });

  it('two sweepers at once release each expired hold exactly once', async () => {
    const holds = await Promise.all(Array.from({ length: 6 }, () => holdOneSeat()));
    server.clock.advance(minutes(4));
    const other = await startTestServer({ config: { sweepIntervalMs: 60_000 }, shareDatabaseWith: server });
    other.clock.advance(minutes(60));
    try {
      const [a, b] = await Promise.all([server.sweeper.sweepNow(), other.sweeper.sweepNow()]);
      expect(a + b).toBeGreaterThanOrEqual(holds.length);
      for (const { seat } of holds) expect(await seatStatus(seat.id)).toEqual({ status: 'AVAILABLE', version: seat.version + 2 });
      const [invariant] = await query<{ bad: number }>(
        server.app.orm.em.fork(),
        `select count(*)::int as bad from hold_seats hs join holds h on h.id = hs.hold_id where hs.active and h.status <> 'ACTIVE'`,
      );
      expect(invariant!.bad).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('extendHold or releaseHold on someone else’s hold answers exactly as on an unknown one (NOT_FOUND), and changes nothing', async () => {
    const { hold, seat } = await holdOneSeat();
    const stranger = await createAccount(server);
    const RELEASE_HOLD = `mutation($id: ID!) { releaseHold(holdId: $id) { status } }`;
    for (const document of [EXTEND, RELEASE_HOLD]) {
      const theirs = await gql(server, document, { id: hold.id }, stranger.token);
      const unknown = await gql(server, document, { id: '99999999' }, stranger.token);
      expect([codeOf(theirs), codeOf(unknown)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
      expect(theirs.errors![0]!.message.replace(hold.id, 'ID')).toBe(unknown.errors![0]!.message.replace('99999999', 'ID'));
    }
    expect((await seatStatus(seat.id)).status).toBe('HELD');
  });

  it('releaseHold gives everything back at once', async () => {
    const { buyer, seat, hold } = await holdOneSeat();
    const { releaseHold } = await ok<{ releaseHold: { status: string } }>(
      server, `mutation($id: ID!) { releaseHold(holdId: $id) { status } }`, { id: hold.id }, buyer.token,
    );
    expect(releaseHold.status).toBe('RELEASED');
    expect((await seatStatus(seat.id)).status).toBe('AVAILABLE');
  });
});
