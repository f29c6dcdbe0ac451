import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/sql.ts';
import { codeOf, createAccount, createEventFixture, gql, ok, startTestServer, type EventFixture, type TestServer } from '../../test/harness.ts';

const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version } }`;
const RELEASE_SEAT = `mutation($id: ID!) { releaseSeat(id: $id) { id } }`;
const RELEASE_HOLD = `mutation($id: ID!) { releaseHold(holdId: $id) { id } }`;
const EXTEND = `mutation($id: ID!) { extendHold(holdId: $id) { id expiresAt maxExpiresAt } }`;
const HOLD_TICKETS = `mutation($tier: ID!, $n: Int!) { holdTickets(tierId: $tier, quantity: $n) { id } }`;
const MY_HOLDS = `{ me { holds { id eventId status } } }`;

let server: TestServer;
let events: EventFixture[];
beforeAll(async () => {
  server = await startTestServer({ holds: { maxEvents: 2 }, config: { sweepIntervalMs: 60_000 } });
  events = await Promise.all(Array.from({ length: 6 }, () => createEventFixture(server, { rows: 1, seatsPerRow: 10, gaCapacity: 50 })));
});
afterAll(() => server.close());

const seatVersion = async (id: string) => (await ok<{ seat: { version: number } }>(server, `query($id: ID!) { seat(id: $id) { version } }`, { id })).seat.version;
const reserve = async (token: string, seatId: string) => gql(server, RESERVE, { id: seatId, version: await seatVersion(seatId) }, token);
const activeHolds = async (buyerId: number) =>
  (await query<{ n: number }>(server.app.orm.em.fork(), `select count(*)::int as n from holds where buyer_id = ? and status = 'ACTIVE'`, [buyerId]))[0]!.n;

describe('seats held in at most HOLD_MAX_EVENTS events at once', () => {
  it('a third event is LIMIT_EXCEEDED (seats or tickets); releasing one hold makes room', async () => {
    const buyer = await createAccount(server);
    await ok(server, RESERVE, { id: events[0]!.seats[0]!.id, version: events[0]!.seats[0]!.version }, buyer.token);
    await ok(server, HOLD_TICKETS, { tier: events[1]!.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!.id, n: 2 }, buyer.token);
    const third = await reserve(buyer.token, events[2]!.seats[0]!.id);
    expect(codeOf(third)).toBe('LIMIT_EXCEEDED');
    expect(third.errors![0]!.extensions).toMatchObject({ maxEvents: 2 });
    expect(codeOf(await gql(server, HOLD_TICKETS, { tier: events[3]!.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!.id, n: 1 }, buyer.token))).toBe('LIMIT_EXCEEDED');
    // More seats in an event already held are fine.
    expect(codeOf(await reserve(buyer.token, events[0]!.seats[1]!.id))).toBeUndefined();
    const { me } = await ok<{ me: { holds: { id: string; eventId: string }[] } }>(server, MY_HOLDS, {}, buyer.token);
    await ok(server, RELEASE_HOLD, { id: me.holds.find((h) => h.eventId === events[0]!.id)!.id }, buyer.token);
    expect(codeOf(await reserve(buyer.token, events[2]!.seats[0]!.id))).toBeUndefined();
    expect(await activeHolds(buyer.id)).toBe(2);
  });

  it('first reservations fired at once in six events: exactly two win, whatever the interleaving', async () => {
    for (let round = 0; round < 4; round++) {
      const buyer = await createAccount(server);
      const seats = events.map((e) => e.seats[2 + round]!);
      const results = await Promise.all(seats.map((s) => gql(server, RESERVE, { id: s.id, version: s.version }, buyer.token)));
      const outcomes = results.map(codeOf);
      expect(outcomes.filter((c) => c === undefined)).toHaveLength(2);
      expect(outcomes.filter((c) => c === 'LIMIT_EXCEEDED')).toHaveLength(4);
      expect(await activeHolds(buyer.id)).toBe(2);
    }
  });
});

type Step = { kind: 'extend' } | { kind: 'reserve' } | { kind: 'releaseSeat' } | { kind: 'wait'; seconds: number };

describe('the hard cap against any sequence of calls (pretix #1575)', () => {
  it('heartbeats, reservations, releases and waits in any order never keep a hold past 15 minutes', async () => {
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.constant<Step>({ kind: 'extend' }),
      fc.constant<Step>({ kind: 'reserve' }),
      fc.constant<Step>({ kind: 'releaseSeat' }),
      fc.integer({ min: 1, max: 170 }).map<Step>((seconds) => ({ kind: 'wait', seconds })),
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 20 }), async (steps) => {
        // An event of its own: the first reservation always finds a free seat, so every run is judged.
        const event = await createEventFixture(server, { rows: 1, seatsPerRow: 10 });
        runs++;
        const buyer = await createAccount(server);
        const seatsLeft = [...event.seats];
        const reserveOne = async () => {
          for (const seat of seatsLeft) {
            const result = await reserve(buyer.token, seat.id);
            if (codeOf(result) === undefined) return seat.id;
            if (codeOf(result) !== 'CONFLICT') return null;
          }
          return null;
        };
        const mine: string[] = [];
        const firstSeat = await reserveOne();
        expect(firstSeat).not.toBeNull();
        mine.push(firstSeat!);
        const startedAt = server.clock.now().getTime();
        const { me } = await ok<{ me: { holds: { id: string; eventId: string }[] } }>(server, MY_HOLDS, {}, buyer.token);
        const holdId = me.holds.find((h) => h.eventId === event.id)!.id;
        for (const s of [...steps, { kind: 'extend' } as Step]) {
          if (s.kind === 'wait') server.clock.advance(s.seconds * 1000);
          else if (s.kind === 'extend') {
            const result = await gql<{ extendHold: { expiresAt: string } }>(server, EXTEND, { id: holdId }, buyer.token);
            if (result.data?.extendHold) expect(Date.parse(result.data.extendHold.expiresAt)).toBeLessThanOrEqual(startedAt + 900_000);
            if (server.clock.now().getTime() >= startedAt + 900_000) expect(codeOf(result)).toBe('HOLD_EXPIRED');
          } else if (s.kind === 'reserve') {
            const seat = await reserveOne();
            if (seat) mine.push(seat);
          } else if (mine.length > 0) {
            await gql(server, RELEASE_SEAT, { id: mine.pop()! }, buyer.token);
          }
        }
        // Whatever happened, once 15 minutes have passed since the hold began, it is over.
        server.clock.advance(Math.max(0, startedAt + 900_001 - server.clock.now().getTime()));
        await server.sweeper.sweepNow();
        // Every hold the buyer had on the event (an idle one may have ended and a new one begun): none
        // lives past 15 minutes from the first, none is still active.
        const holds = await query<{ status: string; late: boolean }>(
          server.app.orm.em.fork(),
          `select status, expires_at > ?::timestamptz + interval '900 seconds' as late from holds where buyer_id = ? and event_id = ?`,
          [new Date(startedAt).toISOString(), buyer.id, Number(event.id)],
        );
        expect(holds.length).toBeGreaterThan(0);
        for (const row of holds) {
          expect(row.late).toBe(false);
          expect(row.status).not.toBe('ACTIVE');
        }
        await gql(server, RELEASE_HOLD, { id: holdId }, buyer.token);
      }),
      { numRuns: 8 },
    );
    expect(runs).toBe(8);
  });
});
