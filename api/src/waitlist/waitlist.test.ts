import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createAccount, createEventFixture, gql, ok, settle, startTestServer, subscribe, wsClient, type TestServer } from '../../test/harness.ts';
import { findViolations } from '../db/invariants.ts';
import { query } from '../db/sql.ts';

let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { sweepIntervalMs: 60_000, queue: { tickMs: 600_000, stepMs: 500, offerSeconds: 120 } } });
  other = await startTestServer({ config: { sweepIntervalMs: 60_000, queue: { tickMs: 600_000, stepMs: 500, offerSeconds: 120 } }, shareDatabaseWith: server });
});
afterAll(async () => {
  await other.close();
  await server.close();
});

const RESERVE_MANY = `mutation($seats: [SeatVersionInput!]!) { reserveSeats(seats: $seats) { id version } }`;
const RELEASE = `mutation($id: ID!) { releaseSeat(id: $id) { id version status } }`;
const JOIN = `mutation($t: ID!, $q: Int!) { joinWaitlist(tierId: $t, quantity: $q) { id status position quantity offered hold { id status seats { id heldByMe } } } }`;
const LEAVE = `mutation($id: ID!) { leaveWaitlist(id: $id) { id status position } }`;
const MY_WAITLIST = `{ me { waitlist { id status position offered hold { id } } holds { id seats { id } tickets { quantity } waitlistEntry { id } } } }`;
const HOLD_UPDATED = `subscription { holdUpdated { id status expiresAt waitlistEntry { id status offered } } }`;
const TICKETS = `mutation($t: ID!, $q: Int!) { holdTickets(tierId: $t, quantity: $q) { id } }`;
const CHECKOUT = `mutation($h: ID!, $k: String!) { checkout(holdId: $h, idempotencyKey: $k) { id } }`;
const CANCEL = `mutation($id: ID!) { cancelOrder(id: $id) { id status } }`;

interface Entry {
  id: string;
  status: string;
  position: number | null;
  quantity: number;
  offered: number | null;
  hold: { id: string; status: string; seats: { id: string; heldByMe: boolean }[] } | null;
}

