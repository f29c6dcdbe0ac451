import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createEventFixture, startTestServer, type EventFixture, type TestServer } from '../../test/harness.ts';
import { bearer, operation, post, type RawResponse } from './test-support.ts';

let server: TestServer;
let event: EventFixture;
let token: string;
beforeAll(async () => {
  const base = await startTestServer();
  server = await startTestServer({ config: { security: { ...base.app.config.security, corsOrigins: ['https://partner.example'] } } });
  await base.close();
  event = await createEventFixture(server, { gaCapacity: 10 });
  token = (await createAccount(server)).token;
});
afterAll(() => server.close());

/** A clear client error: 4xx, JSON, a code, and nothing of the server's insides. */
function expectClearError(result: RawResponse, status: number, code: string) {
  expect(result.status).toBe(status);
  expect(result.json?.errors?.[0]?.extensions?.['code']).toBe(code);
  expect(result.text).not.toMatch(/\bat \S+ \(|node_modules|\/src\/|SyntaxError:|stack/i);
}

describe('malformed requests get a clear error, never a 500', () => {
  it('malformed JSON: 400 BAD_REQUEST', async () => {
    expectClearError(await post(server, '{"query": "{ events { totalCount } }"'), 400, 'BAD_REQUEST');
    expectClearError(await post(server, 'not json at all'), 400, 'BAD_REQUEST');
  });

  it('a wrong content type: 415; a form post (the CSRF shape) cannot run anything', async () => {
    expectClearError(await post(server, '{"query":"{ events { totalCount } }"}', { 'content-type': 'text/plain' }), 415, 'BAD_REQUEST');
    expectClearError(await post(server, 'query=%7B%20events%20%7B%20totalCount%20%7D%20%7D', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'BAD_REQUEST');
  });

  it('a body over the limit: 413', async () => {
    const huge = JSON.stringify({ query: '{ events { totalCount } }', variables: { pad: 'x'.repeat(200 * 1024) } });
    expectClearError(await post(server, huge), 413, 'BAD_REQUEST');
  });

  it('a GET query without a preflight header is refused by CSRF prevention; mutations never run over GET', async () => {
    const simple = await fetch(`${server.url}?query=${encodeURIComponent('{ events { totalCount } }')}`);
    expect(simple.status).toBe(400);
    const mutation = await fetch(`${server.url}?query=${encodeURIComponent('mutation { logIn(email: "a@b.co", password: "whatever1") { token } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(mutation.status).toBe(405);
  });

  it('no query, a query that is not a string, or garbage variables: 400', async () => {
    expect((await post(server, JSON.stringify({}))).status).toBe(400);
    expect((await post(server, JSON.stringify({ query: 42 }))).status).toBe(400);
    expect((await post(server, JSON.stringify({ query: '{ events { totalCount } }', variables: 'nope' }))).status).toBe(400);
    expectClearError(await post(server, JSON.stringify({ query: '{ events { totalCount ' })), 400, 'GRAPHQL_PARSE_FAILED');
  });
});

describe('bad values get BAD_USER_INPUT with a message that says what is wrong', () => {
  const RESERVE = `mutation($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id } }`;
  const codeAndMessage = (r: RawResponse) => [r.json?.errors?.[0]?.extensions?.['code'], r.json?.errors?.[0]?.message];

  it('invalid ids', async () => {
    for (const id of ['abc', '-1', '0', '99999999999999999999', "1; drop table seats", '']) {
      const [code, message] = codeAndMessage(await operation(server, RESERVE, { id, version: 1 }, bearer(token)));
      expect(code).toBe('BAD_USER_INPUT');
      expect(message).toMatch(/not a valid id/);
    }
  });

  it('negative and enormous numbers', async () => {
    const seat = event.seats[0]!;
    const [enormous, enormousMessage] = codeAndMessage(await operation(server, RESERVE, { id: seat.id, version: 2 ** 40 }, bearer(token)));
    expect(enormous).toBe('BAD_USER_INPUT');
    expect(enormousMessage).toMatch(/32-bit/);
    const tier = event.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    for (const quantity of [-5, 0, 1_000_000]) {
      const [code] = codeAndMessage(await operation(server, `mutation($t: ID!, $n: Int!) { holdTickets(tierId: $t, quantity: $n) { id } }`, { t: tier.id, n: quantity }, bearer(token)));
      expect(['BAD_USER_INPUT', 'LIMIT_EXCEEDED', 'SOLD_OUT']).toContain(code);
    }
    for (const first of [-1, 0, 101, 2 ** 31 - 1]) {
      expect(codeAndMessage(await operation(server, `query($n: Int) { events(first: $n) { totalCount } }`, { n: first }))[0]).toBe('BAD_USER_INPUT');
    }
  });

  it('unknown enum values and wrong types', async () => {
    const input = { name: 'x', venue: 'y', startsAt: new Date(Date.now() + 86_400_000).toISOString(), tiers: [{ name: 'GA', kind: 'VIP_LOUNGE', priceCents: 100, capacity: 10 }] };
    const [code, message] = codeAndMessage(await operation(server, `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, { input }, bearer(token)));
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toMatch(/TierKind/);
    expect(codeAndMessage(await operation(server, RESERVE, { id: event.seats[0]!.id, version: 'one' }, bearer(token)))[0]).toBe('BAD_USER_INPUT');
    expect(codeAndMessage(await operation(server, `{ events(first: "ten") { totalCount } }`))[0]).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('huge strings are refused by the input rules, not by the database', async () => {
    const long = 'x'.repeat(30_000); // three of them stay under the 100 kB body limit
    const signUp = `mutation($e: String!, $p: String!, $n: String!) { signUp(email: $e, password: $p, name: $n) { token } }`;
    const [code, message] = codeAndMessage(await operation(server, signUp, { e: `${long}@example.com`, p: long, n: long }));
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).not.toMatch(/value too long|varchar|insert/i);
    const [checkoutCode] = codeAndMessage(await operation(server, `mutation($h: ID!, $k: String!) { checkout(holdId: $h, idempotencyKey: $k) { id } }`, { h: '1', k: long }, bearer(token)));
    expect(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']).toContain(checkoutCode);
  });
});

describe('headers: security headers, CORS allowlist', () => {
  it('every response carries the security headers (client, playground, API)', async () => {
    for (const response of [await fetch(server.url.replace('/graphql', '/healthz')), await fetch(server.url, { headers: { accept: 'text/html' } }), await post(server, '{}')]) {
      const headers = response.headers;
      expect(headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(headers.get('strict-transport-security')).toMatch(/max-age/);
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });

  it('CORS answers only the configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
    expect((await preflight('https://partner.example')).headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    const fromEvil = await operation(server, '{ events { totalCount } }', {}, { origin: 'https://evil.example' });
    expect(fromEvil.headers.get('access-control-allow-origin')).toBeNull();
  });
});
