import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../src/schema.ts';
import { loadConfig } from '../src/config.ts';
import { codeOf, createAccount, createEventFixture, gql, ok, settle, startTestServer, subscribe, wsClient, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const RESERVE = `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id version status label hold { id expiresAt } } }`;

describe('the contract’s gaps, closed', () => {
  it('tierUpdated fires for a reserved tier within 250 ms of a reservation, with its counts and a newer version', async () => {
    const event = await createEventFixture(server, { rows: 2, seatsPerRow: 5 });
    const tier = event.tiers.find((t) => t.kind === 'RESERVED')!;
    const { event: before } = await ok<{ event: { tiers: { id: string; version: number; held: number }[] } }>(server, `query($id: ID!) { event(id: $id) { tiers { id version held } } }`, { id: event.id });
    const client = wsClient(server);
    const stream = subscribe<{ tierUpdated: { id: string; held: number; sold: number; available: number; version: number } }>(
      client, `subscription($e: ID!) { tierUpdated(eventId: $e) { id held sold available version } }`, { e: event.id });
    await settle(300);
    const buyer = await createAccount(server);
    const started = performance.now();
    await Promise.all(event.seats.slice(0, 3).map((s) => ok(server, RESERVE, { id: s.id, v: s.version }, buyer.token)));
    await stream.until((u) => u.some((x) => x.tierUpdated.held === 3), 2000);
    const elapsed = performance.now() - started;
    const update = stream.received.find((u) => u.tierUpdated.held === 3)!.tierUpdated;
    expect(update).toMatchObject({ id: tier.id, held: 3, sold: 0, available: 7 });
    expect(update.version).toBeGreaterThan(before.tiers.find((t) => t.id === tier.id)!.version);
    expect(elapsed).toBeLessThan(250 + 150); // the job runs every 200 ms; the margin is the three requests themselves
    // The versions of the updates only grow.
    const versions = stream.received.map((u) => u.tierUpdated.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    await client.dispose();
  });

  it('the reserve answers say which hold the seats went into', async () => {
    const event = await createEventFixture(server);
    const buyer = await createAccount(server);
    const seat = event.seats[0]!;
    const { reserveSeat } = await ok<{ reserveSeat: { hold: { id: string }; label: string } }>(server, RESERVE, { id: seat.id, v: seat.version }, buyer.token);
    const { me } = await ok<{ me: { holds: { id: string }[] } }>(server, `{ me { holds { id } } }`, {}, buyer.token);
    expect(reserveSeat.hold.id).toBe(me.holds[0]!.id);
    expect(reserveSeat.label).toBe(`Section A, row ${seat.row}, seat ${seat.number}`);
    const many = await ok<{ reserveSeats: { hold: { id: string } }[] }>(server, `mutation($s: [SeatVersionInput!]!) { reserveSeats(seats: $s) { hold { id } } }`, { s: [1, 2].map((i) => ({ id: event.seats[i]!.id, version: 1 })) }, buyer.token);
    expect(many.reserveSeats.map((s) => s.hold.id)).toEqual([me.holds[0]!.id, me.holds[0]!.id]);
    // Another buyer reading the seat learns nothing of the hold.
    const other = await createAccount(server);
    const seen = await ok<{ seat: { hold: unknown; heldByMe: boolean } }>(server, `query($id: ID!) { seat(id: $id) { heldByMe hold { id } } }`, { id: seat.id }, other.token);
    expect(seen.seat).toEqual({ heldByMe: false, hold: null });
    const own = await ok<{ seat: { hold: { id: string } } }>(server, `query($id: ID!) { seat(id: $id) { hold { id } } }`, { id: seat.id }, buyer.token);
    expect(own.seat.hold.id).toBe(me.holds[0]!.id);
  });

  it('held seats carry the price they were held at', async () => {
    const event = await createEventFixture(server);
    const buyer = await createAccount(server);
    await ok(server, RESERVE, { id: event.seats[0]!.id, v: 1 }, buyer.token);
    const { me } = await ok<{ me: { holds: { heldSeats: { priceCents: number; seat: { id: string; heldByMe: boolean } }[]; totalCents: number }[] } }>(
      server, `{ me { holds { totalCents heldSeats { priceCents seat { id heldByMe } } } } }`, {}, buyer.token);
    expect(me.holds[0]).toEqual({ totalCents: 5000, heldSeats: [{ priceCents: 5000, seat: { id: event.seats[0]!.id, heldByMe: true } }] });
  });

  it('messages say what happened: a stale version of an available seat, a second checkout with a new key', async () => {
    const event = await createEventFixture(server);
    const [a, b] = [await createAccount(server), await createAccount(server)];
    const seat = event.seats[0]!;
    await ok(server, RESERVE, { id: seat.id, v: seat.version }, a.token);
    await ok(server, `mutation($id: ID!) { releaseSeat(id: $id) { id } }`, { id: seat.id }, a.token);
    const stale = await gql(server, RESERVE, { id: seat.id, v: seat.version }, b.token);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!['seat']).toMatchObject({ status: 'AVAILABLE', version: seat.version + 2 });
    expect(stale.errors![0]!.message).toBe(`Seat ${seat.id} changed meanwhile (now version ${seat.version + 2})`);

    const { reserveSeat } = await ok<{ reserveSeat: { hold: { id: string } } }>(server, RESERVE, { id: seat.id, v: seat.version + 2 }, b.token);
    await ok(server, `mutation($h: ID!) { checkout(holdId: $h, idempotencyKey: "one") { id } }`, { h: reserveSeat.hold.id }, b.token);
    const second = await gql(server, `mutation($h: ID!) { checkout(holdId: $h, idempotencyKey: "two") { id } }`, { h: reserveSeat.hold.id }, b.token);
    expect(codeOf(second)).toBe('HOLD_EXPIRED');
    expect(second.errors![0]!.message).toBe('This hold was already checked out (with another idempotency key)');
  });

  it('the EXPIRED push of holdUpdated lists the seats that went back on sale', async () => {
    const event = await createEventFixture(server);
    const buyer = await createAccount(server);
    const client = wsClient(server, buyer.token);
    const stream = subscribe<{ holdUpdated: { status: string; seats: { id: string; status: string; version: number; heldByMe: boolean }[] } }>(
      client, `subscription { holdUpdated { status seats { id status version heldByMe } } }`);
    await settle(300);
    await ok(server, RESERVE, { id: event.seats[0]!.id, v: 1 }, buyer.token);
    await ok(server, RESERVE, { id: event.seats[1]!.id, v: 1 }, buyer.token);
    server.clock.advance(181_000);
    await server.sweeper.sweepNow();
    await stream.until((u) => u.some((x) => x.holdUpdated.status === 'EXPIRED'));
    const expired = stream.received.find((x) => x.holdUpdated.status === 'EXPIRED')!.holdUpdated;
    expect(expired.seats).toEqual([0, 1].map((i) => ({ id: event.seats[i]!.id, status: 'AVAILABLE', version: 3, heldByMe: false })));
    await client.dispose();
  });

  it('DateTime keeps its description over introspection, every argument is described, PageInfo is complete', async () => {
    const { __type } = await ok<{ __type: { description: string } }>(server, `{ __type(name: "DateTime") { description } }`);
    expect(__type.description).toMatch(/ISO-8601/);
    const { __schema } = await ok<{ __schema: { types: { name: string; fields: { name: string; args: { name: string; description: string | null }[] }[] | null }[] } }>(
      server, `{ __schema { types { name fields { name args { name description } } } } }`);
    const undescribed = __schema.types
      .filter((t) => !t.name.startsWith('__'))
      .flatMap((t) => (t.fields ?? []).flatMap((f) => f.args.filter((a) => !a.description).map((a) => `${t.name}.${f.name}(${a.name})`)));
    expect(undescribed).toEqual([]);
    expect(__schema.types.flatMap((t) => (t.fields ?? []).flatMap((f) => f.args)).length).toBeGreaterThan(28);

    for (let i = 0; i < 3; i++) await createEventFixture(server);
    const page = `query($after: String) { events(first: 2, after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }`;
    const first = await ok<{ events: { pageInfo: Record<string, unknown>; edges: { cursor: string }[] } }>(server, page, {});
    expect(first.events.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: first.events.edges[0]!.cursor, endCursor: first.events.edges[1]!.cursor });
    const next = await ok<{ events: { pageInfo: Record<string, unknown>; edges: { cursor: string }[] } }>(server, page, { after: first.events.pageInfo['endCursor'] });
    expect(next.events.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: next.events.edges[0]!.cursor });
  });

  it('the SDL and the served schema agree on every argument’s description (no resolver map drops one)', () => {
    const schema = buildSchema();
    const missing = Object.values(schema.getTypeMap())
      .filter((t) => 'getFields' in t && !t.name.startsWith('__'))
      .flatMap((t) => Object.values((t as { getFields(): Record<string, { name: string; args?: readonly { name: string; description?: string | null }[] }> }).getFields()).flatMap((f) => (f.args ?? []).filter((a) => !a.description).map((a) => `${t.name}.${f.name}.${a.name}`)));
    expect(missing).toEqual([]);
  });
});

describe('rate-limit headers', () => {
  let limited: TestServer;
  beforeAll(async () => {
    const security = loadConfig({ NODE_ENV: 'test' }).security;
    limited = await startTestServer({ config: { security: { ...security, rateLimits: { ...security.rateLimits, inventoryPerUser: 5, inventoryPerIp: 100 } } } });
  });
  afterAll(() => limited.close());

  it('inventory mutations answer with RateLimit-Limit, -Remaining and -Reset, counting down to the refusal', async () => {
    const event = await createEventFixture(limited, { rows: 1, seatsPerRow: 8 });
    const buyer = await createAccount(limited);
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await fetch(limited.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${buyer.token}` },
        body: JSON.stringify({ query: RESERVE, variables: { id: event.seats[i]!.id, v: 1 } }),
      });
      expect(response.headers.get('ratelimit-limit')).toBe('5');
      expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
      remaining.push(response.headers.get('ratelimit-remaining')!);
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);
    const refused = await gql(limited, RESERVE, { id: event.seats[5]!.id, v: 1 }, buyer.token);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    // Reads carry no such headers.
    const read = await fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ events { totalCount } }' }) });
    expect(read.headers.get('ratelimit-limit')).toBeNull();
  });
});