describe('waitlist of a sold-out tier', () => {
  it('a returned seat is offered to the first waitlisted buyer only, as a hold announced by holdUpdated', async () => {
    const event = await createEventFixture(server, { rows: 1, seatsPerRow: 3 });
    const tier = event.tiers[0]!;
    const holder = await createAccount(server);
    const [first, second] = [await createAccount(server), await createAccount(server)];
    // Not sold out yet: no line to join.
    expect(codeOf(await gql(server, JOIN, { t: tier.id, q: 1 }, first.token))).toBe('BAD_USER_INPUT');
    await ok(server, RESERVE_MANY, { seats: event.seats.map((s) => ({ id: s.id, version: s.version })) }, holder.token);

    const a = (await ok<{ joinWaitlist: Entry }>(server, JOIN, { t: tier.id, q: 1 }, first.token)).joinWaitlist;
    const b = (await ok<{ joinWaitlist: Entry }>(server, JOIN, { t: tier.id, q: 1 }, second.token)).joinWaitlist;
    expect([a.position, b.position]).toEqual([1, 2]);
    // Joining again answers the same entry.
    expect((await ok<{ joinWaitlist: Entry }>(server, JOIN, { t: tier.id, q: 1 }, first.token)).joinWaitlist.id).toBe(a.id);

    const firstSocket = wsClient(server, first.token);
    const secondSocket = wsClient(server, second.token);
    const firstHolds = subscribe<{ holdUpdated: { id: string; status: string; waitlistEntry: { id: string; status: string; offered: number } | null } }>(firstSocket, HOLD_UPDATED);
    const secondHolds = subscribe(secondSocket, HOLD_UPDATED);
    await settle();

    const released = (await ok<{ releaseSeat: { id: string; status: string } }>(server, RELEASE, { id: event.seats[1]!.id }, holder.token)).releaseSeat;
    expect(released.status).toBe('AVAILABLE');
    await firstHolds.until((items) => items.length > 0);
    expect(firstHolds.received[0]!.holdUpdated).toMatchObject({ status: 'ACTIVE', waitlistEntry: { id: a.id, status: 'OFFERED', offered: 1 } });

    const { me } = await ok<{ me: { waitlist: Entry[]; holds: { seats: { id: string }[] }[] } }>(server, MY_WAITLIST, {}, first.token);
    expect(me.holds[0]!.seats.map((s) => s.id)).toEqual([event.seats[1]!.id]);
    expect(me.waitlist[0]).toMatchObject({ id: a.id, status: 'OFFERED', offered: 1, position: null });
    const seat = await ok<{ seat: { status: string; heldByMe: boolean } }>(server, `query($id: ID!) { seat(id: $id) { status heldByMe } }`, { id: event.seats[1]!.id }, first.token);
    expect(seat.seat).toEqual({ status: 'HELD', heldByMe: true });

    const theirs = await ok<{ me: { waitlist: Entry[]; holds: unknown[] } }>(server, MY_WAITLIST, {}, second.token);
    expect(theirs.me.waitlist[0]).toMatchObject({ id: b.id, status: 'WAITING', position: 1 });
    expect(theirs.me.holds).toEqual([]);
    await settle(200);
    expect(secondHolds.received).toEqual([]);

    // Leaving the line: someone else's entry answers like a missing one.
    expect(codeOf(await gql(server, LEAVE, { id: b.id }, first.token))).toBe('NOT_FOUND');
    expect((await ok<{ leaveWaitlist: Entry }>(server, LEAVE, { id: b.id }, second.token)).leaveWaitlist.status).toBe('LEFT');
    // With nobody waiting, the next returned seat goes back on sale.
    expect((await ok<{ releaseSeat: { status: string } }>(server, RELEASE, { id: event.seats[2]!.id }, holder.token)).releaseSeat.status).toBe('AVAILABLE');
    const [stored] = await query<{ status: string }>(server.app.orm.em.fork(), `select status from seats where id = ?`, [Number(event.seats[2]!.id)]);
    expect(stored!.status).toBe('AVAILABLE');
    firstHolds.unsubscribe();
    secondHolds.unsubscribe();
    await Promise.all([firstSocket.dispose(), secondSocket.dispose()]);
    expect(await findViolations(server.app.orm.em.fork())).toEqual([]);
  });

  it('cancelled general-admission tickets go to the line in order, each buyer at most what they asked for', async () => {
    const event = await createEventFixture(server, { rows: 0, gaCapacity: 4 });
    const ga = event.tiers[0]!;
    const buyer = await createAccount(server);
    const held = (await ok<{ holdTickets: { id: string } }>(server, TICKETS, { t: ga.id, q: 4 }, buyer.token)).holdTickets;
    const order = (await ok<{ checkout: { id: string } }>(server, CHECKOUT, { h: held.id, k: 'ga-sold-out' }, buyer.token)).checkout;
    const line = [await createAccount(server), await createAccount(server), await createAccount(server)];
    await ok(server, JOIN, { t: ga.id, q: 3 }, line[0]!.token);
    await ok(server, JOIN, { t: ga.id, q: 2 }, line[1]!.token);
    await ok(server, JOIN, { t: ga.id, q: 2 }, line[2]!.token);

    await ok(server, CANCEL, { id: order.id }, buyer.token);
    const holds = await Promise.all(line.map(async (b) => (await ok<{ me: { holds: { tickets: { quantity: number }[] }[] } }>(server, MY_WAITLIST, {}, b.token)).me.holds));
    expect(holds.map((h) => h.map((x) => x.tickets.reduce((n, t) => n + t.quantity, 0)))).toEqual([[3], [1], []]);
    const [tier] = await query<{ held: number; sold: number }>(server.app.orm.em.fork(), `select held, sold from tiers where id = ?`, [Number(ga.id)]);
    expect(tier).toEqual({ held: 4, sold: 0 });
    expect(await findViolations(server.app.orm.em.fork())).toEqual([]);
  });

  it('two processes offering the same returned seats at once offer each seat once, in line order', async () => {
    const event = await createEventFixture(server, { rows: 1, seatsPerRow: 6 });
    const tier = event.tiers[0]!;
    const holder = await createAccount(server);
    await ok(server, RESERVE_MANY, { seats: event.seats.map((s) => ({ id: s.id, version: s.version })) }, holder.token);
    const line = await Promise.all(Array.from({ length: 8 }, () => createAccount(server)));
    for (const buyer of line) await ok(server, JOIN, { t: tier.id, q: 1 }, buyer.token);

    // The hold expires; both processes' sweepers and keepers run at the same moment.
    server.clock.advance(16 * 60_000);
    other.clock.advance(16 * 60_000);
    await Promise.all([server.sweeper.sweepNow(), other.sweeper.sweepNow(), server.queueKeeper.stepNow(), other.queueKeeper.stepNow()]);
    await Promise.all([server.queueKeeper.stepNow(), other.queueKeeper.stepNow()]);

    const entries = await query<{ buyer_id: number; status: string; offered: number | null }>(
      server.app.orm.em.fork(),
      `select buyer_id, status, offered from waitlist_entries where tier_id = ? order by id`,
      [Number(tier.id)],
    );
    expect(entries.map((e) => e.status)).toEqual(['OFFERED', 'OFFERED', 'OFFERED', 'OFFERED', 'OFFERED', 'OFFERED', 'WAITING', 'WAITING']);
    const seats = await query<{ status: string; holder_id: number }>(server.app.orm.em.fork(), `select status, holder_id from seats where tier_id = ? order by id`, [Number(tier.id)]);
    expect(new Set(seats.map((s) => s.holder_id))).toEqual(new Set(line.slice(0, 6).map((b) => b.id)));
    expect(await findViolations(server.app.orm.em.fork())).toEqual([]);
  });
});
