import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { codeOf, createAccount, createEventFixture, gql, ok, ORGANIZER_INVITE, startTestServer, type TestServer } from '../../test/harness.ts';

const SIGN_UP = `mutation($email: String!, $password: String!, $name: String!, $invite: String) {
  signUp(email: $email, password: $password, name: $name, organizerInvite: $invite) { token user { id email role } } }`;
const LOG_IN = `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { token user { email } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const email = () => `Person-${randomUUID()}@Example.com`;

/** Opens a graphql-ws socket and reports how the server answered the connection_init. */
function connect(authorization: string | undefined): Promise<{ acked: boolean; closeCode?: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: authorization ? { authorization } : {} })));
    ws.on('message', (data) => {
      if (JSON.parse(data.toString()).type === 'connection_ack') {
        ws.close();
        resolve({ acked: true });
      }
    });
    ws.on('close', (code) => resolve({ acked: false, closeCode: code }));
  });
}

describe('accounts', () => {
  it('signs up a buyer, then logs in with the same password (email case does not matter)', async () => {
    const address = email();
    const { signUp } = await ok<{ signUp: { token: string; user: { email: string; role: string } } }>(server, SIGN_UP, {
      email: address, password: 'correct horse battery', name: 'Ann',
    });
    expect(signUp.user).toMatchObject({ email: address.toLowerCase(), role: 'BUYER' });
    const { logIn } = await ok<{ logIn: { token: string } }>(server, LOG_IN, { email: address.toUpperCase(), password: 'correct horse battery' });
    const me = await ok<{ me: { email: string } }>(server, `{ me { email } }`, {}, logIn.token);
    expect(me.me.email).toBe(address.toLowerCase());
  });

  it('a wrong password and an unknown email get the same UNAUTHENTICATED answer', async () => {
    const address = email();
    await ok(server, SIGN_UP, { email: address, password: 'correct horse battery', name: 'Ann' });
    const wrong = await gql(server, LOG_IN, { email: address, password: 'wrong password!' });
    const unknown = await gql(server, LOG_IN, { email: email(), password: 'wrong password!' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
    expect(codeOf(unknown)).toBe(codeOf(wrong));
  });

  it('rejects bad sign-up input with BAD_USER_INPUT and a clear message', async () => {
    const weak = await gql(server, SIGN_UP, { email: email(), password: 'short', name: 'Ann' });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0]!.message).toContain('password');
    expect(codeOf(await gql(server, SIGN_UP, { email: 'not-an-email', password: 'long enough pw', name: 'Ann' }))).toBe('BAD_USER_INPUT');
    const address = email();
    await ok(server, SIGN_UP, { email: address, password: 'long enough pw', name: 'Ann' });
    expect(codeOf(await gql(server, SIGN_UP, { email: address, password: 'long enough pw', name: 'Ann' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server, SIGN_UP, { email: email(), password: 'long enough pw', name: 'Ann', invite: 'guess' }))).toBe('BAD_USER_INPUT');
  });

  it('refuses weak passwords with BAD_USER_INPUT: common, repeated, a sequence, or the email itself', async () => {
    const address = email();
    for (const password of ['password1', 'aaaaaaaaaa', '12345678', address.split('@')[0]!.toLowerCase() + '!']) {
      const weak = await gql(server, SIGN_UP, { email: address, password, name: 'Ann' });
      expect(codeOf(weak)).toBe('BAD_USER_INPUT');
      expect(weak.errors![0]!.message).toMatch(/^password: /);
    }
  });

  it('the organiser invite code makes an organiser', async () => {
    const { signUp } = await ok<{ signUp: { user: { role: string } } }>(server, SIGN_UP, {
      email: email(), password: 'long enough pw', name: 'Olga', invite: ORGANIZER_INVITE,
    });
    expect(signUp.user.role).toBe('ORGANIZER');
  });
});

describe('tokens on HTTP and WebSocket', () => {
  const forged = () => new SignJWT({ role: 'ORGANIZER' }).setProtectedHeader({ alg: 'HS256' }).setSubject('1').setIssuer('tessera').setExpirationTime('1h').sign(new TextEncoder().encode('x'.repeat(40)));

  it('HTTP: a garbage, forged or expired token is refused with 401 UNAUTHENTICATED', async () => {
    const buyer = await createAccount(server);
    const expired = await server.app.tokens.sign({ id: buyer.id, role: 'BUYER' }, -10);
    for (const token of ['garbage', await forged(), expired]) {
      const result = await gql(server, `{ me { id } }`, {}, token);
      expect(result.status).toBe(401);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    }
  });

  it('WebSocket: a valid token or none is accepted; a bad or expired one is refused (4403)', async () => {
    const buyer = await createAccount(server);
    const expired = await server.app.tokens.sign({ id: buyer.id, role: 'BUYER' }, -10);
    expect(await connect(`Bearer ${buyer.token}`)).toEqual({ acked: true });
    expect(await connect(undefined)).toEqual({ acked: true });
    expect(await connect('Bearer garbage')).toEqual({ acked: false, closeCode: 4403 });
    expect(await connect(`Bearer ${expired}`)).toEqual({ acked: false, closeCode: 4403 });
    expect(await connect(`Bearer ${await forged()}`)).toEqual({ acked: false, closeCode: 4403 });
  });
});

describe('authorisation', () => {
  it('a buyer cannot release another buyer’s seat, nor learn who holds it', async () => {
    const event = await createEventFixture(server);
    const [holder, other] = [await createAccount(server), await createAccount(server)];
    const seat = event.seats[0]!;
    await ok(server, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id } }`, { id: seat.id, v: seat.version }, holder.token);
    expect(codeOf(await gql(server, `mutation($id: ID!) { releaseSeat(id: $id) { id } }`, { id: seat.id }, other.token))).toBe('FORBIDDEN');
    const seen = await ok<{ seat: { status: string; heldByMe: boolean } }>(server, `query($id: ID!) { seat(id: $id) { status heldByMe } }`, { id: seat.id }, other.token);
    expect(seen.seat).toEqual({ status: 'HELD', heldByMe: false });
    // The schema itself has no way to ask who holds a seat.
    const { __type } = await ok<{ __type: { fields: { name: string }[] } }>(server, `{ __type(name: "Seat") { fields { name } } }`);
    expect(__type.fields.map((f) => f.name).filter((n) => /holder|user|buyer|owner/i.test(n))).toEqual([]);
  });

  it('a buyer cannot create or publish events: FORBIDDEN; anonymous: UNAUTHENTICATED', async () => {
    const buyer = await createAccount(server);
    const input = { name: 'x', venue: 'y', startsAt: new Date(Date.now() + 86_400_000).toISOString(), tiers: [{ name: 'GA', kind: 'GENERAL_ADMISSION', priceCents: 100, capacity: 10 }] };
    const create = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
    expect(codeOf(await gql(server, create, { input }, buyer.token))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server, create, { input }))).toBe('UNAUTHENTICATED');
    const event = await createEventFixture(server);
    expect(codeOf(await gql(server, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: event.id }, buyer.token))).toBe('FORBIDDEN');
  });
});
