import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createAccount, createEventFixture, ok, openRawSocket, settle, startTestServer, subscribe, type EventFixture, type RawSocketOutcome, type TestServer } from '../../test/harness.ts';

let server: TestServer;
let event: EventFixture;
beforeAll(async () => {
  const base = await startTestServer();
  const security = base.app.config.security;
  server = await startTestServer({
    config: {
      security: {
        ...security,
        trustProxyHops: 1,
        sockets: { maxConnectionsPerUser: 2, maxConnectionsPerIp: 3, maxSubscriptionsPerConnection: 2, maxGroupsPerIp: 0, initTimeoutMs: 300, heartbeatMs: 300 },
      },
    },
  });
  await base.close();
  event = await createEventFixture(server);
});
afterAll(() => server.close());

type Outcome = RawSocketOutcome;
type SeatUpdate = { seatUpdated: { id: string } };

/** A buyer reserves seat `i` of the event: a change every subscriber of the event must receive. */
async function changeSeat(i: number, token?: string): Promise<string> {
  const seat = event.seats[i]!;
  await ok(server, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id } }`, { id: seat.id, v: seat.version }, token ?? (await createAccount(server)).token);
  return seat.id;
}

/** A raw graphql-ws socket from `address` (as the proxy reports it). */
const open = ({ address, ...options }: { token?: string; address?: string; init?: boolean; answerPings?: boolean } = {}) =>
  openRawSocket(server.wsUrl, { ...options, ...(address ? { forwardedFor: address } : {}) });

const closeAll = async (outcomes: Outcome[]) => {
  await Promise.all(
    outcomes.map((o) =>
      o.socket.readyState === WebSocket.CLOSED ? undefined : new Promise<void>((resolve) => (o.socket.once('close', () => resolve()), o.socket.close())),
    ),
  );
  await new Promise((r) => setTimeout(r, 50)); // the server sees the closes
};

describe('WebSocket limits', () => {
  it('a user gets 2 sockets; the 3rd is closed with 4429; closing one makes room again', async () => {
    const buyer = await createAccount(server);
    const first = await Promise.all([open({ token: buyer.token, address: '203.0.113.1' }), open({ token: buyer.token, address: '203.0.113.2' })]);
    expect(first.map((o) => o.acked)).toEqual([true, true]);
    const third = await open({ token: buyer.token, address: '203.0.113.3' });
    expect(third).toMatchObject({ acked: false, closeCode: 4429 });
    await closeAll([first[0]!]);
    const again = await open({ token: buyer.token, address: '203.0.113.4' });
    expect(again.acked).toBe(true);
    await closeAll([first[1]!, again]);
  });

  it('an address gets 3 sockets, signed in or not', async () => {
    const address = '203.0.113.50';
    const sockets = await Promise.all([open({ address }), open({ address }), open({ address, token: (await createAccount(server)).token })]);
    expect(sockets.map((o) => o.acked)).toEqual([true, true, true]);
    expect(await open({ address })).toMatchObject({ acked: false, closeCode: 4429 });
    await closeAll(sockets);
  });

  it('a socket that does not send connection_init in time is closed (4408)', async () => {
    const started = Date.now();
    const outcome = await open({ address: '203.0.113.60', init: false });
    expect(outcome).toMatchObject({ acked: false, closeCode: 4408 });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a frame that is not a graphql-ws message closes its socket with 4400; a subscription on another socket goes on', async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
    const watch = subscribe<SeatUpdate>(client, `subscription($id: ID!) { seatUpdated(eventId: $id) { id } }`, { id: event.id });
    const frames = ['{not json', '[]', '{"type":"subscribe","id":"1"}', '{"type":"no-such-type"}'];
    for (const [i, frame] of frames.entries()) {
      const outcome = await open({ address: `203.0.113.7${i}` });
      expect(outcome.acked).toBe(true);
      const closed = new Promise<[number, string]>((resolve) => outcome.socket.once('close', (code, reason) => resolve([code, String(reason)])));
      outcome.socket.send(frame);
      expect(await closed).toEqual([4400, 'Invalid message received']);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(watch.errors).toEqual([]);
    // It goes on: a change made now still arrives.
    const changed = await changeSeat(0);
    await watch.until((items) => items.some((u) => u.seatUpdated.id === changed));
    await client.dispose();
  });

  it('a peer that stops answering pings is ended by the heartbeat; one that answers stays', async () => {
    const [silent, alive] = await Promise.all([
      open({ address: '203.0.113.61', answerPings: false }),
      open({ address: '203.0.113.62' }),
    ]);
    expect([silent.acked, alive.acked]).toEqual([true, true]);
    const ended = await new Promise<number>((resolve) => silent.socket.once('close', (code) => resolve(code)));
    // Terminated, not closed: a dead peer would never take part in a closing handshake.
    expect(ended).toBe(1006);
    await new Promise((r) => setTimeout(r, 700));
    expect(alive.socket.readyState).toBe(WebSocket.OPEN);
    await closeAll([alive]);
  });

  it('a connection carries at most 2 subscriptions; the 3rd is refused', async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
    const document = `subscription($id: ID!) { seatUpdated(eventId: $id) { id } }`;
    const watches = [subscribe<SeatUpdate>(client, document, { id: event.id }), subscribe<SeatUpdate>(client, document, { id: event.id })];
    await new Promise((r) => setTimeout(r, 150));
    const third = subscribe(client, document, { id: event.id });
    await third.until(() => third.errors.length > 0);
    expect(third.errors.flat()[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED', limit: 'maxSubscriptionsPerConnection' } });
    expect(watches.flatMap((w) => w.errors)).toEqual([]);
    // The two it carries still deliver.
    const changed = await changeSeat(1);
    await Promise.all(watches.map((w) => w.until((items) => items.some((u) => u.seatUpdated.id === changed))));
    await client.dispose();
  });

  it('when the token expires the socket is closed with 4403, and the client reconnects with a fresh token', async () => {
    const buyer = await createAccount(server);
    const tokens: string[] = [];
    let connections = 0;
    const closes: number[] = [];
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 3,
      retryWait: () => new Promise((r) => setTimeout(r, 50)),
      // Each connection asks for a token, as a browser would refresh it; the first lives one second.
      connectionParams: async () => {
        const token = await server.app.tokens.sign({ id: buyer.id, role: 'BUYER' }, tokens.length === 0 ? 1 : 3600);
        tokens.push(token);
        return { authorization: `Bearer ${token}` };
      },
      on: {
        connected: () => void connections++,
        closed: (event) => void closes.push((event as { code: number }).code),
      },
    });
    const watch = subscribe<{ holdUpdated: { id: string } }>(client, `subscription { holdUpdated { id } }`);
    const deadline = Date.now() + 5000;
    while (connections < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(closes[0]).toBe(4403);
    expect(connections).toBe(2);
    expect(tokens).toHaveLength(2);
    // On the fresh connection the subscription was sent again and delivers the buyer's hold.
    await settle();
    await changeSeat(2, buyer.token);
    await watch.until((items) => items.length > 0);
    watch.unsubscribe();
    await client.dispose();
  });
});
