import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { createAccount, createEventFixture, ok, openRawSocket, settle, startTestServer, subscribe, wsClient, type EventFixture, type TestServer } from '../../test/harness.ts';
import { countQueries } from '../security/test-support.ts';

/**
 * Issue 11, finding 4: junk variables defeated shared subscriptions. Ten anonymous sockets each
 * sent 20 `seatUpdated` subscriptions with one extra variable each (a value the operation does not
 * declare, which GraphQL ignores): 200 groups, and one reserveSeats of 5 seats cost 1,657
 * database transactions.
 */
const WATCH = `subscription($e: ID!) { seatUpdated(eventId: $e) { id status tier { id available held sold } } }`;
/** The same operation, written otherwise: comments, spacing, another operation name. */
const RESTATED = `# the same\nsubscription Watch ( $e : ID! ) {\n  seatUpdated(eventId: $e) { id, status, tier { id available held sold } }\n}`;
/** A different document each (an alias), so that each really is a group of its own. */
const distinct = (n: number) => `subscription($e: ID!) { seatUpdated(eventId: $e) { id status tier { id available held sold } a${n}: version } }`;
const RESERVE = `mutation($seats: [SeatVersionInput!]!) { reserveSeats(seats: $seats) { id } }`;

type Update = { seatUpdated: { id: string; status: string } };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.sweeper.stop(); // its own statements would muddle the counts
});
afterAll(() => server.close());

async function gauge(name: string): Promise<number> {
  const text = await (await fetch(server.url.replace('/graphql', '/metrics'))).text();
  return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1]);
}
const groupCount = () => gauge('tessera_subscription_groups');

/**
 * Ten anonymous sockets with 20 subscriptions each (`documentFor(i)`), plus one honest watcher;
 * then one reserveSeats of five seats. The statements sent while the change reaches every
 * subscriber, and how long the honest watcher waited for its first frame.
 */
async function attack(event: EventFixture, documentFor: (n: number) => string, variables: (n: number) => Record<string, unknown>) {
  const buyer = await createAccount(server);
  const seats = event.seats.slice(0, 5);
  const clients = Array.from({ length: 10 }, () => wsClient(server));
  const streams = clients.flatMap((client, c) => Array.from({ length: 20 }, (_, s) => subscribe<Update>(client, documentFor(c * 20 + s), { e: event.id, ...variables(c * 20 + s) })));
  const honestClient = wsClient(server);
  const honest = subscribe<Update>(honestClient, WATCH, { e: event.id });
  // graphql-ws acknowledges nothing: wait until the server has every subscription (201), then read the groups.
  for (let waited = 0; (await gauge('tessera_subscriptions')) < 201 && waited < 15_000; waited += 100) await settle(100);
  await settle(100);
  const groups = await groupCount();
  let firstFrameMs = 0;
  const statements = await countQueries(server, async () => {
    const started = performance.now();
    const first = honest.until((u) => u.length >= 1, 10_000).then(() => (firstFrameMs = performance.now() - started));
    await ok(server, RESERVE, { seats: seats.map((s) => ({ id: s.id, version: s.version })) }, buyer.token);
    await first;
    await Promise.all([honest, ...streams].map((s) => s.until((u) => u.length >= 5, 20_000)));
  });
  for (const stream of [honest, ...streams]) expect(stream.errors).toEqual([]);
  await Promise.all([...clients, honestClient].map((c) => c.dispose()));
  await settle(200);
  return { groups, statements, firstFrameMs };
}

/** The same reserveSeats of five seats with nobody watching: what the mutation itself sends. */
async function alone(event: EventFixture): Promise<number> {
  const buyer = await createAccount(server);
  const seats = event.seats.slice(5, 10);
  return countQueries(server, async () => {
    await ok(server, RESERVE, { seats: seats.map((s) => ({ id: s.id, version: s.version })) }, buyer.token);
  });
}

