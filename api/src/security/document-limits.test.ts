import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createEventFixture, gql, startTestServer, subscribe, wsClient, type EventFixture, type TestServer } from '../../test/harness.ts';
import { parse, validate } from 'graphql';
import { buildSchema } from '../schema.ts';
import { costLimitRule } from './cost.ts';
import { countQueries, operation, post } from './test-support.ts';

let server: TestServer;
let event: EventFixture;
let token: string;
beforeAll(async () => {
  // Depth 5 so that a real path of the schema can pass it; the other limits are the defaults.
  const base = await startTestServer();
  server = await startTestServer({ config: { security: { ...base.app.config.security, limits: { ...base.app.config.security.limits, maxDepth: 5 } } } });
  await base.close();
  event = await createEventFixture(server);
  token = (await createAccount(server)).token;
  await server.sweeper.stop(); // the sweeper's own queries would muddle the counts
});
afterAll(() => server.close());

const schema = buildSchema();
const aliases = (n: number, field: (i: number) => string) => Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join('\n');
const limitOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.find((e) => e.extensions?.['limit'])?.extensions;

describe('document limits over HTTP, before any resolver', () => {
  it('a 1,000-alias reserveSeat document is refused with BAD_USER_INPUT and no database query', async () => {
    const seat = event.seats[0]!;
    const document = `mutation { ${aliases(1000, () => `reserveSeat(id: "${seat.id}", version: ${seat.version}) { id }`)} }`;
    let status = 0;
    let limit: unknown;
    const queries = await countQueries(server, async () => {
      const result = await operation(server, document, {}, { authorization: `Bearer ${token}` });
      status = result.status;
      limit = limitOf(result.json ?? {});
    });
    expect(status).toBe(400);
    // About 10,000 tokens: the parser's token limit stops it even before the alias count.
    expect(limit).toMatchObject({ code: 'BAD_USER_INPUT', limit: expect.stringMatching(/^(maxTokens|maxAliases)$/) });
    expect(queries).toBe(0);
    // The counter is not blind: one allowed operation is seen querying.
    const allowed = await countQueries(server, async () => {
      await gql(server, `query($id: ID!) { event(id: $id) { id name } }`, { id: event.id });
    });
    expect(allowed).toBeGreaterThan(0);
  });

  it('16 aliases are refused (limit 15), 15 pass; the same over graphql-ws', async () => {
    const over = await gql(server, `{ ${aliases(16, () => `event(id: "${event.id}") { id }`)} }`);
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxAliases' });
    const within = await gql(server, `{ ${aliases(15, () => `event(id: "${event.id}") { id }`)} }`);
    expect(within.errors).toBeUndefined(); // DEBUG
    const client = wsClient(server, token);
    const watch = subscribe(client, `subscription { ${aliases(16, () => `seatUpdated(eventId: "${event.id}") { id }`)} }`);
    await watch.until(() => watch.errors.length > 0);
    expect(watch.errors.flat()).toContainEqual(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', limit: 'maxAliases' } }));
    await client.dispose();
  });

  it('depth beyond the limit is refused with no database query', async () => {
    const deep = `{ events { edges { node { seats { tier { id } } } } } }`;
    let result: Awaited<ReturnType<typeof gql>> | undefined;
    const queries = await countQueries(server, async () => {
      result = await gql(server, deep);
    });
    expect(result!.status).toBe(400);
    expect(result!.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxDepth' });
    expect(queries).toBe(0);
    expect((await gql(server, `{ events { edges { node { id } } } }`)).errors).toBeUndefined();
  });

  it('cost grows with list sizes: one seat map passes, a page of events with their seat maps does not', async () => {
    const seatMap = `query($id: ID!) { event(id: $id) { id tiers { id name } seats { id version status section row number x y heldByMe tier { id } } } }`;
    expect((await gql(server, seatMap, { id: event.id })).errors).toBeUndefined();
    const pageOfMaps = `{ events(first: 30) { edges { node { seats { id } } } } }`;
    expect((await gql(server, pageOfMaps)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxCost' });
    // `first` as a variable counts as its cap: no way around the cost through variables.
    const viaVariable = `query($n: Int) { events(first: $n) { edges { node { seats { id } } } } }`;
    expect((await gql(server, viaVariable, { n: 1 })).errors?.[0]?.extensions).toMatchObject({ limit: 'maxCost' });
    // Two seat maps through two aliases cost twice as much: over the budget.
    const twoMaps = `query($id: ID!) { a: event(id: $id) { seats { id version status section row number x y heldByMe tier { id } } } b: event(id: $id) { seats { id version status section row number x y heldByMe tier { id } } } }`;
    expect((await gql(server, twoMaps, { id: event.id })).errors?.[0]?.extensions).toMatchObject({ limit: 'maxCost' });
  });

  it('a fragment spread many times is costed once and scaled, not expanded', () => {
    // The cost rule alone (the depth limit would refuse a long chain of fragments first). F(n-1)
    // spreads F(n) twice; the last is `events { totalCount }`: 1 + 20 (the default page) = 21.
    const chain = (levels: number) =>
      parse(
        `query { ...F0 }\n` +
          Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${i === levels - 1 ? 'events { totalCount }' : `...F${i + 1} ...F${i + 1}`} }`).join('\n'),
      );
    const costErrors = (levels: number) => validate(schema, chain(levels), [costLimitRule(20_000, (context, error) => context.reportError(error))]).map((e) => e.message);
    // 8 levels cost 2^7 × 21 = 2,688: within the budget.
    expect(costErrors(8)).toEqual([]);
    // 11 levels cost exactly what the expanded document would, 2^10 × 21 = 21,504: over it.
    expect(costErrors(11)).toEqual([expect.stringContaining('Query cost 21504 exceeds the limit of 20000')]);
    // 40 levels would be 2^39 spreads to expand; costed once per fragment, refused at once.
    const started = performance.now();
    expect(costErrors(40)).toEqual([expect.stringMatching(/^Query cost \d+ exceeds the limit of 20000/)]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('too many tokens and too many directives are refused', async () => {
    const tokens = await gql(server, `{ event(id: "${event.id}") { ${'id '.repeat(1000)} } }`);
    expect(tokens.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxTokens' });
    const directives = await gql(server, `{ event(id: "${event.id}") { ${Array.from({ length: 11 }, () => 'id @include(if: true)').join(' ')} } }`);
    expect(directives.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxDirectives' });
  });

  it('HTTP batching is off', async () => {
    const batch = await post(server, JSON.stringify([{ query: '{ events { totalCount } }' }, { query: '{ events { totalCount } }' }]));
    expect(batch.status).toBe(400);
    expect(batch.json?.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });

  it('introspection is on by default (the playground and codegen need it)', async () => {
    expect((await gql(server, `{ __schema { queryType { name } } }`)).errors).toBeUndefined();
  });
});

describe('the same limits over graphql-ws', () => {
  it('a 1,000-alias subscription, a too deep one and a too long one are refused with no database query', async () => {
    const client = wsClient(server, token);
    const refusals: unknown[] = [];
    const queries = await countQueries(server, async () => {
      for (const document of [
        `subscription { ${aliases(1000, () => `seatUpdated(eventId: "${event.id}") { id }`)} }`,
        `subscription { seatUpdated(eventId: "${event.id}") { tier { id ${'name '.repeat(1000)} } } }`,
      ]) {
        const watch = subscribe(client, document);
        await watch.until(() => watch.errors.length > 0);
        refusals.push(...watch.errors.flat());
      }
    });
    expect(queries).toBe(0);
    expect(refusals).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', limit: 'maxTokens' }) }),
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', limit: 'maxTokens' }) }),
    ]);
    await client.dispose();
  });

  it('depth and cost limits apply to subscription documents; queries are refused on the socket', async () => {
    const limited = await startTestServer({
      shareDatabaseWith: server,
      config: { security: { ...server.app.config.security, limits: { ...server.app.config.security.limits, maxDepth: 2, maxCost: 3 } } },
    });
    const client = wsClient(limited, token);
    const deep = subscribe(client, `subscription { seatUpdated(eventId: "${event.id}") { tier { id } } }`);
    await deep.until(() => deep.errors.length > 0);
    expect(deep.errors.flat()[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', limit: 'maxDepth' } });
    const costly = subscribe(client, `subscription { seatUpdated(eventId: "${event.id}") { id version status eventId } }`);
    await costly.until(() => costly.errors.length > 0);
    expect(costly.errors.flat()[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', limit: 'maxCost' } });
    const mutation = subscribe(client, `mutation { logIn(email: "a@b.c", password: "whatever1") { token } }`);
    await mutation.until(() => mutation.errors.length > 0);
    expect(mutation.errors.flat()[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await client.dispose();
    await limited.close();
  });
});

describe('introspection and playground switched off by configuration', () => {
  it('refuses introspection over HTTP and WebSocket, hides field suggestions and the playground', async () => {
    const closed = await startTestServer({ shareDatabaseWith: server, config: { security: { ...server.app.config.security, introspection: false, playground: false } } });
    const http = await gql(closed, `{ __schema { queryType { name } } }`);
    expect(http.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await gql(closed, `{ evnts { totalCount } }`);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect((await gql(server, `{ evnts { totalCount } }`)).errors?.[0]?.message).toMatch(/Did you mean/);
    const client = wsClient(closed);
    const watch = subscribe(client, `subscription { __schema { queryType { name } } }`);
    await watch.until(() => watch.errors.length > 0);
    expect(watch.errors.flat()[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    await client.dispose();
    const page = await fetch(closed.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toMatch(/html/);
    await closed.close();
  });
});
