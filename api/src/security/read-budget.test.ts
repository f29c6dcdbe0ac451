import { request as httpRequest } from 'node:http';
import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventFixture, startTestServer, type EventFixture, type TestServer } from '../../test/harness.ts';
import { loadConfig } from '../config.ts';
import { buildSchema } from '../schema.ts';
import { MAX_SEATS_PER_EVENT, readCost } from './cost.ts';

function costOf(document: string, variables: Record<string, unknown>, seatCounts: Record<string, number>): number {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]));
  return readCost(buildSchema(), operation, fragments, variables, new Map(Object.entries(seatCounts)));
}

describe('what a read really costs', () => {
  it('counts an event’s seats as many as it has, through variables and fragments alike', () => {
    const counts = { '2': 20_000, '3': 120 };
    expect(costOf(`{ event(id: 2) { seats { id version } } }`, {}, counts)).toBe(1 + 1 + 20_000 * 2);
    expect(costOf(`query($id: ID!) { event(id: $id) { seats { ...S } } } fragment S on Seat { id status tier { id name } }`, { id: '3' }, counts)).toBe(2 + 120 * 5);
    expect(costOf(`{ a: event(id: 2) { seats { id } } b: event(id: 3) { seats { id } } }`, {}, counts)).toBe(2 + 20_000 + 2 + 120);
    expect(costOf(`{ event(id: 99) { seats { id } } }`, {}, counts)).toBe(2);
  });

  it('counts the seat maps of a list of events as the most an event may have, and the compact documents per 100 seats', () => {
    // events, then per event: edges, node, seats and their ids.
    expect(costOf(`{ events(first: 2) { edges { node { seats { id } } } } }`, {}, {})).toBe(1 + 2 * (1 + 1 + 1 + MAX_SEATS_PER_EVENT));
    expect(costOf(`{ event(id: 2) { seatStates { statuses versions } seatLayout { revision } } }`, {}, { '2': 20_000 })).toBe(1 + 200 + 2 + 200 + 1);
  });
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the per-address read budget', () => {
  let server: TestServer;
  let event: EventFixture;
  let base: string;
  const post = (query: string, address: string, encoding?: string) =>
    request(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(encoding ? { 'accept-encoding': encoding } : {}) },
      body: JSON.stringify({ query }),
    });

  beforeAll(async () => {
    const security = { ...loadConfig({ NODE_ENV: 'test' }).security, trustProxyHops: 1 };
    server = await startTestServer({ config: { security, readBudget: { pointsPerIp: 10_000, windowSeconds: 60 } } });
    base = server.url.replace(/\/graphql$/, '');
    event = await createEventFixture(server, { rows: 30, seatsPerRow: 100 });
  });
  afterAll(() => server?.close());

  it('spends each read’s real cost: a 3,000-seat map twice is refused with RATE_LIMITED, a small read still passes', async () => {
    const map = `{ event(id: ${event.id}) { seats { id version } } }`;
    const first = await post(map, '198.51.100.1');
    expect(first.status).toBe(200);
    const second = await post(map, '198.51.100.1');
    expect(second.status).toBe(429);
    expect(second.headers['retry-after']).toMatch(/^\d+$/);
    const error = (JSON.parse(second.body) as { errors: { extensions: { code: string; retryAfterSeconds: number } }[] }).errors[0]!;
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect((await post(`{ event(id: ${event.id}) { name tiers { id name } } }`, '198.51.100.1')).status).toBe(200);
    // Another address has its own budget.
    expect((await post(map, '198.51.100.2')).status).toBe(200);
  });

  it('costs an event asked for before it existed by its seats once it exists', async () => {
    const next = String(Number(event.id) + 1);
    expect((await post(`{ event(id: ${next}) { seats { id } } }`, '198.51.100.6')).status).toBe(200);
    const later = await createEventFixture(server, { rows: 30, seatsPerRow: 100 });
    expect(later.id).toBe(next);
    const tooBig = await post(`{ event(id: ${next}) { seats { id version status section row number x y } } }`, '198.51.100.6');
    expect(JSON.parse(tooBig.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', limit: 'readBudget' } }] });
  });

  it('refuses outright a read that costs more than a whole window’s budget', async () => {
    const response = await post(`{ event(id: ${event.id}) { seats { id version status section row number x y } } }`, '198.51.100.3');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', limit: 'readBudget', cost: 24_002 } }] });
  });

  it('charges the compact seat map a point per 100 seats, and a 304 one point', async () => {
    const states = (headers: Record<string, string> = {}) => request(`${base}/seat-maps/${event.id}/states`, { headers: { 'x-forwarded-for': '198.51.100.4', ...headers } });
    const first = await states();
    expect(first.status).toBe(200);
    for (let i = 0; i < 100; i++) expect((await states({ 'if-none-match': String(first.headers['etag']) })).status).toBe(304);
    // 30 + 100 points spent of 10,000: 329 more full reads fit, the next is refused.
    for (let i = 0; i < 329; i++) expect((await states()).status).toBe(200);
    const refused = await states();
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(JSON.parse(refused.body)).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
  });

  it('compresses GraphQL responses by Accept-Encoding', async () => {
    const query = `{ event(id: ${event.id}) { seats { id } } }`;
    const br = await post(query, '198.51.100.5', 'br');
    expect(br.headers['content-encoding']).toBe('br');
    const gzip = await post(query, '198.51.100.5', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['vary']).toMatch(/Accept-Encoding/i);
    const plain = await post(query, '198.51.100.5');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.body.length).toBeLessThan(plain.body.length / 4);
  });
});
