import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { loadConfig } from '../config.ts';
import { operation, type RawResponse } from './test-support.ts';

/**
 * Issue 11, finding 3: wrong passwords for someone else's account must not lock its owner out.
 * The server runs with the production defaults (one trusted proxy, so that the test speaks from
 * several addresses; a back-off of 1 s instead of 30 s, so that it can wait one out).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { security: loadConfig({ TRUST_PROXY_HOPS: '1', LOGIN_BACKOFF_SECONDS: '1' }).security } });
});
afterAll(() => server.close());

const address = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 6)}`;
const LOG_IN = `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { token } }`;
const PASSWORD = 'correct horse battery';
const codeOf = (r: RawResponse) => r.json?.errors?.[0]?.extensions?.['code'] ?? 'OK';
const retryAfter = (r: RawResponse) => r.json?.errors?.[0]?.extensions?.['retryAfterSeconds'];
const logIn = (email: string, password: string, from: string) => operation(server, LOG_IN, { email, password }, { 'x-forwarded-for': from });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function account(): Promise<string> {
  const email = `alice-${randomUUID()}@example.com`;
  const created = await operation(server, `mutation($e: String!) { signUp(email: $e, password: "${PASSWORD}", name: "Alice") { token } }`, { e: email }, { 'x-forwarded-for': address() });
  expect(codeOf(created)).toBe('OK');
  return email;
}

describe('logIn brute-force protection counts failures by account and address together', () => {
  it('ten wrong passwords for Alice from one address, then Alice’s right password from her own address: signed in', async () => {
    const alice = await account();
    const attacker = address();
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(codeOf(await logIn(alice, `wrong guess ${i}`, attacker)));
    expect(codeOf(await logIn(alice, PASSWORD, address()))).toBe('OK');
    // The attacker is slowed: five wrong answers, then refused at that address.
    expect(answers.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(answers.slice(5)).toEqual(Array(5).fill('RATE_LIMITED'));
    // And again: the attacker can repeat this for ever without touching Alice.
    for (let i = 0; i < 5; i++) await logIn(alice, `wrong again ${i}`, attacker);
    expect(codeOf(await logIn(alice, PASSWORD, address()))).toBe('OK');
  });

  it('the back-off grows: blocked 1 s after five failures, 2 s after the next; the right password then resets it', async () => {
    const alice = await account();
    const from = address();
    for (let i = 0; i < 5; i++) expect(codeOf(await logIn(alice, `typo ${i}`, from))).toBe('UNAUTHENTICATED');
    const first = await logIn(alice, PASSWORD, from);
    expect(first.status).toBe(429);
    expect(codeOf(first)).toBe('RATE_LIMITED');
    expect(retryAfter(first)).toBe(1);
    await sleep(1100);
    // Once backed off, a single further failure blocks again, twice as long.
    expect(codeOf(await logIn(alice, 'typo again', from))).toBe('UNAUTHENTICATED');
    const second = await logIn(alice, PASSWORD, from);
    expect(codeOf(second)).toBe('RATE_LIMITED');
    expect(retryAfter(second)).toBe(2);
    await sleep(2100);
    expect(codeOf(await logIn(alice, PASSWORD, from))).toBe('OK');
    // The right password forgot the failures: a typo now is only a typo.
    expect(codeOf(await logIn(alice, 'one more typo', from))).toBe('UNAUTHENTICATED');
    expect(codeOf(await logIn(alice, PASSWORD, from))).toBe('OK');
  });

  it('an unknown email gets the same answers as a wrong password (no account enumeration through the throttle)', async () => {
    const alice = await account();
    const nobody = `nobody-${randomUUID()}@example.com`;
    const [a, b] = [address(), address()];
    const forAlice = [];
    const forNobody = [];
    for (let i = 0; i < 7; i++) {
      forAlice.push(codeOf(await logIn(alice, `guess ${i}`, a)));
      forNobody.push(codeOf(await logIn(nobody, `guess ${i}`, b)));
    }
    expect(forNobody).toEqual(forAlice);
  });

  it('an address spraying wrong passwords over many accounts is refused once it passes its hourly failures', async () => {
    const sprayer = await startTestServer({
      shareDatabaseWith: server,
      config: { security: loadConfig({ TRUST_PROXY_HOPS: '1', LOGIN_FAILURES_PER_IP_PER_HOUR: '4' }).security },
    });
    try {
      const from = address();
      const victims = await Promise.all([account(), account(), account(), account(), account()]);
      for (const victim of victims.slice(0, 4)) {
        expect(codeOf(await operation(sprayer, LOG_IN, { email: victim, password: 'Summer2026!' }, { 'x-forwarded-for': from }))).toBe('UNAUTHENTICATED');
      }
      expect(codeOf(await operation(sprayer, LOG_IN, { email: victims[4], password: 'Summer2026!' }, { 'x-forwarded-for': from }))).toBe('RATE_LIMITED');
      // Every victim still signs in from their own address.
      for (const victim of victims) expect(codeOf(await operation(sprayer, LOG_IN, { email: victim, password: PASSWORD }, { 'x-forwarded-for': address() }))).toBe('OK');
    } finally {
      await sprayer.close();
    }
  });
});
