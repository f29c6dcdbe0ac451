import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createAccount, createBuyers, gql, ok, startTestServer, subscribe, wsClient, type TestServer } from '../../test/harness.ts';
import { query } from '../db/sql.ts';
import { findViolations } from '../db/invariants.ts';
import { shuffledOrder } from './queue-rules.ts';
import { QUEUE_TEST_CONFIG, QUEUE_UPDATED, SET_QUEUE, join, open, queuedEvent, step, type Ticket } from './test-support.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { ...QUEUE_TEST_CONFIG, sweepIntervalMs: 60_000 } });
});
afterAll(() => server.close());

const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version status } }`;
const RESERVE_MANY = `mutation($seats: [SeatVersionInput!]!) { reserveSeats(seats: $seats) { id } }`;
const BEST = `mutation($e: ID!, $t: ID!) { reserveBestAvailable(eventId: $e, tierId: $t, quantity: 2) { id } }`;
const TICKETS = `mutation($t: ID!) { holdTickets(tierId: $t, quantity: 1) { id } }`;
const SEAT = `query($id: ID!) { seat(id: $id) { id version status } }`;

describe('the waiting room at the door of every reserve and hold mutation', () => {
  it('a reserve without admission is NOT_ADMITTED and changes nothing; once admitted it holds the seat', async () => {
    const event = await queuedEvent(server, { gaCapacity: 20 });
    const ga = event.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    const stalls = event.tiers.find((t) => t.kind === 'RESERVED')!;
    const buyer = await createAccount(server);
    const seat = event.seats[0]!;
    const before = await query<{ n: number }>(server.app.orm.em.fork(), `select count(*)::int as n from holds where event_id = ?`, [Number(event.id)]);

    const refusals = [
      await gql(server, RESERVE, { id: seat.id, version: seat.version }, buyer.token),
      await gql(server, RESERVE_MANY, { seats: event.seats.slice(1, 3).map((s) => ({ id: s.id, version: s.version })) }, buyer.token),
      await gql(server, BEST, { e: event.id, t: stalls.id }, buyer.token),
      await gql(server, TICKETS, { t: ga.id }, buyer.token),
    ];
    expect(refusals.map(codeOf)).toEqual(['NOT_ADMITTED', 'NOT_ADMITTED', 'NOT_ADMITTED', 'NOT_ADMITTED']);
    // Joined but waiting (the room has not opened): still refused.
    const ticket = await join(server, event.id, buyer);
    expect(ticket).toMatchObject({ status: 'WAITING', position: null, aheadOfYou: null });
    expect(codeOf(await gql(server, RESERVE, { id: seat.id, version: seat.version }, buyer.token))).toBe('NOT_ADMITTED');
    // A stale version too: a buyer still queueing learns nothing of the seat (no CONFLICT with its state).
    const stale = await gql(server, RESERVE, { id: seat.id, version: seat.version + 7 }, buyer.token);
    expect(codeOf(stale)).toBe('NOT_ADMITTED');
    expect(stale.errors?.[0]?.extensions?.['seat']).toBeUndefined();
    // More tickets than are left: still NOT_ADMITTED, not SOLD_OUT with the count.
    expect(codeOf(await gql(server, TICKETS.replace('quantity: 1', 'quantity: 21'), { t: ga.id }, buyer.token))).toBe('NOT_ADMITTED');

    // Nothing changed: the seat keeps its version, the tier its counts, no hold was opened.
    const { seat: after } = await ok<{ seat: { version: number; status: string } }>(server, SEAT, { id: seat.id });
    expect(after).toMatchObject({ version: seat.version, status: 'AVAILABLE' });
    const holds = await query<{ n: number }>(server.app.orm.em.fork(), `select count(*)::int as n from holds where event_id = ?`, [Number(event.id)]);
    expect(holds[0]!.n).toBe(before[0]!.n);
    const [tier] = await query<{ held: number }>(server.app.orm.em.fork(), `select held from tiers where id = ?`, [Number(ga.id)]);
    expect(tier!.held).toBe(0);

    await open(server, event);
    const admitted = await join(server, event.id, buyer);
    expect(admitted).toMatchObject({ id: ticket.id, status: 'ADMITTED', position: 1, aheadOfYou: 0 });
    expect(new Date(admitted.admittedUntil!).getTime() - new Date(admitted.admittedAt!).getTime()).toBe(10 * 60_000);
    const { reserveSeat } = await ok<{ reserveSeat: { status: string } }>(server, RESERVE, { id: seat.id, version: seat.version }, buyer.token);
    expect(reserveSeat.status).toBe('HELD');
    await ok(server, TICKETS, { t: ga.id }, buyer.token);

    // Past admittedUntil the buyer keeps the hold but cannot add to it.
    server.clock.advance(10 * 60_000 + 1000);
    const next = event.seats[5]!;
    expect(codeOf(await gql(server, RESERVE, { id: next.id, version: next.version }, buyer.token))).toBe('NOT_ADMITTED');
    expect(await findViolations(server.app.orm.em.fork())).toEqual([]);
  });

  it('an event without a waiting room sells as before, and joinQueue says it has none', async () => {
    const event = await queuedEvent(server);
    await ok(server, SET_QUEUE, { e: event.id, q: null }, event.organizer.token);
    const buyer = await createAccount(server);
    await ok(server, RESERVE, { id: event.seats[0]!.id, version: event.seats[0]!.version }, buyer.token);
    expect(codeOf(await gql(server, `mutation($e: ID!) { joinQueue(eventId: $e) { id } }`, { e: event.id }, buyer.token))).toBe('BAD_USER_INPUT');
  });

  it('joining twice answers the same ticket; the policy cannot change once the room has opened', async () => {
    const event = await queuedEvent(server);
    const buyer = await createAccount(server);
    const [a, b] = await Promise.all([join(server, event.id, buyer), join(server, event.id, buyer)]);
    expect(a.id).toBe(b.id);
    await open(server, event);
    const changed = await gql(server, SET_QUEUE, { e: event.id, q: { opensAt: new Date(server.clock.now().getTime() + 3600_000).toISOString(), admitPerMinute: 5 } }, event.organizer.token);
    expect(codeOf(changed)).toBe('BAD_USER_INPUT');
    const stranger = await createAccount(server, 'ORGANIZER');
    expect(codeOf(await gql(server, SET_QUEUE, { e: event.id, q: null }, stranger.token))).toBe('FORBIDDEN');
  });
});

describe('fairness: a random order at opening, arrival order after it', () => {
  it('buyers who joined before opening have a random place (recorded, auditable); those after, a place after every earlier one', async () => {
    const event = await queuedEvent(server, { admitPerMinute: 1 });
    const early = await createBuyers(server, 60);
    const joinOrder: Ticket[] = [];
    for (const buyer of early) joinOrder.push(await join(server, event.id, buyer));
    await open(server, event);

    const seats = await query<{ id: number; position: number; seed: string }>(
      server.app.orm.em.fork(),
      `select t.id, t.position, q.shuffle_seed as seed from queue_tickets t join event_queues q on q.event_id = t.event_id where t.event_id = ? order by t.position`,
      [Number(event.id)],
    );
    expect(seats.map((s) => s.position)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    // The audit: anyone with the published seed recomputes the order.
    const { event: published } = await ok<{ event: { queue: { shuffleSeed: string; shuffledAt: string } } }>(server, `query($e: ID!) { event(id: $e) { queue { shuffleSeed shuffledAt } } }`, { e: event.id });
    expect(published.queue.shuffleSeed).toMatch(/^[0-9a-f]{64}$/);
    expect(seats.map((s) => s.id)).toEqual(shuffledOrder(published.queue.shuffleSeed, joinOrder.map((t) => Number(t.id))));
    // Not the order they came in: the rank correlation of join order and place is small.
    const place = new Map(seats.map((s) => [s.id, s.position]));
    const n = joinOrder.length;
    const d2 = joinOrder.reduce((sum, t, i) => sum + (place.get(Number(t.id))! - (i + 1)) ** 2, 0);
    const rho = 1 - (6 * d2) / (n * (n * n - 1));
    expect(Math.abs(rho)).toBeLessThan(0.45);

    const late = await createBuyers(server, 3);
    for (const buyer of late) expect((await join(server, event.id, buyer)).position).toBeNull();
    await step(server);
    const placed = await Promise.all(late.map((b) => join(server, event.id, b)));
    expect(placed.map((t) => t.position)).toEqual([61, 62, 63]);
    expect(placed[2]!.aheadOfYou).toBe(62 - 1);
  });
});

describe('admission', () => {
  it('an unused admission expires and admits the next (one seat left: one live admission at a time)', async () => {
    const event = await queuedEvent(server, { rows: 1, seatsPerRow: 1, admitPerMinute: 600, admissionMinutes: 1 });
    const [first, second, third] = await createBuyers(server, 3);
    for (const buyer of [first!, second!, third!]) await join(server, event.id, buyer);
    await open(server, event);
    const tickets = async () => Promise.all([first!, second!, third!].map((b) => join(server, event.id, b)));
    let now = await tickets();
    // The rate would admit ten per second, but only one seat is left to hold.
    expect(now.filter((t) => t.status === 'ADMITTED')).toHaveLength(1);
    const firstIn = now.findIndex((t) => t.status === 'ADMITTED');

    const client = wsClient(server, [first!, second!, third!][now.findIndex((t) => t.position === 2)]!.token);
    const watcher = subscribe<{ queueUpdated: Ticket }>(client, QUEUE_UPDATED, { e: event.id });
    await watcher.until((items) => items.length >= 1);
    expect(watcher.received[0]!.queueUpdated).toMatchObject({ status: 'WAITING', position: 2, aheadOfYou: 0 });

    await step(server, 30_000);
    expect((await tickets()).filter((t) => t.status === 'ADMITTED')).toHaveLength(1);
    await step(server, 31_000);
    now = await tickets();
    expect(now[firstIn]!.status).toBe('EXPIRED');
    expect(now.find((t) => t.position === 2)!.status).toBe('ADMITTED');
    expect(now.find((t) => t.position === 3)!.status).toBe('WAITING');
    await watcher.until((items) => items.some((i) => i.queueUpdated.status === 'ADMITTED'));
    expect(watcher.received.at(-1)!.queueUpdated).toMatchObject({ status: 'ADMITTED', position: 2, aheadOfYou: 0, estimatedWaitSeconds: 0 });
    watcher.unsubscribe();
    await client.dispose();
  });

  it('a used admission does not expire: the buyer who holds the seat keeps their turn', async () => {
    const event = await queuedEvent(server, { rows: 1, seatsPerRow: 1, admitPerMinute: 600, admissionMinutes: 1 });
    const [first, second] = await createBuyers(server, 2);
    await join(server, event.id, first!);
    await join(server, event.id, second!);
    await open(server, event);
    const inTurn = (await join(server, event.id, first!)).status === 'ADMITTED' ? first! : second!;
    const other = inTurn === first ? second! : first!;
    const seat = event.seats[0]!;
    await ok(server, RESERVE, { id: seat.id, version: seat.version }, inTurn.token);
    await step(server, 61_000);
    expect((await join(server, event.id, inTurn)).status).toBe('ADMITTED');
    // The seat is held, so there is nothing left to admit the other buyer to.
    expect((await join(server, event.id, other)).status).toBe('WAITING');
  });
});
