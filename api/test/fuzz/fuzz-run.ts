import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { findViolations, type Violation } from '../../src/db/invariants.ts';
import { query } from '../../src/db/sql.ts';
import { buildSchema } from '../../src/schema.ts';
import { createAccount, createEventFixture, ok, wsClient, type TestServer } from '../harness.ts';
import { operationArbitrary, type GeneratedOperation, type IdPool } from './schema-arbitraries.ts';

/**
 * The codes an error may carry: the API contract's (docs/rules.md), plus those Apollo Server and
 * graphql-js give a request refused before it runs. INTERNAL_SERVER_ERROR is not among them: a
 * generated input that reaches it found a bug.
 */
export const DOCUMENTED_CODES = new Set([
  'CONFLICT', 'SOLD_OUT', 'HOLD_EXPIRED', 'LIMIT_EXCEEDED', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND',
]);

/** What must never reach a client: SQL, driver or constraint text, a stack frame, a file path. */
const LEAK = /\b(select\s.+\sfrom|insert\s+into|update\s+\w+\s+set|delete\s+from)\b|syntax error at or near|violates|relation "|duplicate key|\n\s+at\s|\bat\s+\S+\s+\(|node_modules|\/work\/|\/src\/|\.ts:\d|file:\/\//i;

export interface FuzzFigures {
  seed: number;
  http: number;
  ws: number;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  problems: string[];
  violations: Violation[];
  unhandled: number;
  /** Requests sent twice because the first found its connection closed (see below). */
  retried: number;
  /** Raw graphql-ws sockets sent frames a client library would not send, by how they closed. */
  rawSockets: Record<string, number>;
  /** Sessions ended by a generated logOutEverywhere (the account then gets a fresh token). */
  loggedOut: number;
  ms: number;
}

interface ErrorLike {
  message?: unknown;
  extensions?: { code?: unknown };
}

function inspect(errors: ErrorLike[] | undefined, where: string, op: GeneratedOperation, figures: FuzzFigures) {
  for (const error of errors ?? []) {
    const code = String(error.extensions?.code);
    figures.byCode[code] = (figures.byCode[code] ?? 0) + 1;
    if (!DOCUMENTED_CODES.has(code)) figures.problems.push(`${where}: undocumented code ${code} (${String(error.message)}) for ${JSON.stringify(op).slice(0, 600)}`);
    if (LEAK.test(String(error.message))) figures.problems.push(`${where}: message leaks internals: ${String(error.message).slice(0, 300)}`);
  }
}

async function inPool<T>(items: T[], concurrency: number, work: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  }));
}

