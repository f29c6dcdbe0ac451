import { isLeafType, isNonNullType, getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { buildSchema } from '../schema.ts';
import { createAccount, createEventFixture, gql, ok, settle, startTestServer, subscribe, wsClient, type Account, type EventFixture, type TestServer } from '../../test/harness.ts';

/** Every field a type offers that takes no required argument, down to `depth` levels. */
function fullSelection(type: GraphQLObjectType, depth = 3): string {
  const fields = Object.values(type.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)));
  return `{ ${fields
    .map((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return field.name;
      return isObjectType(named) && depth > 1 ? `${field.name} ${fullSelection(named, depth - 1)}` : '';
    })
    .filter(Boolean)
    .join(' ')} }`;
}

const schema = buildSchema();
const SEAT_FIELDS = fullSelection(schema.getType('Seat') as GraphQLObjectType);
const TIER_FIELDS = fullSelection(schema.getType('Tier') as GraphQLObjectType);
const SEAT_UPDATED = `subscription($e: ID!) { seatUpdated(eventId: $e) ${SEAT_FIELDS} }`;
const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id version } }`;
const RELEASE = `mutation($id: ID!) { releaseSeat(id: $id) { id } }`;

type Seat = Record<string, unknown> & { id: string; version: number; status: string; heldByMe: boolean };

let server: TestServer;
beforeAll(async () => {
  // A reserved tier's version moves when the tier-count job catches up with its seats; here every
  // viewer's read must see the tier as the change left it, so the job waits.
  server = await startTestServer({ config: { partners: { ...loadConfig({ NODE_ENV: 'test' }).partners, tierCountsIntervalMs: 60_000 } } });
});
afterAll(() => server.close());

async function groupCount(): Promise<number> {
  const text = await (await fetch(server.url.replace('/graphql', '/metrics'))).text();
  return Number(/^tessera_subscription_groups (\d+)/m.exec(text)?.[1]);
}

describe('subscribers sharing one execution per change', () => {
  let event: EventFixture;
  let holder: Account;
  let other: Account;
  let organizer: Account;
  beforeAll(async () => {
    event = await createEventFixture(server, { rows: 1, seatsPerRow: 6 });
    [holder, other, organizer] = await Promise.all([createAccount(server), createAccount(server), createAccount(server, 'ORGANIZER')]);
  });

  it('give every viewer exactly what its own query would read, for every field a seat update can select', async () => {
    const viewers = { holder: holder.token, other: other.token, organizer: organizer.token, anonymous: undefined };
    const clients = Object.entries(viewers).map(([name, token]) => ({ name, token, client: wsClient(server, token) }));
    const streams = clients.map((c) => ({ ...c, stream: subscribe<{ seatUpdated: Seat }>(c.client, SEAT_UPDATED, { e: event.id }) }));
    await settle(300);
    try {
      const seat = event.seats[0]!;
      await ok(server, RESERVE, { id: seat.id, version: seat.version }, holder.token);
      for (const { name, token, stream } of streams) {
        await stream.until((u) => u.length >= 1);
        // The same selection read over HTTP as the same viewer, after the change: it must match field for field.
        const { seat: read } = await ok<{ seat: Seat }>(server, `query($id: ID!) { seat(id: $id) ${SEAT_FIELDS} }`, { id: seat.id }, token);
        expect(stream.received[0]!.seatUpdated, name).toEqual(read);
        expect(read.heldByMe, name).toBe(name === 'holder');
      }
      await ok(server, RELEASE, { id: seat.id }, holder.token);
      for (const { name, stream } of streams) {
        await stream.until((u) => u.length >= 2);
        expect(stream.received[1]!.seatUpdated, name).toMatchObject({ id: seat.id, status: 'AVAILABLE', heldByMe: false, version: seat.version + 2 });
      }
      // Four viewers, one document and the same variables: one group.
      expect(await groupCount()).toBe(1);
    } finally {
      await Promise.all(clients.map((c) => c.client.dispose()));
    }
    await settle(200);
    expect(await groupCount()).toBe(0);
  });

  it('tier updates carry the same counts for every viewer, read fresh at each change', async () => {
    const ga = await createEventFixture(server, { rows: 0, gaCapacity: 10 });
    const tierId = ga.tiers[0]!.id;
    const clients = [wsClient(server, holder.token), wsClient(server, other.token), wsClient(server)];
    const streams = clients.map((c) => subscribe<{ tierUpdated: Record<string, unknown> }>(c, `subscription($e: ID!) { tierUpdated(eventId: $e) ${TIER_FIELDS} }`, { e: ga.id }));
    await settle(300);
    try {
      for (const quantity of [2, 3]) {
        await ok(server, `mutation($t: ID!, $q: Int!) { holdTickets(tierId: $t, quantity: $q) { id } }`, { t: tierId, q: quantity }, quantity === 2 ? holder.token : other.token);
      }
      for (const stream of streams) await stream.until((u) => u.length >= 2);
      const { event: read } = await ok<{ event: { tiers: Record<string, unknown>[] } }>(server, `query($id: ID!) { event(id: $id) { tiers ${TIER_FIELDS} } }`, { id: ga.id });
      for (const stream of streams) {
        expect(stream.received.map((u) => u.tierUpdated['held'])).toEqual([2, 5]);
        expect(stream.received[1]!.tierUpdated).toEqual(read.tiers[0]);
      }
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });

  it('still checks each subscriber: a buyer joining the organiser’s group on a draft event is refused', async () => {
    const draft = await createEventFixture(server, { rows: 1, seatsPerRow: 2, organizer, publish: false });
    const owner = wsClient(server, organizer.token);
    const buyer = wsClient(server, other.token);
    try {
      const watching = subscribe<{ seatUpdated: Seat }>(owner, SEAT_UPDATED, { e: draft.id });
      await settle(300);
      const refused = subscribe<{ seatUpdated: Seat }>(buyer, SEAT_UPDATED, { e: draft.id });
      await refused.until(() => refused.errors.length > 0);
      expect(JSON.stringify(refused.errors)).toContain('NOT_FOUND');
      expect(watching.errors).toEqual([]);
    } finally {
      await Promise.all([owner.dispose(), buyer.dispose()]);
    }
  });

  it('subscribers joining and leaving while changes flow: each one still present gets every change once, in order', async () => {
    const busy = await createEventFixture(server, { rows: 1, seatsPerRow: 10 });
    const buyers = await Promise.all(Array.from({ length: 4 }, () => createAccount(server)));
    const stayers = Array.from({ length: 6 }, (_, i) => wsClient(server, buyers[i % 4]!.token));
    const stay = stayers.map((c) => subscribe<{ seatUpdated: Seat }>(c, SEAT_UPDATED, { e: busy.id }));
    await settle(300);
    let churning = true;
    const churn = (async () => {
      while (churning) {
        const client = wsClient(server, buyers[0]!.token);
        const s = subscribe<{ seatUpdated: Seat }>(client, SEAT_UPDATED, { e: busy.id });
        await settle(5 + Math.random() * 20);
        s.unsubscribe();
        await client.dispose();
      }
    })();
    try {
      // Ten buyers' worth of changes at once: reserve every seat, then release it.
      await Promise.all(busy.seats.map((seat, i) => ok(server, RESERVE, { id: seat.id, version: seat.version }, buyers[i % 4]!.token)));
      await Promise.all(busy.seats.map((seat, i) => ok(server, RELEASE, { id: seat.id }, buyers[i % 4]!.token)));
      for (const s of stay) await s.until((u) => u.length >= 20);
      await settle(200);
      for (const [i, s] of stay.entries()) {
        expect(s.received).toHaveLength(20);
        const me = buyers[i % 4]!;
        for (const seat of busy.seats) {
          const updates = s.received.map((u) => u.seatUpdated).filter((u) => u.id === seat.id);
          expect(updates.map((u) => [u.version, u.status])).toEqual([[seat.version + 1, 'HELD'], [seat.version + 2, 'AVAILABLE']]);
          const reservedByMe = busy.seats.indexOf(seat) % 4 === buyers.indexOf(me);
          expect(updates[0]!.heldByMe).toBe(reservedByMe);
        }
      }
    } finally {
      churning = false;
      await churn;
      await Promise.all(stayers.map((c) => c.dispose()));
    }
    const after = await gql(server, `{ __typename }`);
    expect(after.errors).toBeUndefined();
  });
});
