import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createAccount, createEventFixture, gql, ok, openRawSocket, startTestServer, type TestServer } from '../../test/harness.ts';
import { query } from '../db/sql.ts';
import { countQueries } from '../security/test-support.ts';

/**
 * Issue 11, finding 6: a token says who the caller is, but the database says what they may do
 * and whether the session still stands. Checked per request, cached for SESSION_CHECK_SECONDS
 * (1 s here, so that the test can wait it out).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { sessionCheckSeconds: 1 } });
  await server.sweeper.stop(); // its own statements would muddle the counts
});
afterAll(() => server.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LOG_OUT_EVERYWHERE = `mutation { logOutEverywhere }`;
const LOG_IN = `mutation($e: String!) { logIn(email: $e, password: "kit-password") { token } }`;
const eventInput = () => ({
  name: 'Demoted',
  venue: 'Hall',
  startsAt: new Date(Date.now() + 86_400_000).toISOString(),
  tiers: [{ name: 'GA', kind: 'GENERAL_ADMISSION', priceCents: 100, capacity: 10 }],
});
const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;

/** Resolves with the close code of a socket once the server closes it (or 'open' after `ms`). */
function closeCodeOf(socket: import('ws').WebSocket, ms: number): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('open'), ms);
    socket.on('close', (code) => (clearTimeout(timer), resolve(code)));
  });
}

describe('the user and role behind a token are checked against the database', () => {
  it('a demoted organiser’s old token no longer creates events (once the short cache has passed)', async () => {
    const organizer = await createAccount(server, 'ORGANIZER');
    await ok(server, CREATE, { input: eventInput() }, organizer.token);
    await query(server.app.orm.em.fork(), `update users set role = 'BUYER' where id = ?`, [organizer.id]);
    await sleep(1100);
    expect(codeOf(await gql(server, CREATE, { input: eventInput() }, organizer.token))).toBe('FORBIDDEN');
  });

  it('a token for a user that does not exist is UNAUTHENTICATED (401) over HTTP, reserveSeat included, and refused at socket connect (4403)', async () => {
    const event = await createEventFixture(server);
    const ghost = await server.app.tokens.sign({ id: 2_000_000_000, role: 'ORGANIZER' });
    const seat = event.seats[0]!;
    for (const document of [`{ me { id } }`, `mutation { reserveSeat(id: "${seat.id}", version: ${seat.version}) { id } }`, `{ __typename }`]) {
      const result = await gql(server, document, {}, ghost);
      expect(result.status, document).toBe(401);
      expect(codeOf(result), document).toBe('UNAUTHENTICATED');
    }
    expect(await openRawSocket(server.wsUrl, { token: ghost })).toMatchObject({ acked: false, closeCode: 4403 });
  });

  it('the check is cached briefly: three requests of one user within the cache cost one lookup', async () => {
    const buyer = await createAccount(server);
    await sleep(1100); // past the harness's own warm-up of the cache
    const statements = await countQueries(server, async () => {
      for (let i = 0; i < 3; i++) expect((await gql(server, `{ __typename }`, {}, buyer.token)).errors).toBeUndefined();
    });
    expect(statements).toBe(1);
  });
});

describe('logOutEverywhere', () => {
  it('refuses every token issued before it over HTTP and closes the user’s open sockets with 4403; signing in again works', async () => {
    const buyer = await createAccount(server);
    const other = await createAccount(server);
    const secondDevice = await server.app.tokens.sign({ id: buyer.id, role: 'BUYER' });
    const socket = await openRawSocket(server.wsUrl, { token: secondDevice });
    const bystander = await openRawSocket(server.wsUrl, { token: other.token });
    expect([socket.acked, bystander.acked]).toEqual([true, true]);
    const closed = closeCodeOf(socket.socket, 3000);

    expect(await ok(server, LOG_OUT_EVERYWHERE, {}, buyer.token)).toEqual({ logOutEverywhere: true });
    for (const token of [buyer.token, secondDevice]) {
      const result = await gql(server, `{ me { id } }`, {}, token);
      expect(result.status).toBe(401);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    }
    expect(await closed).toBe(4403);
    expect(await closeCodeOf(bystander.socket, 300)).toBe('open');
    expect(await openRawSocket(server.wsUrl, { token: secondDevice })).toMatchObject({ acked: false, closeCode: 4403 });

    const { logIn } = await ok<{ logIn: { token: string } }>(server, LOG_IN, { e: buyer.email });
    expect(await ok(server, `{ me { id } }`, {}, logIn.token)).toEqual({ me: { id: String(buyer.id) } });
    bystander.socket.close();
  });

  it('reaches the other instances within the cache time: HTTP refused, sockets closed', async () => {
    const second = await startTestServer({ shareDatabaseWith: server, config: { sessionCheckSeconds: 1 } });
    try {
      const buyer = await createAccount(server);
      expect((await gql(second, `{ me { id } }`, {}, buyer.token)).errors).toBeUndefined();
      const socket = await openRawSocket(second.wsUrl, { token: buyer.token });
      expect(socket.acked).toBe(true);
      const closed = closeCodeOf(socket.socket, 5000);
      await ok(server, LOG_OUT_EVERYWHERE, {}, buyer.token);
      expect(await closed).toBe(4403);
      expect(codeOf(await gql(second, `{ me { id } }`, {}, buyer.token))).toBe('UNAUTHENTICATED');
    } finally {
      await second.close();
    }
  });

  it('needs a token', async () => {
    expect(codeOf(await gql(server, LOG_OUT_EVERYWHERE))).toBe('UNAUTHENTICATED');
  });
});