describe('shared subscriptions under junk variables and many groups', () => {
  it('extra variables do not split a group: 200 junk subscriptions and an honest one are one group; one change costs no read per subscriber', async () => {
    const event = await createEventFixture(server, { rows: 2, seatsPerRow: 10 });
    const mutationOnly = await alone(event);
    const { groups, statements, firstFrameMs } = await attack(event, (n) => (n % 2 ? WATCH : RESTATED), (n) => ({ [`junk${n}`]: `x${n}` }));
    console.info(`junk variables: ${groups} group(s); reserveSeats of 5 seats and its delivery: ${statements} statements (the mutation alone: ${mutationOnly}); honest watcher's first frame after ${Math.round(firstFrameMs)} ms`);
    expect(groups).toBe(1);
    // The mutation's own statements, then one read of the tier and one count per change at most.
    expect(statements - mutationOnly).toBeLessThanOrEqual(2 * 5);
  });

  it('variables the operation uses still split groups (two events: two groups)', async () => {
    const [a, b] = [await createEventFixture(server, { rows: 1, seatsPerRow: 2 }), await createEventFixture(server, { rows: 1, seatsPerRow: 2 })];
    const clients = [wsClient(server), wsClient(server)];
    const streams = [subscribe<Update>(clients[0]!, WATCH, { e: a.id }), subscribe<Update>(clients[1]!, WATCH, { e: b.id, junk1: 'y' })];
    await settle(300);
    try {
      expect(await groupCount()).toBe(2);
      const buyer = await createAccount(server);
      await ok(server, RESERVE, { seats: [{ id: b.seats[0]!.id, version: b.seats[0]!.version }] }, buyer.token);
      await streams[1]!.until((u) => u.length >= 1);
      await settle(100);
      expect(streams[0]!.received).toEqual([]);
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });

  it('200 groups that really differ: every execution of one change shares one read of each row', async () => {
    const event = await createEventFixture(server, { rows: 2, seatsPerRow: 10 });
    const mutationOnly = await alone(event);
    const { groups, statements, firstFrameMs } = await attack(event, distinct, () => ({}));
    console.info(`distinct documents: ${groups} groups; reserveSeats of 5 seats and its delivery: ${statements} statements (the mutation alone: ${mutationOnly}); honest watcher's first frame after ${Math.round(firstFrameMs)} ms`);
    expect(groups).toBe(201);
    expect(statements - mutationOnly).toBeLessThanOrEqual(2 * 5);
  });
});

describe('groups per client address are capped', () => {
  /** A raw graphql-ws socket from `localAddress`; `subscribe` answers with the first frame for that id. */
  async function socketFrom(localAddress: string) {
    const { acked, socket } = await openRawSocket(capped.wsUrl, { localAddress });
    expect(acked).toBe(true);
    const frames: { id?: string; type: string; payload?: unknown }[] = [];
    socket.on('message', (data) => frames.push(JSON.parse(String(data)) as { id?: string; type: string }));
    return {
      socket,
      async subscribe(id: string, query: string, eventId: string, extra: Record<string, unknown> = {}) {
        socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables: { e: eventId, ...extra } } }));
        await settle(150);
        return frames.filter((f) => f.id === id);
      },
    };
  }
  let capped: TestServer;
  let sockets: WebSocket[] = [];
  beforeAll(async () => {
    capped = await startTestServer({ shareDatabaseWith: server, config: { security: { ...server.app.config.security, sockets: { ...server.app.config.security.sockets, maxGroupsPerIp: 3 } } } });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await capped.close();
  });

  it('an address may found 3 groups; the 4th is RATE_LIMITED, joining an existing group still works, and another address is not affected', async () => {
    const event = await createEventFixture(capped, { rows: 1, seatsPerRow: 2 });
    const first = await socketFrom('127.0.0.1');
    const second = await socketFrom('127.0.0.1');
    const other = await socketFrom('127.0.0.2');
    sockets = [first.socket, second.socket, other.socket];
    for (const [n, document] of [WATCH, distinct(1), distinct(2)].entries()) expect(await first.subscribe(String(n + 1), document, event.id)).toEqual([]);
    const refused = await second.subscribe('4', distinct(4), event.id);
    expect(refused[0]).toMatchObject({ type: 'next', payload: { errors: [{ extensions: { code: 'RATE_LIMITED', limit: 'maxGroupsPerIp' } }] } });
    // The same documents as before join their groups: no new group, no refusal.
    expect(await second.subscribe('5', distinct(1), event.id)).toEqual([]);
    expect(await second.subscribe('6', RESTATED, event.id, { junk: 'z' })).toEqual([]);
    expect(await other.subscribe('7', distinct(4), event.id)).toEqual([]);
  });
});