/** Real rows for generated ids to hit: events, seats, tiers, a hold, an order, users. */
async function seed(server: TestServer) {
  const events = [await createEventFixture(server, { rows: 2, seatsPerRow: 10, gaCapacity: 20 }), await createEventFixture(server, { rows: 1, seatsPerRow: 6, perOrderLimit: 2 })];
  const buyers = await Promise.all([createAccount(server), createAccount(server), createAccount(server)]);
  const organizer = await createAccount(server, 'ORGANIZER');
  const seat = events[0]!.seats[0]!;
  await ok(server, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id } }`, { id: seat.id, v: seat.version }, buyers[0]!.token);
  const { me } = await ok<{ me: { holds: { id: string }[] } }>(server, `{ me { holds { id } } }`, {}, buyers[0]!.token);
  const { checkout } = await ok<{ checkout: { id: string } }>(server, `mutation($h: ID!) { checkout(holdId: $h, idempotencyKey: "fuzz-seed") { id } }`, { h: me.holds[0]!.id }, buyers[0]!.token);
  const ids = new Set<string>(['1', '2', '3', checkout.id, me.holds[0]!.id, String(organizer.id), ...buyers.map((b) => String(b.id))]);
  for (const event of events) {
    ids.add(event.id);
    for (const tier of event.tiers) ids.add(tier.id);
    for (const s of event.seats) ids.add(s.id);
  }
  const pool: IdPool = { ids: [...ids] };
  // Tokens by account, so that one can be replaced when a generated logOutEverywhere ends its sessions.
  const accounts = [...buyers, organizer];
  const tokens: (string | undefined)[] = [undefined, ...accounts.map((a) => a.token), 'garbage-token'];
  return { pool, tokens, accounts };
}

async function freshToken(server: TestServer, userId: number): Promise<string> {
  const [row] = await query<{ role: 'BUYER' | 'ORGANIZER'; generation: number }>(server.app.orm.em.fork(), `select role, session_generation as generation from users where id = ?`, [userId]);
  return server.app.tokens.sign({ id: userId, role: row!.role, sessionGeneration: row!.generation });
}

/** How a generated HTTP case is sent: as JSON mostly; sometimes as a client that lies about its body would. */
function transportOf(roll: number, op: GeneratedOperation): { body: string | Buffer; headers: Record<string, string> } {
  const json = JSON.stringify(op);
  if (roll === 0) return { body: json, headers: { 'content-encoding': 'gzip' } };
  if (roll === 1) return { body: json, headers: { 'content-encoding': 'deflate' } };
  if (roll === 2) return { body: json, headers: { 'content-encoding': 'br' } };
  if (roll === 3) return { body: gzipSync(json), headers: { 'content-encoding': 'gzip' } };
  if (roll === 4) return { body: JSON.stringify({ ...op, extensions: { persistedQuery: { version: 1, sha256Hash: 'not-the-hash' } } }), headers: {} };
  if (roll === 5) return { body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }), headers: {} };
  return { body: json, headers: {} };
}

/** Frames and Origins a graphql-ws client library would never send (issue 11: 4500 for a client's protocol error). */
const RAW_FRAMES: unknown[] = [
  { type: 'next' }, { type: 'next', id: '1', payload: { data: null } }, { type: 'error', id: '1', payload: [] }, { type: 'connection_ack' },
  { type: 'complete', id: 'never-subscribed' }, { type: 'complete' }, { type: 'ping', payload: 'x' }, { type: 'pong' }, { type: 'connection_init' },
  { type: 'subscribe', id: '1', payload: {} }, { type: 'subscribe', id: '1', payload: { query: 42 } }, { type: 'subscribe', payload: { query: '{ __typename }' } },
  { type: 'unknown' }, { type: null }, [], 'text', 42, null, { id: '1' },
];
const ORIGINS = [undefined, undefined, 'https://evil.example', 'null', 'http://127.0.0.1.evil.example'];

async function rawSocketCase(server: TestServer, frame: unknown, origin: string | undefined, token: string | undefined, figures: FuzzFigures): Promise<void> {
  const outcome = await new Promise<string>((resolve) => {
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', origin ? { origin } : {});
    const timer = setTimeout(() => (socket.terminate(), resolve('open')), 400);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} })));
    socket.on('message', (data) => {
      if (String(data).includes('connection_ack')) socket.send(JSON.stringify(frame));
    });
    socket.on('unexpected-response', (_request, response) => (clearTimeout(timer), resolve(`http ${response.statusCode}`)));
    socket.on('close', (code) => (clearTimeout(timer), resolve(`close ${code}`)));
    socket.on('error', () => {});
  });
  figures.rawSockets[outcome] = (figures.rawSockets[outcome] ?? 0) + 1;
  if (/^(close (4500|1011)|http 5\d\d)$/.test(outcome)) figures.problems.push(`WS raw: ${outcome} for ${JSON.stringify(frame)} (origin ${origin})`);
}

/**
 * Sends `cases` generated operations: three in four over HTTP (some with a lying content-encoding
 * or a persisted-query extension), one in twenty as raw graphql-ws frames a client library would
 * not send (some from a foreign Origin), the rest as subscriptions over graphql-ws.
 */
export async function runFuzz(server: TestServer, cases: number, seedValue = Date.now() % 2 ** 31): Promise<FuzzFigures> {
  const started = Date.now();
  const figures: FuzzFigures = { seed: seedValue, http: 0, ws: 0, byStatus: {}, byCode: {}, problems: [], violations: [], unhandled: 0, retried: 0, rawSockets: {}, loggedOut: 0, ms: 0 };
  const onUnhandled = (reason: unknown) => {
    figures.unhandled++;
    figures.problems.push(`unhandled rejection: ${String(reason).slice(0, 300)}`);
  };
  process.on('unhandledRejection', onUnhandled);
  try {
    const { pool, tokens, accounts } = await seed(server);
    const schema = buildSchema();
    const httpCount = Math.round(cases * 0.75);
    const rawCount = Math.round(cases * 0.05);
    const http = fc.sample(fc.tuple(operationArbitrary(schema, ['query', 'mutation'], pool), fc.nat({ max: tokens.length - 1 }), fc.nat({ max: 99 })), { numRuns: httpCount, seed: seedValue });
    await inPool(http, 8, async ([op, tokenIndex, transport]) => {
      const token = tokens[tokenIndex];
      const { body, headers } = transportOf(transport, op);
      const send = () =>
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body,
        });
      let response: Response;
      try {
        response = await send();
      } catch {
        // A kept-alive socket the server closed at the instant it was reused: once more, on a new one.
        try {
          response = await send();
        } catch (error) {
          const cause = error instanceof Error && error.cause ? String(error.cause) : '';
          figures.problems.push(`HTTP: no answer (${String(error)} ${cause}) for ${JSON.stringify(op).slice(0, 600)}`);
          return;
        }
        figures.retried++;
      }
      figures.http++;
      figures.byStatus[response.status] = (figures.byStatus[response.status] ?? 0) + 1;
      const text = await response.text();
      if (response.status >= 500) figures.problems.push(`HTTP ${response.status} for ${JSON.stringify(op).slice(0, 600)}: ${text.slice(0, 300)}`);
      let answer: { data?: Record<string, unknown> | null; errors?: ErrorLike[] } = {};
      try {
        answer = JSON.parse(text) as typeof answer;
      } catch {
        figures.problems.push(`HTTP ${response.status} is not JSON: ${text.slice(0, 200)}`);
      }
      inspect(answer.errors, 'HTTP', op, figures);
      // A generated logOutEverywhere ended this account's sessions: it signs in again (a fresh token), as a person would.
      if (token && tokenIndex > 0 && tokenIndex <= accounts.length && JSON.stringify(answer.data ?? {}).includes('true') && /logOutEverywhere/.test(op.query)) {
        tokens[tokenIndex] = await freshToken(server, accounts[tokenIndex - 1]!.id);
        figures.loggedOut++;
      }
    });
    // Two logOutEverywhere of one account in flight at once may leave it an ended token: sign everyone in anew.
    for (const [i, account] of accounts.entries()) tokens[i + 1] = await freshToken(server, account.id);

    const clients: Client[] = tokens.filter((t) => t !== 'garbage-token').map((t) => wsClient(server, t));
    const ws = fc.sample(fc.tuple(operationArbitrary(schema, ['subscription', 'subscription', 'subscription', 'query'], pool), fc.nat({ max: clients.length - 1 })), {
      numRuns: cases - httpCount - rawCount,
      seed: seedValue + 1,
    });
    await inPool(ws, 16, async ([op, clientIndex]) => {
      const errors: ErrorLike[] = [];
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (stop(), resolve()), 120);
        const stop = clients[clientIndex]!.subscribe(op, {
          next: (value) => {
            errors.push(...((value.errors ?? []) as ErrorLike[]));
          },
          error: (error) => {
            if (Array.isArray(error)) errors.push(...(error as ErrorLike[]));
            else figures.problems.push(`WS: socket error ${JSON.stringify(error).slice(0, 200)} for ${JSON.stringify(op).slice(0, 300)}`);
            clearTimeout(timer);
            resolve();
          },
          complete: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
      figures.ws++;
      inspect(errors, 'WS', op, figures);
    });
    await Promise.all(clients.map((c) => c.dispose()));

    const raw = fc.sample(fc.tuple(fc.constantFrom(...RAW_FRAMES), fc.constantFrom(...ORIGINS), fc.nat({ max: tokens.length - 1 })), { numRuns: rawCount, seed: seedValue + 2 });
    await inPool(raw, 8, ([frame, origin, tokenIndex]) => rawSocketCase(server, frame, origin, tokens[tokenIndex], figures));
    await server.sweeper.sweepNow();
    figures.violations = await findViolations(server.app.orm.em.fork());
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  figures.ms = Date.now() - started;
  return figures;
}
