import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../../test/statements.ts';
import { loadConfig } from '../config.ts';
import { createAccount, createEventFixture, ok, startTestServer, type Account, type EventFixture, type TestServer } from '../../test/harness.ts';

let server: TestServer;
beforeAll(async () => {
  // No background job may send a statement while one is counted: the sweeper, webhook deliveries, reserved tiers' counts.
  const quiet = { ...loadConfig({ NODE_ENV: 'test' }).partners, webhookPollMs: 60_000, tierCountsIntervalMs: 60_000 };
  server = await startTestServer({ config: { sweepIntervalMs: 60_000, partners: quiet } });
});
afterAll(() => server.close());

const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version status heldByMe } }`;
const RESERVE_MANY = `mutation($seats: [SeatVersionInput!]!) { reserveSeats(seats: $seats) { id version status } }`;
const RELEASE = `mutation($id: ID!) { releaseSeat(id: $id) { id version status } }`;
const HOLD_TICKETS = `mutation($tier: ID!) { holdTickets(tierId: $tier, quantity: 2) { id status expiresAt } }`;
const EXTEND = `mutation($id: ID!) { extendHold(holdId: $id) { id status expiresAt maxExpiresAt } }`;
const RELEASE_HOLD = `mutation($id: ID!) { releaseHold(holdId: $id) { id status } }`;
const CHECKOUT = `mutation($id: ID!, $key: String!) { checkout(holdId: $id, idempotencyKey: $key) { id status totalCents } }`;
const CANCEL = `mutation($id: ID!) { cancelOrder(id: $id) { id status } }`;
const MY_HOLD = `{ me { holds { id } } }`;

async function statementsOf<T>(document: string, variables: Record<string, unknown>, buyer: Account): Promise<{ count: number; texts: string[]; data: T }> {
  let data!: T;
  const { count, texts } = await countStatements(server, async () => {
    data = await ok<T>(server, document, variables, buyer.token);
  });
  return { count, texts, data };
}

async function holdOf(buyer: Account): Promise<string> {
  const { me } = await ok<{ me: { holds: { id: string }[] } }>(server, MY_HOLD, {}, buyer.token);
  return me.holds[0]!.id;
}

describe('every inventory mutation is one statement to PostgreSQL on its success path', () => {
  let event: EventFixture;
  beforeAll(async () => {
    event = await createEventFixture(server, { rows: 2, seatsPerRow: 10, gaCapacity: 50 });
  });
  const seat = (i: number) => event.seats[i]!;

  it('reserveSeat, a first seat (opening the hold) and a second (claiming it), releaseSeat, extendHold, checkout, cancelOrder', async () => {
    const buyer = await createAccount(server);
    const first = await statementsOf(RESERVE, { id: seat(0).id, version: seat(0).version }, buyer);
    expect(first.count, first.texts.join('\n')).toBe(1);
    const second = await statementsOf(RESERVE, { id: seat(1).id, version: seat(1).version }, buyer);
    expect(second.count, second.texts.join('\n')).toBe(1);
    const released = await statementsOf(RELEASE, { id: seat(1).id }, buyer);
    expect(released.count, released.texts.join('\n')).toBe(1);

    const holdId = await holdOf(buyer);
    const extended = await statementsOf(EXTEND, { id: holdId }, buyer);
    expect(extended.count, extended.texts.join('\n')).toBe(1);
    const sold = await statementsOf<{ checkout: { id: string } }>(CHECKOUT, { id: holdId, key: 'one-statement' }, buyer);
    expect(sold.count, sold.texts.join('\n')).toBe(1);
    const again = await statementsOf(CHECKOUT, { id: holdId, key: 'one-statement' }, buyer);
    expect(again.count, again.texts.join('\n')).toBe(1);
    const cancelled = await statementsOf(CANCEL, { id: sold.data.checkout.id }, buyer);
    expect(cancelled.count, cancelled.texts.join('\n')).toBe(1);
  });

  it('reserveSeats of several seats, holdTickets, releaseHold', async () => {
    const buyer = await createAccount(server);
    const many = await statementsOf(RESERVE_MANY, { seats: [2, 3, 4].map((i) => ({ id: seat(i).id, version: seat(i).version })) }, buyer);
    expect(many.count, many.texts.join('\n')).toBe(1);
    const ga = event.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    const tickets = await statementsOf<{ holdTickets: { id: string } }>(HOLD_TICKETS, { tier: ga.id }, buyer);
    expect(tickets.count, tickets.texts.join('\n')).toBe(1);
    const releasedHold = await statementsOf(RELEASE_HOLD, { id: tickets.data.holdTickets.id }, buyer);
    expect(releasedHold.count, releasedHold.texts.join('\n')).toBe(1);
  });

  it('a CONFLICT is one statement too, and carries the seat as that statement read it', async () => {
    const [winner, loser] = [await createAccount(server), await createAccount(server)];
    await ok(server, RESERVE, { id: seat(5).id, version: seat(5).version }, winner.token);
    let answer: unknown;
    const { count } = await countStatements(server, async () => {
      answer = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${loser.token}` },
        body: JSON.stringify({ query: RESERVE, variables: { id: seat(5).id, version: seat(5).version } }),
      }).then((r) => r.json());
    });
    expect(count).toBe(1);
    expect(answer).toMatchObject({ errors: [{ extensions: { code: 'CONFLICT', seat: { id: seat(5).id, version: seat(5).version + 1, status: 'HELD' } } }] });
  });

  it('what an on-sale buyer polls is one statement too: their holds with seats and totals, a checkout answering with its tickets\' seats', async () => {
    const buyer = await createAccount(server);
    await ok(server, RESERVE, { id: seat(15).id, version: seat(15).version }, buyer.token);
    await ok(server, RESERVE, { id: seat(16).id, version: seat(16).version }, buyer.token);
    const holds = await statementsOf<{ me: { role: string; holds: { id: string; totalCents: number; currency: string; seats: { id: string; status: string; heldByMe: boolean }[] }[] } }>(
      `{ me { id role holds { id eventId status expiresAt expiringSoon totalCents currency seats { id version status heldByMe } } } }`,
      {},
      buyer,
    );
    expect(holds.count, holds.texts.join('\n')).toBe(1);
    const [hold] = holds.data.me.holds;
    expect(hold!.seats.map((s) => [s.id, s.status, s.heldByMe])).toEqual([[seat(15).id, 'HELD', true], [seat(16).id, 'HELD', true]]);
    const lines = await ok<{ me: { holds: { heldSeats: { priceCents: number }[] }[] } }>(server, `{ me { holds { heldSeats { priceCents } } } }`, {}, buyer.token);
    expect(hold!.totalCents).toBeGreaterThan(0);
    expect(hold!.totalCents).toBe(lines.me.holds[0]!.heldSeats.reduce((n, l) => n + l.priceCents, 0));
    expect(holds.data.me.role).toBe('BUYER');

    const sold = await statementsOf<{ checkout: { tickets: { seat: { id: string; status: string } }[] } }>(
      `mutation($id: ID!, $key: String!) { checkout(holdId: $id, idempotencyKey: $key) { id status totalCents tickets { id priceCents seat { id version status } } } }`,
      { id: hold!.id, key: 'one-statement-seats' },
      buyer,
    );
    expect(sold.count, sold.texts.join('\n')).toBe(1);
    expect(sold.data.checkout.tickets.map((t) => [t.seat.id, t.seat.status]).sort()).toEqual([[seat(15).id, 'SOLD'], [seat(16).id, 'SOLD']].sort());
    // The account's own fields are read only when asked for.
    const named = await statementsOf<{ me: { email: string; name: string } }>(`{ me { email name holds { id } } }`, {}, buyer);
    expect(named.count, named.texts.join('\n')).toBe(2);
    expect(named.data.me.email).toBe(buyer.email);
  });

  it('the sweeper ends a batch of expired holds in one statement', async () => {
    const buyers = await Promise.all([0, 1, 2].map(() => createAccount(server)));
    await Promise.all(buyers.map((b, i) => ok(server, RESERVE, { id: seat(10 + i).id, version: seat(10 + i).version }, b.token)));
    server.clock.advance(4 * 60_000);
    let ended = 0;
    const { count, texts } = await countStatements(server, async () => {
      ended = await server.sweeper.sweepNow();
    });
    expect(ended).toBeGreaterThanOrEqual(3);
    // One statement ends the batch; the second announces the holds about to expire.
    expect(count, texts.join('\n')).toBe(2);
  });
});
